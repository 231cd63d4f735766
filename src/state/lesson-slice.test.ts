import { beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { createLessonSlice, type LessonSlice } from './lesson-slice';

const data = new Map<string, string>();
const fakeLocalStorage = {
  getItem: (k: string) => data.get(k) ?? null,
  setItem: (k: string, v: string) => void data.set(k, v),
  removeItem: (k: string) => void data.delete(k),
};

const newStore = () => create<LessonSlice>()(createLessonSlice);

describe('lesson slice', () => {
  beforeEach(() => {
    data.clear();
    vi.stubGlobal('localStorage', fakeLocalStorage);
  });

  it('opens the lesson named by ?lesson= in the address, and remembers it', () => {
    vi.stubGlobal('location', { search: '?lesson=probes' });
    expect(newStore().getState().lessonId).toBe('probes');
    vi.stubGlobal('location', { search: '?lesson=nonsense' });
    expect(newStore().getState().lessonId).toBe('probes');
    vi.stubGlobal('location', undefined);
  });

  it('opens the first lesson at its first step', () => {
    const s = newStore().getState();
    expect(s.lessonId).toBe('pod');
    expect(s.lessonProgress.current).toBe(0);
  });

  it('marks steps read when moving past them, and keeps done steps done', () => {
    const store = newStore();
    store.getState().goToStep(1);
    expect(store.getState().lessonProgress.read).toEqual(['what-is-a-pod']);
    store.getState().markStepsDone(['what-is-a-pod', 'apply']);
    store.getState().goToStep(0);
    store.getState().markStepsDone(['apply']);
    expect(store.getState().lessonProgress.done).toEqual(['what-is-a-pod', 'apply']);
    store.getState().goToStep(99);
    expect(store.getState().lessonProgress.current).toBe(5);
  });

  it('resumes after a reload and starts over after a reset', () => {
    const first = newStore();
    first.getState().goToStep(3);
    first.getState().markStepsDone(['apply']);
    first.getState().noteSeen(['Pod/default/myapp-pod']);
    first.getState().markActionRun('get');
    first.getState().markStepsBroken(['get']);
    const reloaded = newStore().getState();
    expect(reloaded.lessonProgress).toMatchObject({ current: 3, done: ['apply'], seen: ['Pod/default/myapp-pod'], actions: ['get'], broken: ['get'] });
    reloaded.resetLessonProgress();
    expect(newStore().getState().lessonProgress).toEqual({ current: 0, done: [], read: [], seen: [], actions: [], broken: [] });
  });

  it('numbers editor load requests so the same text can be loaded twice', () => {
    const store = newStore();
    const start = store.getState().editorLoadRequest;
    store.getState().requestEditorLoad('kind: Pod');
    store.getState().requestEditorLoad('kind: Pod');
    expect(store.getState().editorLoadRequest).toEqual({ text: 'kind: Pod', seq: (start?.seq ?? 0) + 2 });
  });

  it("puts a fresh lesson's start.yaml into the editor, but not once it is under way", () => {
    const first = newStore();
    expect(first.getState().editorLoadRequest?.text).toContain('name: myapp-pod');
    first.getState().goToStep(1);
    expect(newStore().getState().editorLoadRequest).toBeUndefined();
    first.getState().resetLessonProgress();
    expect(first.getState().editorLoadRequest?.text).toContain("command: ['sh', '-c'");
  });
});
