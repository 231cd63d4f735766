import { beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { createEditorSlice, DEFAULT_FILE_NAME, DEFAULT_MANIFEST, type EditorSlice } from './editor-slice';

const data = new Map<string, string>();
let full = false;
const fakeLocalStorage = {
  getItem: (k: string) => data.get(k) ?? null,
  setItem: (k: string, v: string) => {
    if (full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    data.set(k, v);
  },
};

const newStore = () => create<EditorSlice>()(createEditorSlice);

describe('editor slice: the workspace', () => {
  beforeEach(() => {
    data.clear();
    full = false;
    vi.stubGlobal('localStorage', fakeLocalStorage);
  });

  it('starts with the default pod file, active and saved', () => {
    const s = newStore().getState();
    expect(s.files).toEqual({ [DEFAULT_FILE_NAME]: DEFAULT_MANIFEST });
    expect(s.editorText).toBe(DEFAULT_MANIFEST);
    expect(s.isDirty(DEFAULT_FILE_NAME)).toBe(false);
  });

  it('creates files in folders, marks edits dirty until saved, and keeps everything across a reload', () => {
    const store = newStore();
    store.getState().createFolder('k8s');
    store.getState().createFile('k8s/web.yaml');
    expect(store.getState().editorFileName).toBe('k8s/web.yaml');
    store.getState().setEditorText('kind: Deployment\n');
    expect(store.getState().isDirty('k8s/web.yaml')).toBe(true);
    store.getState().markSaved('k8s/web.yaml', 'kind: Deployment\n');
    expect(store.getState().isDirty('k8s/web.yaml')).toBe(false);
    const reloaded = newStore().getState();
    expect(reloaded.files).toEqual({ [DEFAULT_FILE_NAME]: DEFAULT_MANIFEST, 'k8s/web.yaml': 'kind: Deployment\n' });
    expect(reloaded.editorFileName).toBe('k8s/web.yaml');
    expect(reloaded.editorText).toBe('kind: Deployment\n');
  });

  it('renames the active file with its folder, and deleting it activates another', () => {
    const store = newStore();
    store.getState().createFile('a/x.yaml', 'x');
    store.getState().renamePath('a', 'b');
    expect(store.getState().editorFileName).toBe('b/x.yaml');
    store.getState().setEditorFileName('b/y.yaml');
    expect(Object.keys(store.getState().files).sort()).toEqual(['b/y.yaml', DEFAULT_FILE_NAME]);
    store.getState().deletePath('b');
    expect(store.getState().editorFileName).toBe(DEFAULT_FILE_NAME);
    store.getState().deletePath(DEFAULT_FILE_NAME);
    expect(store.getState().files).toEqual({ [DEFAULT_FILE_NAME]: '' });
  });

  it('takes files the terminal wrote as saved, and leaves the active file alone', () => {
    const store = newStore();
    store.getState().receiveFile('./out.yaml', 'kind: Service\n');
    expect(store.getState().files['out.yaml']).toBe('kind: Service\n');
    expect(store.getState().isDirty('out.yaml')).toBe(false);
    expect(store.getState().editorFileName).toBe(DEFAULT_FILE_NAME);
  });

  it('says when the storage quota is full, and keeps working in memory', () => {
    const store = newStore();
    full = true;
    store.getState().setEditorText('big');
    expect(store.getState().persistStatus).toBe('quota');
    expect(store.getState().editorText).toBe('big');
  });
});
