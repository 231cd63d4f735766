// "Run" on a lesson's shell block: each line goes to the worker's kubectl, exactly as if typed in the
// terminal, and lands in the command log so command checks see it. Stops at the first failure, like
// a shell script with `set -e`.
import { workerClient } from '../../worker/client';
import { useStore } from '../../state/store';

export async function runLessonCommands(lines: readonly string[]): Promise<string> {
  let out = '';
  for (const line of lines) {
    let exitCode = 1;
    try {
      const result = await workerClient.request({ method: 'exec', line });
      exitCode = result.exitCode;
      out += `$ ${line}\n${result.stdout}${result.stderr}`;
    } catch (e) {
      out += `$ ${line}\n${(e as Error).message}\n`;
    }
    const state = useStore.getState();
    state.recordCommand({ line, exitCode, at: state.clock.now });
    if (exitCode !== 0) break;
  }
  return out;
}
