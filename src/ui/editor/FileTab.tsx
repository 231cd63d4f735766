// The editor's file tab: the file name `kubectl apply -f` uses in the terminal. Editable in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { FileIcon } from '../shell/icons';

const VALID = /^[\w][\w.-]*\.ya?ml$/;

export function FileTab() {
  const { t } = useTranslation();
  const fileName = useStore((s) => s.editorFileName);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const value = draft ?? fileName;
  const invalid = draft !== undefined && !VALID.test(draft);
  const commit = () => {
    if (draft !== undefined && VALID.test(draft) && draft !== fileName) useStore.getState().setEditorFileName(draft);
    setDraft(undefined);
  };
  return (
    <div className="flex items-center gap-1 rounded-t-md border border-b-0 border-slate-200 bg-white px-2 py-1 text-sm">
      <span className="text-slate-400">
        <FileIcon />
      </span>
      <input
        aria-label={t('editor.fileName')}
        aria-invalid={invalid}
        title={invalid ? t('editor.fileNameInvalid') : undefined}
        className={`w-36 bg-transparent font-mono text-slate-800 outline-none focus:underline ${invalid ? 'text-red-600' : ''}`}
        value={value}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(undefined);
        }}
      />
    </div>
  );
}
