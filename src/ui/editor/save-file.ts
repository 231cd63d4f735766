// Ctrl/Cmd+S: the kubectl edit tab is submitted; otherwise the active file is written into the
// worker's workspace, where `kubectl apply -f` reads it, and stops being dirty.
import { useStore } from '../../state/store';
import { workerClient } from '../../worker/client';
import { saveEditSession } from './edit-session';

export async function saveCurrent(): Promise<void> {
  const s = useStore.getState();
  if (s.editSession) return saveEditSession();
  const { editorFileName: path, editorText: content } = s;
  try {
    await workerClient.request({ method: 'writeFile', path, content });
    useStore.getState().markSaved(path, content);
  } catch {
    // the worker is restarting: it receives every file when it is back
  }
}
