// Evaluates the open lesson's checks whenever the cluster mirror or the command log changes, and
// records what passed. Only steps up to the current one are evaluated (a few Map lookups), so this
// stays cheap with 10,000 pods in the mirror.
import { useEffect, useMemo } from 'react';
import { observedRefs } from '../../lessons/checks';
import { evaluateStep } from '../../lessons/actions';
import { findLesson } from '../../lessons/load';
import type { CheckResult, Lesson } from '../../lessons/types';
import { useStore } from '../../state/store';

export interface LessonTracking {
  lesson?: Lesson;
  /** the current step's live check result */
  current?: CheckResult;
}

export function useLessonTracker(): LessonTracking {
  const lessonId = useStore((s) => s.lessonId);
  const progress = useStore((s) => s.lessonProgress);
  const objects = useStore((s) => s.objects);
  const commandLog = useStore((s) => s.commandLog);
  const lesson = useMemo(() => (lessonId ? findLesson(lessonId) : undefined), [lessonId]);

  const results = useMemo(() => {
    if (!lesson) return [];
    const seen = new Set(progress.seen);
    return lesson.steps.slice(0, progress.current + 1).map((step) => ({
      id: step.id,
      result: evaluateStep(
        step,
        { objects, commandLog, seen, read: progress.read.includes(step.id) },
        { ran: progress.actions.includes(step.id), broken: progress.broken.includes(step.id) },
      ),
    }));
  }, [lesson, progress, objects, commandLog]);

  useEffect(() => {
    if (!lesson) return;
    const refs = observedRefs(
      lesson.steps.map((s) => s.check),
      objects,
    );
    if (refs.length) useStore.getState().noteSeen(refs);
  }, [lesson, objects]);

  useEffect(() => {
    const passed = results.filter((r) => r.result.done).map((r) => r.id);
    if (passed.length) useStore.getState().markStepsDone(passed);
    const ran = useStore.getState().lessonProgress.actions;
    const broken = results.filter((r) => ran.includes(r.id) && !r.result.checkDone).map((r) => r.id);
    if (broken.length) useStore.getState().markStepsBroken(broken);
  }, [results]);

  return { lesson, current: results[progress.current]?.result };
}
