import { describe, expect, it } from 'vitest';
import { LineEditor } from './line-editor';
import { TerminalSession } from './session';

/** a session whose commands finish when the test says so */
function harness() {
  const ran: string[] = [];
  const pending: Array<{ resolve: (out: string) => void; signal: AbortSignal }> = [];
  let screen = '';
  const session = new TerminalSession(new LineEditor(), {
    write: (t) => void (screen += t),
    clear: () => void (screen = ''),
    run: (line, _print, signal) =>
      new Promise<string>((resolve) => {
        ran.push(line);
        pending.push({ resolve, signal });
        signal.addEventListener('abort', () => resolve(''));
      }),
  });
  const finish = async (out: string) => {
    pending.shift()!.resolve(out);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { session, ran, pending, finish, screen: () => screen };
}

describe('the terminal session', () => {
  it('keeps what is typed while a command runs and gives it to the next prompt', async () => {
    const h = harness();
    h.session.feed('kubectl get pods\r');
    expect(h.ran).toEqual(['kubectl get pods']);
    expect(h.session.isBusy).toBe(true);
    // typed before the first command returned: nothing is lost, nothing runs yet
    h.session.feed('kubectl get ');
    h.session.feed('nodes\r');
    expect(h.ran).toEqual(['kubectl get pods']);
    await h.finish('No resources found in default namespace.\n');
    expect(h.ran).toEqual(['kubectl get pods', 'kubectl get nodes']);
    expect(h.screen()).toContain('No resources found in default namespace.\r\n$ kubectl get nodes\r\n');
    await h.finish('');
    expect(h.session.isBusy).toBe(false);
  });

  it('a half-typed line waits at the prompt, editable', async () => {
    const h = harness();
    h.session.feed('sleep 1\r');
    h.session.feed('kubectl get deploy');
    await h.finish('');
    expect(h.session.editor.buffer).toBe('kubectl get deploy');
    h.session.feed('ments\r');
    expect(h.ran.at(-1)).toBe('kubectl get deployments');
  });

  it('Ctrl+C interrupts the command and throws the typeahead away', async () => {
    const h = harness();
    h.session.feed('kubectl get pods -w\r');
    h.session.feed('kubectl delete pod x\r');
    h.session.feed('\x03');
    expect(h.pending[0].signal.aborted).toBe(true);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(h.ran).toEqual(['kubectl get pods -w']);
    expect(h.screen()).toContain('^C\r\n');
    expect(h.session.isBusy).toBe(false);
    expect(h.session.editor.buffer).toBe('');
  });
});
