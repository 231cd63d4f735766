// The manifest editor's file: its name (shown in the tab, and the path `kubectl apply -f` reads in
// the worker's workspace), its text, and the last Apply's result. The text is remembered in
// localStorage, so a reload or a simulator restart never loses what the learner typed.
import type { StateCreator } from 'zustand';
import type { ApplyResult } from '../cli/kubectl/apply-types';

const STORAGE_KEY = 'kubeplay.editor';

export const DEFAULT_FILE_NAME = 'pod.yaml';
export const DEFAULT_MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
spec:
  containers:
    - name: myapp
      image: nginx:1.27
      ports:
        - containerPort: 80
`;

export interface EditorSlice {
  editorFileName: string;
  editorText: string;
  /** the result of the last Apply, with the text it applied (markers belong to that text) */
  lastApply?: { result: ApplyResult; text: string };
  applying: boolean;
  setEditorText(text: string): void;
  setEditorFileName(name: string): void;
  setApplying(applying: boolean): void;
  setLastApply(last: { result: ApplyResult; text: string } | undefined): void;
}

interface Saved {
  fileName: string;
  text: string;
}

function load(): Saved | undefined {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    const v = raw ? (JSON.parse(raw) as Partial<Saved>) : undefined;
    return v && typeof v.text === 'string' && typeof v.fileName === 'string' ? { fileName: v.fileName, text: v.text } : undefined;
  } catch {
    return undefined;
  }
}

function save(s: Saved): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // not remembered; the editor still works
  }
}

export const createEditorSlice: StateCreator<EditorSlice, [], [], EditorSlice> = (set, get) => {
  const saved = load();
  return {
    editorFileName: saved?.fileName ?? DEFAULT_FILE_NAME,
    editorText: saved?.text ?? DEFAULT_MANIFEST,
    lastApply: undefined,
    applying: false,
    setEditorText(editorText) {
      set({ editorText });
      save({ fileName: get().editorFileName, text: editorText });
    },
    setEditorFileName(editorFileName) {
      set({ editorFileName });
      save({ fileName: editorFileName, text: get().editorText });
    },
    setApplying(applying) {
      set({ applying });
    },
    setLastApply(lastApply) {
      set({ lastApply });
    },
  };
};
