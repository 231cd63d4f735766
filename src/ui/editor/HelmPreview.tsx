// Beside the editor while a chart's file is open: what `helm template` renders from the chart as it
// is in the editor, refreshed a moment after each keystroke. A template error is shown with its
// file and line, and marked in the editor when that file is the one open.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Monaco from 'monaco-editor';
import { useStore } from '../../state/store';
import { chartRootOf, previewChart, type Preview } from './helm-preview';

/** fast enough to follow typing, slow enough not to render on every key of a burst */
const RENDER_DELAY_MS = 40;
export const HELM_MARKER_OWNER = 'kubeplay-helm';

function useChartPreview(root: string | undefined): Preview | undefined {
  const files = useStore((s) => s.files);
  const [preview, setPreview] = useState<Preview | undefined>();
  useEffect(() => {
    if (root === undefined) return;
    const timer = setTimeout(() => setPreview(previewChart(files, root)), RENDER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [files, root]);
  return root === undefined ? undefined : preview;
}

/** the template error as a marker on the open file's model (cleared when it goes away) */
function useErrorMarker(monaco: typeof Monaco | undefined, fileName: string, preview: Preview | undefined) {
  useEffect(() => {
    if (!monaco) return;
    const model = monaco.editor.getModels().find((m) => m.uri.path === `/${fileName}` || m.uri.path === fileName);
    if (!model || model.isDisposed()) return;
    const err = preview && 'error' in preview ? preview.error : undefined;
    if (err?.path === fileName && err.line) {
      const line = Math.min(err.line, model.getLineCount());
      const column = err.column ? err.column + 1 : 1;
      monaco.editor.setModelMarkers(model, HELM_MARKER_OWNER, [{ severity: monaco.MarkerSeverity.Error, message: err.message, startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: model.getLineLength(line) + 1 }]);
    } else monaco.editor.setModelMarkers(model, HELM_MARKER_OWNER, []);
  }, [monaco, fileName, preview]);
}

export function useChartRoot(): string | undefined {
  const files = useStore((s) => s.files);
  const fileName = useStore((s) => s.editorFileName);
  return useMemo(() => chartRootOf(files, fileName), [files, fileName]);
}

export function HelmPreview({ root, monaco }: { root: string; monaco?: typeof Monaco }) {
  const { t } = useTranslation();
  const fileName = useStore((s) => s.editorFileName);
  const openFile = useStore((s) => s.openFile);
  const preview = useChartPreview(root);
  useErrorMarker(monaco, fileName, preview);
  return (
    <aside aria-label={t('editor.helm.preview')} className="flex h-2/5 min-h-0 flex-col border-t border-slate-200 bg-slate-50 @3xl:h-auto @3xl:w-[45%] @3xl:border-t-0 @3xl:border-l">
      <div className="flex items-baseline justify-between gap-2 border-b border-slate-200 px-2 py-1 text-xs">
        <span className="font-semibold text-slate-700">{t('editor.helm.preview')}</span>
        <code className="truncate text-slate-500">helm template {preview?.chart ?? ''} ./{root}</code>
      </div>
      {preview && 'error' in preview ? (
        <div role="alert" data-testid="helm-preview-error" className="min-h-0 flex-1 overflow-auto p-2 font-mono text-xs whitespace-pre-wrap text-red-700">
          {preview.error.path && (
            <button type="button" className="mb-1 block font-sans font-medium underline" onClick={() => openFile(preview.error.path!)}>
              {t('editor.helm.errorAt', { path: preview.error.path, line: preview.error.line ?? '?' })}
            </button>
          )}
          {preview.error.message}
        </div>
      ) : (
        <pre data-testid="helm-preview" className="m-0 min-h-0 flex-1 overflow-auto p-2 font-mono text-xs text-slate-800">
          {preview?.output ?? t('editor.helm.rendering')}
        </pre>
      )}
    </aside>
  );
}
