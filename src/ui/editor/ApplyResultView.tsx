// What the last Apply printed (kubectl's lines, in English as upstream), red when it failed.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';

export function ApplyResultView() {
  const { t } = useTranslation();
  const last = useStore((s) => s.lastApply);
  const fileName = useStore((s) => s.editorFileName);
  const result = last?.result;
  return (
    <div
      role="status"
      aria-label={t('editor.result')}
      className={`max-h-28 min-h-10 overflow-auto border-t border-slate-200 px-3 py-2 font-mono text-xs whitespace-pre-wrap ${result && !result.ok ? 'bg-red-50 text-red-700' : 'bg-slate-50 text-slate-700'}`}
    >
      {!result && <span className="font-sans text-slate-500">{t('editor.noResult', { file: fileName })}</span>}
      {result?.parseError && <p className="mb-1 font-sans font-medium">{t('editor.parseError', { line: result.parseError.line })}</p>}
      {result?.output.trimEnd()}
    </div>
  );
}
