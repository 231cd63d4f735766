import { describe, expect, it } from 'vitest';
import { CONTINUATION_PROMPT, LineEditor, PROMPT } from './line-editor';

describe('terminal line editor', () => {
  it('echoes typed text and submits it on Enter', () => {
    const ed = new LineEditor();
    expect(ed.feed('kubectl').output).toBe('kubectl');
    const r = ed.feed(' get pods\r');
    expect(r.lines).toEqual(['kubectl get pods']);
    expect(r.output).toBe(' get pods\r\n');
    expect(ed.buffer).toBe('');
  });

  it('edits in the middle with left/right and backspace', () => {
    const ed = new LineEditor();
    ed.feed('kubectl get pds');
    ed.feed('\x1b[D\x1b[D'); // cursor before "ds"
    ed.feed('o');
    expect(ed.buffer).toBe('kubectl get pods');
    ed.feed('\x1b[C\x1b[C\x1b[C'); // right past the end is ignored
    expect(ed.cursor).toBe(16);
    ed.feed('\x7f');
    expect(ed.buffer).toBe('kubectl get pod');
    const r = ed.feed('\x01'); // Ctrl+A: home
    expect(ed.cursor).toBe(0);
    expect(r.output).toBe(`\r\x1b[K${PROMPT}kubectl get pod\x1b[15D`);
  });

  it('browses history with up/down and restores the draft', () => {
    const ed = new LineEditor();
    ed.feed('kubectl get pods\r');
    ed.feed('kubectl get nodes\r');
    ed.feed('kubectl get nodes\r'); // repeated line is stored once
    ed.feed('draft');
    ed.feed('\x1b[A');
    expect(ed.buffer).toBe('kubectl get nodes');
    ed.feed('\x1b[A');
    expect(ed.buffer).toBe('kubectl get pods');
    ed.feed('\x1b[A'); // top of history: stays
    expect(ed.buffer).toBe('kubectl get pods');
    ed.feed('\x1b[B\x1b[B');
    expect(ed.buffer).toBe('draft');
    expect(ed.history).toEqual(['kubectl get pods', 'kubectl get nodes']);
  });

  it('submits each line of pasted text and ignores blank lines in history', () => {
    const ed = new LineEditor();
    const r = ed.feed('kubectl get pods\r\n\r\nkubectl get nodes\n');
    expect(r.lines).toEqual(['kubectl get pods', '', 'kubectl get nodes']);
    expect(ed.history).toEqual(['kubectl get pods', 'kubectl get nodes']);
  });

  it('Ctrl+C drops the line, Ctrl+L asks for a clear, unknown escapes are ignored', () => {
    const ed = new LineEditor();
    ed.feed('oops');
    expect(ed.feed('\x03').output).toBe(`^C\r\n${PROMPT}`);
    expect(ed.buffer).toBe('');
    expect(ed.feed('\x0c').clear).toBe(true);
    ed.feed('\x1b[15~x'); // F5, then x
    expect(ed.buffer).toBe('x');
  });

  it('Tab completes one match with a space, several to their common prefix, and lists them on a second Tab', () => {
    const ed = new LineEditor();
    ed.feed('kubectl get po');
    expect(ed.complete(['pods', 'po'])).toBe('');
    expect(ed.complete(['pods', 'po'])).toBe(`\r\npods  po\r\n${PROMPT}kubectl get po`);
    ed.feed('d');
    expect(ed.complete(['pods', 'po'])).toBe('s ');
    expect(ed.buffer).toBe('kubectl get pods ');
    ed.feed('web');
    ed.complete(['web-1', 'web-2']);
    expect(ed.buffer).toBe('kubectl get pods web-');
    expect(ed.complete(['other'])).toBe('');
  });
});

describe('history across sessions', () => {
  it('starts from saved lines, reports each new one, and keeps the saved form readable', async () => {
    const { loadHistory, saveHistory } = await import('./history-store');
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const first = new LineEditor(loadHistory(storage), (h) => saveHistory(h, storage));
    first.feed('kubectl get pods\r');
    first.feed('kubectl get pods\r'); // a repeat is kept once, as bash's ignoredups
    first.feed('kubectl get nodes\r');
    const second = new LineEditor(loadHistory(storage));
    expect(second.history).toEqual(['kubectl get pods', 'kubectl get nodes']);
    expect(second.feed('\x1b[A').output).toContain('kubectl get nodes');
    store.set('kubeplay.terminal.history.v1', '{not json');
    expect(loadHistory(storage)).toEqual([]);
    saveHistory(['x'], { setItem: () => { throw new Error('QuotaExceededError'); } });
  });
});

describe('LineEditor: commands over several lines', () => {
  const heredoc = (t: string) => /<<EOF/.test(t) && !/\nEOF$/.test(t);

  it('holds a here-document behind the `> ` prompt and submits it whole', () => {
    const ed = new LineEditor([], undefined, heredoc);
    const first = ed.feed('kubectl apply -f - <<EOF\r');
    expect(first).toEqual({ output: `kubectl apply -f - <<EOF\r\n${CONTINUATION_PROMPT}`, lines: [] });
    expect(ed.render()).toBe(CONTINUATION_PROMPT);
    expect(ed.feed('kind: Pod\r').lines).toEqual([]);
    expect(ed.feed('EOF\r').lines).toEqual(['kubectl apply -f - <<EOF\nkind: Pod\nEOF']);
    expect(ed.render()).toBe(PROMPT);
    // only the command's first line is history
    expect(ed.history).toEqual(['kubectl apply -f - <<EOF']);
  });

  it('takes a pasted here-document and the commands after it in one go', () => {
    const ed = new LineEditor([], undefined, heredoc);
    const r = ed.feed('cat <<EOF\r\na\r\nEOF\r\necho done\r\n');
    expect(r.lines).toEqual(['cat <<EOF\na\nEOF', 'echo done']);
    expect(r.output).toBe(`cat <<EOF\r\n${CONTINUATION_PROMPT}a\r\n${CONTINUATION_PROMPT}EOF\r\necho done\r\n`);
  });

  it('drops an unfinished command on Ctrl+C', () => {
    const ed = new LineEditor([], undefined, heredoc);
    ed.feed('cat <<EOF\rhalf');
    expect(ed.feed('\x03').output).toBe(`^C\r\n${PROMPT}`);
    expect(ed.feed('echo hi\r').lines).toEqual(['echo hi']);
  });
});
