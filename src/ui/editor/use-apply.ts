// Apply: the whole editor text goes to the worker's kubectl apply; the result and its markers
// come back. A YAML syntax error anywhere applies nothing (the worker's applyManifests decides).
import { useCallback, type RefObject } from 'react';
import type * as Monaco from 'monaco-editor';
import { useStore } from '../../state/store';
import { workerClient } from '../../worker/client';
import { MARKER_OWNER, markersFor } from './markers';

export interface EditorHandles {
  editor?: Monaco.editor.IStandaloneCodeEditor;
  monaco?: typeof Monaco;
}

export function useApply(handles: RefObject<EditorHandles>): () => Promise<void> {
  return useCallback(async () => {
    const store = useStore.getState();
    if (store.applying) return;
    const { editor, monaco } = handles.current ?? {};
    const model = editor?.getModel() ?? undefined;
    const text = model?.getValue() ?? store.editorText;
    if (model && monaco) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    store.setApplying(true);
    try {
      const result = await workerClient.request({ method: 'apply', yaml: text, fileName: store.editorFileName });
      useStore.getState().setLastApply({ result, text });
      if (model && monaco && !model.isDisposed()) {
        const lines = model.getLineCount();
        const markers = markersFor(result, (l) => (l <= lines ? model.getLineLength(l) : 0));
        monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((m) => ({ ...m, severity: monaco.MarkerSeverity.Error })));
      }
    } catch (e) {
      const message = (e as Error).message;
      useStore.getState().setLastApply({ result: { ok: false, documents: [], output: `error: ${message}\n` }, text });
    } finally {
      useStore.getState().setApplying(false);
    }
  }, [handles]);
}
