// `kubectl edit` in the browser: the terminal's command waits while its buffer is open in the
// editor's temporary tab. Saving sends the text to the worker (submitEdit): a failure re-opens the
// tab with kubectl's comment on top; success or closing ends the command with kubectl's output.
import type { CommandResult, EditRequest } from '../../cli/types';
import { useStore } from '../../state/store';
import { workerClient } from '../../worker/client';

let finish: ((r: CommandResult) => void) | undefined;

/** Open the tab; resolves with what the terminal prints once the edit is saved or closed. */
export function runEditSession(request: EditRequest): Promise<CommandResult> {
  finish?.({ stdout: '', stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 });
  useStore.getState().setEditSession({ request, text: request.buffer });
  return new Promise((resolve) => {
    finish = resolve;
  });
}

function end(r: CommandResult): void {
  useStore.getState().setEditSession(undefined);
  const f = finish;
  finish = undefined;
  f?.(r);
}

export async function saveEditSession(): Promise<void> {
  const s = useStore.getState().editSession;
  if (!s) return;
  try {
    const r = await workerClient.request({ method: 'submitEdit', edit: s.request, text: s.text });
    if (r.reopen) useStore.getState().setEditSession({ request: r.reopen, text: r.reopen.buffer });
    else end(r);
  } catch (e) {
    end({ stdout: '', stderr: `error: ${(e as Error).message}\n`, exitCode: 1 });
  }
}

export async function closeEditSession(): Promise<void> {
  const s = useStore.getState().editSession;
  if (!s) return;
  try {
    end(await workerClient.request({ method: 'cancelEdit', edit: s.request }));
  } catch (e) {
    end({ stdout: '', stderr: `error: ${(e as Error).message}\n`, exitCode: 1 });
  }
}
