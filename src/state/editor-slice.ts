// The editor's workspace: files and folders (path → content) shared with the terminal, the active
// file (editorFileName / editorText, what Monaco shows and Apply sends), which files have edits not
// yet saved into the worker's workspace (dirty), and the last Apply's result. The files are kept in
// localStorage (./workspace-persist.ts), so a reload or a simulator restart never loses what the
// learner typed; a full quota is reported in `persistStatus` for the UI to say so.
import type { StateCreator } from 'zustand';
import type { ApplyResult } from '../cli/kubectl/apply-types';
import type { EditRequest } from '../cli/types';
import { normalizePath } from '../cli/workspace';
import { addFolder, isFolderKey, removePath, renamePath, writeFile, type Files } from './workspace-files';
import { loadWorkspace, saveWorkspace, type SaveStatus } from './workspace-persist';

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
  /** every file (and empty folder, as 'dir/') in the workspace */
  files: Files;
  /** the content of each file as last saved into the worker's workspace; differs = dirty */
  savedFiles: Files;
  persistStatus: SaveStatus;
  /** the active file's path and text */
  editorFileName: string;
  editorText: string;
  /** the result of the last Apply, with the text it applied (markers belong to that text) */
  lastApply?: { result: ApplyResult; text: string };
  applying: boolean;
  setEditorText(text: string): void;
  /** rename the active file */
  setEditorFileName(name: string): void;
  setApplying(applying: boolean): void;
  setLastApply(last: { result: ApplyResult; text: string } | undefined): void;
  openFile(path: string): void;
  /** a new file (empty unless given content), made active */
  createFile(path: string, content?: string): void;
  createFolder(path: string): void;
  renamePath(from: string, to: string): void;
  deletePath(path: string): void;
  /** the file was written into the worker's workspace */
  markSaved(path: string, content: string): void;
  /** a terminal command wrote the file (worker `file` notice): it is saved by definition */
  receiveFile(path: string, content: string): void;
  isDirty(path: string): boolean;
  /** `kubectl edit`'s temporary tab, shown instead of the active file while open */
  editSession?: { request: EditRequest; text: string };
  setEditSession(session: { request: EditRequest; text: string } | undefined): void;
}

export const createEditorSlice: StateCreator<EditorSlice, [], [], EditorSlice> = (set, get) => {
  const saved = loadWorkspace();
  const files: Files = saved && Object.keys(saved.files).length > 0 ? saved.files : { [DEFAULT_FILE_NAME]: DEFAULT_MANIFEST };
  const active = saved && saved.active in files ? saved.active : (Object.keys(files).find((k) => !isFolderKey(k)) ?? DEFAULT_FILE_NAME);

  /** replace the files (and maybe the active file), keep editorText in step, persist */
  const commit = (next: Files, activePath = get().editorFileName, savedFiles = get().savedFiles) => {
    const persistStatus = saveWorkspace({ files: next, active: activePath });
    set({ files: next, savedFiles, editorFileName: activePath, editorText: next[activePath] ?? '', persistStatus });
  };

  return {
    files,
    // everything is written into the worker at start (worker client), so all starts saved
    savedFiles: { ...files },
    persistStatus: 'ok',
    editorFileName: active,
    editorText: files[active] ?? '',
    lastApply: undefined,
    applying: false,
    setEditorText(text) {
      const s = get();
      commit(writeFile(s.files, s.editorFileName, text));
    },
    setEditorFileName(name) {
      get().renamePath(get().editorFileName, name);
    },
    setApplying(applying) {
      set({ applying });
    },
    setLastApply(lastApply) {
      set({ lastApply });
    },
    openFile(path) {
      const p = normalizePath(path);
      if (p in get().files) commit(get().files, p);
    },
    createFile(path, content = '') {
      const p = normalizePath(path);
      commit(writeFile(get().files, p, content), p);
    },
    createFolder(path) {
      commit(addFolder(get().files, path));
    },
    renamePath(from, to) {
      const s = get();
      const f = normalizePath(from);
      const t = normalizePath(to);
      const moved = (p: string) => (p === f ? t : p.startsWith(`${f}/`) ? `${t}/${p.slice(f.length + 1)}` : p);
      commit(renamePath(s.files, f, t), moved(s.editorFileName), renamePath(s.savedFiles, f, t));
    },
    deletePath(path) {
      const s = get();
      const next = removePath(s.files, path);
      const activeGone = !(s.editorFileName in next);
      const nextActive = activeGone ? (Object.keys(next).find((k) => !isFolderKey(k)) ?? DEFAULT_FILE_NAME) : s.editorFileName;
      commit(activeGone && !(nextActive in next) ? { ...next, [nextActive]: '' } : next, nextActive, removePath(s.savedFiles, path));
    },
    markSaved(path, content) {
      set({ savedFiles: { ...get().savedFiles, [normalizePath(path)]: content } });
    },
    receiveFile(path, content) {
      const p = normalizePath(path);
      commit(writeFile(get().files, p, content), get().editorFileName, { ...get().savedFiles, [p]: content });
    },
    setEditSession(editSession) {
      set({ editSession });
    },
    isDirty(path) {
      const p = normalizePath(path);
      return get().files[p] !== get().savedFiles[p];
    },
  };
};
