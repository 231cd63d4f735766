// Where the learner is in the lessons: the open lesson, its current step, the steps done (sticky)
// and what the lesson has seen. Saved to localStorage on every change so a reload resumes.
// The checks themselves are evaluated by src/ui/lesson/useLessonTracker.ts from the cluster mirror.
import type { StateCreator } from 'zustand';
import { currentLang } from '../i18n';
import { findLesson, loadLessons } from '../lessons/load';
import { addAll, clearProgress, emptyProgress, loadProgress, progressKey, saveProgress, type KeyValueStorage, type LessonProgress } from '../lessons/progress';

const CURRENT_LESSON_KEY = 'kubeplay.lesson';

function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // sandboxed iframes throw on access
  }
}

export interface EditorLoadRequest {
  text: string;
  /** increases with every request, so loading the same text twice still reaches the editor */
  seq: number;
}

export interface LessonSlice {
  lessonId?: string;
  lessonProgress: LessonProgress;
  /** text a lesson asked the editor to show ("Load into editor"); the editor watches `seq` */
  editorLoadRequest?: EditorLoadRequest;
  openLesson(id: string): void;
  /** moves to step `index`; moving forward marks the steps passed as read */
  goToStep(index: number): void;
  markStepsDone(stepIds: readonly string[]): void;
  noteSeen(refs: readonly string[]): void;
  /** records that a step's action (a fault button) has run, so its check may now pass */
  markActionRun(stepId: string): void;
  /** records that a step's check failed after its action ran: the fault showed, so healing now counts */
  markStepsBroken(stepIds: readonly string[]): void;
  resetLessonProgress(): void;
  requestEditorLoad(text: string): void;
}

export const createLessonSlice: StateCreator<LessonSlice, [], [], LessonSlice> = (set, get) => {
  const storage = browserStorage();
  const update = (change: (p: LessonProgress) => LessonProgress) => {
    const { lessonId, lessonProgress } = get();
    if (!lessonId) return;
    const next = change(lessonProgress);
    if (next === lessonProgress) return;
    saveProgress(storage, lessonId, next);
    set({ lessonProgress: next });
  };
  const open = (id: string | undefined) => {
    const lesson = id ? findLesson(id) : undefined;
    return lesson ? { lessonId: lesson.id, lessonProgress: loadProgress(storage, lesson) } : { lessonId: undefined, lessonProgress: emptyProgress() };
  };
  /** A lesson not yet started puts its start.yaml into the editor. */
  const startRequest = (id: string | undefined, seq: number): EditorLoadRequest | undefined => {
    const lesson = id ? findLesson(id) : undefined;
    const fresh = lesson && storage?.getItem(progressKey(lesson.id)) == null;
    const text = lesson?.startYaml[currentLang()];
    return fresh && text ? { text, seq } : undefined;
  };
  // `?lesson=probes` in the address opens that lesson (a link an instructor can share)
  const fromUrl = typeof location === 'undefined' ? undefined : findLesson(new URLSearchParams(location.search).get('lesson') ?? '')?.id;
  if (fromUrl) storage?.setItem(CURRENT_LESSON_KEY, fromUrl);
  const initial = fromUrl ?? findLesson(storage?.getItem(CURRENT_LESSON_KEY) ?? '')?.id ?? loadLessons()[0]?.id;

  return {
    ...open(initial),
    editorLoadRequest: startRequest(initial, 1),
    openLesson(id) {
      storage?.setItem(CURRENT_LESSON_KEY, id);
      const seq = (get().editorLoadRequest?.seq ?? 0) + 1;
      set({ ...open(id), editorLoadRequest: startRequest(id, seq) ?? get().editorLoadRequest });
    },
    goToStep(index) {
      const lesson = findLesson(get().lessonId ?? '');
      if (!lesson) return;
      const target = Math.min(Math.max(index, 0), lesson.steps.length - 1);
      update((p) => {
        const passed = lesson.steps.slice(p.current, target).map((s) => s.id);
        const read = addAll(p.read, passed);
        return target === p.current && read === p.read ? p : { ...p, current: target, read };
      });
    },
    markStepsDone(stepIds) {
      update((p) => {
        const done = addAll(p.done, stepIds);
        return done === p.done ? p : { ...p, done };
      });
    },
    noteSeen(refs) {
      update((p) => {
        const seen = addAll(p.seen, refs);
        return seen === p.seen ? p : { ...p, seen };
      });
    },
    markActionRun(stepId) {
      update((p) => {
        const actions = addAll(p.actions, [stepId]);
        return actions === p.actions ? p : { ...p, actions };
      });
    },
    markStepsBroken(stepIds) {
      update((p) => {
        const broken = addAll(p.broken, stepIds);
        return broken === p.broken ? p : { ...p, broken };
      });
    },
    resetLessonProgress() {
      const { lessonId } = get();
      if (!lessonId) return;
      clearProgress(storage, lessonId);
      set({ lessonProgress: emptyProgress(), editorLoadRequest: startRequest(lessonId, (get().editorLoadRequest?.seq ?? 0) + 1) });
    },
    requestEditorLoad(text) {
      set((s) => ({ editorLoadRequest: { text, seq: (s.editorLoadRequest?.seq ?? 0) + 1 } }));
    },
  };
};
