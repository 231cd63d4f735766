// The terminal: xterm for display, ./line-editor.ts for editing, the worker's kubectl for running.
// The labelled container is focusable and hands focus to xterm's input. Tab completes a started
// line; on an empty line (and Shift+Tab always) it moves focus, so the terminal never traps it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Terminal as XTerm } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { LineEditor } from './line-editor';
import { loadHistory, saveHistory } from './history-store';
import { runTerminalLine } from './run-line';
import { TerminalSession } from './session';
import { candidates, type CompletionSource } from './complete';
import { needsMoreInput } from '../../cli/shell/parse';
import { useStore } from '../../state/store';

const completionSource: CompletionSource = {
  names: (kind, namespace) =>
    [...(useStore.getState().objects[kind]?.values() ?? [])]
      .filter((o) => (o.metadata.namespace ?? '') === namespace)
      .map((o) => o.metadata.name ?? '')
      .sort(),
  files: () => Object.keys(useStore.getState().files).filter((p) => !p.endsWith('/')),
};

const THEME = { background: '#0f172a', foreground: '#e2e8f0', cursor: '#93c5fd', selectionBackground: '#334155' };

export function Terminal() {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const welcome = useRef(t('terminal.welcome'));
  const failed = useRef((message: string) => t('terminal.failed', { message }));
  failed.current = (message: string) => t('terminal.failed', { message });

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const term = new XTerm({ fontSize: 13, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', theme: THEME, cursorBlink: true, convertEol: false, scrollback: 5000 });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(el);
    const safeFit = () => {
      try {
        fit.fit();
      } catch {
        // not laid out yet (hidden or zero-sized)
      }
    };
    safeFit();
    const resize = new ResizeObserver(safeFit);
    resize.observe(el);

    // a here-document or an open quote continues on the next line, after bash's `> ` prompt
    const editor = new LineEditor(loadHistory(), saveHistory, needsMoreInput);
    const session = new TerminalSession(editor, {
      write: (text) => term.write(text),
      clear: () => term.clear(),
      run: (line, print, signal) => runTerminalLine(line, failed.current, print, signal),
    });
    // Tab completes a started line; on an empty line, and with Shift, it moves focus as usual
    term.attachCustomKeyEventHandler((e) => {
      if (e.key !== 'Tab') return true;
      if (e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || session.isBusy || editor.buffer.trim() === '') return false;
      e.preventDefault();
      if (e.type === 'keydown') {
        const out = editor.complete(candidates(editor.beforeCursor, completionSource));
        if (out) term.write(out);
      }
      return false;
    });
    term.write(`\x1b[90m${welcome.current}\x1b[0m\r\n${editor.render()}`);
    // keys typed while a command runs wait for the prompt (./session.ts); Ctrl+C interrupts
    const onData = term.onData((data) => session.feed(data));
    return () => {
      onData.dispose();
      resize.disconnect();
      term.dispose();
    };
  }, []);

  return (
    <section
      aria-label={t('terminal.region')}
      tabIndex={0}
      className="h-full min-h-0 overflow-hidden rounded-lg bg-slate-900 outline-none ring-blue-400 focus-visible:ring-2"
      onFocus={(e) => {
        // focus arriving from outside goes on to xterm's input; Shift+Tab out of xterm stays here
        // (deferred: moving focus inside a focus event is not reliable)
        const section = e.currentTarget;
        if (e.target === section && !section.contains(e.relatedTarget as Node | null)) {
          setTimeout(() => section.querySelector<HTMLTextAreaElement>('textarea')?.focus(), 0);
        }
      }}
    >
      <div ref={host} className="h-full w-full" />
    </section>
  );
}
