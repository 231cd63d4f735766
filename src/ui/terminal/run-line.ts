// Runs one terminal line in the worker and records it in the command log (lesson checks read it).
import { workerClient } from '../../worker/client';
import { useStore } from '../../state/store';
import { closeEditSession, runEditSession } from '../editor/edit-session';

/** The text to print (stdout then stderr, stderr in red), or the failure message. */
/**
 * Runs a line in the worker and returns what is left to show; `write` shows output the command
 * prints while it still runs (kubectl delete's `deleted` before its wait); aborting `signal`
 * (Ctrl+C) interrupts it.
 */
export async function runTerminalLine(line: string, failed: (message: string) => string, write?: (text: string) => void, signal?: AbortSignal): Promise<string> {
  let exitCode = 1;
  let out: string;
  try {
    // stderr printed early (an earlier command of a `;`/`&&` list) is red, like the rest of stderr
    const onOutput = write && ((text: string, stream?: 'stderr') => write(stream === 'stderr' ? `\x1b[31m${text}\x1b[0m` : text));
    let r = await workerClient.request({ method: 'exec', line }, { onOutput, signal });
    // kubectl edit: the command goes on in the editor's tab; its output comes when that is saved or closed
    // (Ctrl+C while the tab is open closes it, as quitting the editor would)
    if (r.edit) {
      const session = runEditSession(r.edit);
      signal?.addEventListener('abort', () => void closeEditSession(), { once: true });
      r = await session;
    }
    exitCode = r.exitCode;
    const rest = write ? r.stdout.slice(r.streamed ?? 0) : r.stdout;
    const restErr = write ? r.stderr.slice(r.streamedStderr ?? 0) : r.stderr;
    out = withNewline(rest) + (restErr ? `\x1b[31m${withNewline(restErr)}\x1b[0m` : '');
  } catch (e) {
    out = `\x1b[31m${failed((e as Error).message)}\x1b[0m\n`;
  }
  const s = useStore.getState();
  s.recordCommand({ line, exitCode, at: s.clock.now });
  return out;
}

/** so the next prompt starts on its own line */
function withNewline(s: string): string {
  return s && !s.endsWith('\n') ? `${s}\n` : s;
}
