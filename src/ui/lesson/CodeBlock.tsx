// A code block in lesson text, with the actions an instructor wants while demoing:
// Copy; for manifests, Load into editor; for shell blocks, Run (through the terminal's kubectl).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandLines } from '../../lessons/markdown';
import { useStore } from '../../state/store';
import { runLessonCommands } from './run-commands';
import { useAksPanel } from '../aks/panel-store';

const SHELL = new Set(['sh', 'bash', 'shell', 'console']);
const MANIFEST = new Set(['yaml', 'yml']);

export function CodeBlock({ lang, code }: { lang: string; code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const [output, setOutput] = useState<string | undefined>();
  const [running, setRunning] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // clipboard blocked (insecure context): nothing to do, the text is selectable
    }
  };
  const run = async () => {
    setRunning(true);
    try {
      setOutput(await runLessonCommands(commandLines(code)));
    } finally {
      setRunning(false);
    }
  };

  const button = 'rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
  return (
    <figure className="my-3">
      <pre className="overflow-x-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100">
        <code>{code}</code>
      </pre>
      <div className="mt-1 flex gap-2">
        <button type="button" className={button} onClick={() => void copy()}>
          {copied ? t('lesson.copied') : t('lesson.copy')}
        </button>
        {MANIFEST.has(lang) && (
          <button type="button" className={button} onClick={() => {
            // the AKS panel sits in the editor's place: show the editor the text goes to
            useAksPanel.getState().hide();
            useStore.getState().requestEditorLoad(code + '\n');
          }}>
            {t('lesson.loadIntoEditor')}
          </button>
        )}
        {SHELL.has(lang) && (
          <button type="button" className={button} disabled={running} onClick={() => void run()}>
            {t('lesson.run')}
          </button>
        )}
      </div>
      {output !== undefined && (
        <pre aria-label={t('lesson.ranOutput')} className="mt-1 max-h-48 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">
          {output}
        </pre>
      )}
    </figure>
  );
}
