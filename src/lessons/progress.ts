// A learner's progress in one lesson, kept in localStorage so it survives a reload.
// Done is sticky: once a step's check passed, later changes (deleting the Pod) never undo it.
import type { Lesson } from './types';

/** The part of the Web Storage API we use; tests pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LessonProgress {
  /** index into lesson.steps */
  current: number;
  /** ids of steps whose check passed at least once */
  done: string[];
  /** ids of steps the learner moved past with Next (satisfies `read` checks) */
  read: string[];
  /** objectRef()s seen while doing the lesson (for `absent` checks with afterExisted) */
  seen: string[];
  /** ids of steps whose action (a fault button) has run */
  actions: string[];
  /** ids of steps whose check failed after their action ran (the fault showed; now it may heal) */
  broken: string[];
}

export const emptyProgress = (): LessonProgress => ({ current: 0, done: [], read: [], seen: [], actions: [], broken: [] });

export const progressKey = (lessonId: string) => `kubeplay.lesson.${lessonId}`;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Reads saved progress, dropping anything that does not fit the lesson as it is now. */
export function loadProgress(storage: KeyValueStorage | undefined, lesson: Lesson): LessonProgress {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(progressKey(lesson.id)) ?? 'null');
  } catch {
    raw = null;
  }
  if (!raw || typeof raw !== 'object') return emptyProgress();
  const r = raw as Record<string, unknown>;
  const ids = new Set(lesson.steps.map((s) => s.id));
  const current = typeof r.current === 'number' && Number.isInteger(r.current) ? r.current : 0;
  return {
    current: Math.min(Math.max(current, 0), lesson.steps.length - 1),
    done: strings(r.done).filter((id) => ids.has(id)),
    read: strings(r.read).filter((id) => ids.has(id)),
    seen: strings(r.seen),
    actions: strings(r.actions).filter((id) => ids.has(id)),
    broken: strings(r.broken).filter((id) => ids.has(id)),
  };
}

export function saveProgress(storage: KeyValueStorage | undefined, lessonId: string, p: LessonProgress): void {
  try {
    storage?.setItem(progressKey(lessonId), JSON.stringify(p));
  } catch {
    // storage full or disabled (private mode): progress just won't survive a reload
  }
}

export function clearProgress(storage: KeyValueStorage | undefined, lessonId: string): void {
  try {
    storage?.removeItem(progressKey(lessonId));
  } catch {
    // see saveProgress
  }
}

/** Union, preserving order; returns the same array when nothing is new (cheap equality for React). */
export function addAll(list: string[], items: readonly string[]): string[] {
  const missing = items.filter((i) => !list.includes(i));
  return missing.length ? [...list, ...missing] : list;
}
