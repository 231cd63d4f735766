// The manifest editor: Monaco with YAML + Kubernetes schema (hover docs, completion, warnings),
// a file tab, Apply (button or Ctrl/Cmd+Enter), the result, and error markers at their lines.
// The text is mirrored into the worker's workspace (debounced) so `kubectl apply -f <file>` sees it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Editor from '@monaco-editor/react';
import { useStore } from '../../state/store';
import { DEFAULT_FILE_NAME } from '../../state/editor-slice';
import { workerClient } from '../../worker/client';
import { setupMonaco } from './monaco-setup';
import { useApply, type EditorHandles } from './use-apply';
import { FileTab } from './FileTab';
import { ApplyResultView } from './ApplyResultView';
import { FileTree } from './FileTree';
import { closeEditSession } from './edit-session';
import { saveCurrent } from './save-file';
import { HelmPreview, useChartRoot } from './HelmPreview';
import { HELM_LANGUAGE } from './helm-language';

setupMonaco();

const WRITE_DEBOUNCE_MS = 300;

function useWorkspaceMirror() {
  const text = useStore((s) => s.editorText);
  const fileName = useStore((s) => s.editorFileName);
  const ready = useStore((s) => s.workerStatus === 'ready');
  useEffect(() => {
    if (!ready) return; // the client writes the file itself right after a (re)start
    const timer = setTimeout(() => {
      workerClient
        .request({ method: 'writeFile', path: fileName, content: text })
        .then(() => useStore.getState().markSaved(fileName, text))
        .catch(() => undefined);
    }, WRITE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, fileName, ready]);
}

/**
 * "Load into editor" (and a fresh lesson's start.yaml) replaces the text, once per request: a
 * module-level subscription, so a remount of the editor never re-applies an old request.
 */
let consumedLoadSeq: number = import.meta.hot?.data.consumedLoadSeq ?? 0; // survives hot reloads in dev
function consumeLoadRequest(atStart = false) {
  const s = useStore.getState();
  const r = s.editorLoadRequest;
  if (r && r.seq > consumedLoadSeq) {
    consumedLoadSeq = r.seq;
    // a fresh lesson's start.yaml at page load goes into the default file, never over another file
    // the learner made; a "Load into editor" later replaces the active file, as it always did
    if (atStart) s.createFile(DEFAULT_FILE_NAME, r.text);
    else s.setEditorText(r.text);
  }
}
consumeLoadRequest(true);
const unsubscribeLoads = useStore.subscribe((s, prev) => {
  if (s.editorLoadRequest !== prev.editorLoadRequest) consumeLoadRequest();
});
import.meta.hot?.dispose((data) => {
  data.consumedLoadSeq = consumedLoadSeq;
  unsubscribeLoads();
});

export function ManifestEditor() {
  const { t } = useTranslation();
  const text = useStore((s) => s.editorText);
  const fileName = useStore((s) => s.editorFileName);
  const applying = useStore((s) => s.applying);
  const ready = useStore((s) => s.workerStatus === 'ready');
  const session = useStore((s) => s.editSession);
  const handles = useRef<EditorHandles>({});
  const apply = useApply(handles);
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);
  useWorkspaceMirror();
  const chartRoot = useChartRoot();
  const [monacoApi, setMonacoApi] = useState<EditorHandles['monaco']>();

  return (
    <section
      aria-label={t('editor.region')}
      className="flex h-full min-h-0 flex-col"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !e.defaultPrevented) {
          e.preventDefault();
          void applyRef.current();
        }
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && !e.defaultPrevented) {
          e.preventDefault();
          void saveCurrent();
        }
      }}
    >
      {session ? (
        <div className="flex items-end justify-between gap-2">
          <div className="flex items-center gap-2 rounded-t-md border border-b-0 border-amber-300 bg-amber-50 px-2 py-1 text-sm" title={t('editor.edit.title')}>
            <span data-testid="edit-tab" className="font-mono text-slate-800">
              {session.request.fileName}
            </span>
          </div>
          <div className="mb-1 flex gap-2">
            <button
              type="button"
              title={t('editor.saveHint')}
              onClick={() => void saveCurrent()}
              className="rounded-md bg-blue-600 px-4 py-1 text-sm font-semibold text-white hover:bg-blue-700 focus-visible:outline-2 focus-visible:outline-blue-500"
            >
              {t('editor.save')}
            </button>
            <button
              type="button"
              onClick={() => void closeEditSession()}
              className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-500"
            >
              {t('editor.edit.close')}
            </button>
          </div>
        </div>
      ) : (
        <div className="flex items-end justify-between gap-2">
          <FileTab />
          <button
            type="button"
            title={t('editor.applyHint')}
            disabled={applying || !ready}
            onClick={() => void apply()}
            className="mb-1 rounded-md bg-blue-600 px-4 py-1 text-sm font-semibold text-white shadow-sm hover:bg-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-500 disabled:opacity-60"
          >
            {applying ? t('editor.applying') : t('editor.apply')}
          </button>
        </div>
      )}
      <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-b-md rounded-tr-md border border-slate-200 bg-white">
        <div className="flex min-h-0 flex-1">
          <FileTree />
          {/* the chart preview sits beside the editor when there is room, below it when not */}
          <div className="@container flex min-h-0 min-w-0 flex-1 flex-col @3xl:flex-row">
            <div className="min-h-0 min-w-0 flex-1">
              <Editor
                path={session ? session.request.fileName : fileName}
                language={chartRoot !== undefined && /\/templates\//.test(fileName) ? HELM_LANGUAGE : 'yaml'}
                value={session ? session.text : text}
                loading={t('editor.loading')}
                onChange={(v) => {
                  const st = useStore.getState();
                  if (st.editSession) st.setEditSession({ ...st.editSession, text: v ?? '' });
                  else st.setEditorText(v ?? '');
                }}
                onMount={(editor, monaco) => {
                  handles.current = { editor, monaco };
                  setMonacoApi(monaco);
                  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => void applyRef.current());
                  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => void saveCurrent());
                }}
                options={{
                  editContext: false,
                  minimap: { enabled: false },
                  fontSize: 13,
                  tabSize: 2,
                  insertSpaces: true,
                  scrollBeyondLastLine: false,
                  automaticLayout: true,
                  wordWrap: 'on',
                  quickSuggestions: {
                    other: true,
                    comments: false,
                    strings: true,
                  },
                  renderLineHighlight: 'line',
                  fixedOverflowWidgets: true,
                }}
              />
            </div>
            {chartRoot !== undefined && !session && <HelmPreview root={chartRoot} monaco={monacoApi} />}
          </div>
        </div>
        <ApplyResultView />
      </div>
    </section>
  );
}
