// A lesson step's action button ("Kill a pod", "Break the image", "Stop the node"): resolves the
// target in the cluster mirror, runs the fault through the worker (as the inspector's fault palette
// does) and records that the action ran, so the step's check ("healed") may now pass.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionTarget, resolveAction } from '../../lessons/actions';
import { evaluateCheck } from '../../lessons/checks';
import type { Step, StepAction } from '../../lessons/types';
import type { Fault, FaultResult } from '../../sim/faults';
import { faultBefore, faultShown, type FaultBefore } from '../../lessons/fault-shown';
import { useStore } from '../../state/store';
import { workerClient } from '../../worker/client';

type Outcome = { result: FaultResult } | { error: string } | { missing: true };

/**
 * Watches the mirror until it shows the fault (the killed pod gone, the node NotReady), then marks the
 * step broken, so that its check passing from then on means healed. Not awaited: a stopped node turns
 * NotReady only ~40 simulated seconds later.
 */
function markBrokenWhenShown(stepId: string, fault: Fault, before: FaultBefore): void {
  const lessonId = useStore.getState().lessonId;
  const shown = () => faultShown(fault, useStore.getState().objects, before);
  const mark = () => {
    if (useStore.getState().lessonId === lessonId) useStore.getState().markStepsBroken([stepId]);
  };
  if (shown()) return mark();
  const unsubscribe = useStore.subscribe((state, prev) => {
    if (state.lessonId !== lessonId) return unsubscribe();
    if (state.objects === prev.objects || !shown()) return;
    unsubscribe();
    mark();
  });
}

export async function runStepAction(step: Step, action: StepAction): Promise<Outcome> {
  const state = useStore.getState();
  const fault = resolveAction(action, state.objects);
  if (!fault) return { missing: true };
  // a check already failing when the button is pressed (a node is down: "start it") counts as broken
  const view = { objects: state.objects, commandLog: state.commandLog, seen: new Set(state.lessonProgress.seen), read: true };
  const failingBefore = !evaluateCheck(step.check, view).done;
  const before = faultBefore(fault, state.objects);
  try {
    const result = await workerClient.request({ method: 'fault', fault });
    if (result.ok) {
      useStore.getState().markActionRun(step.id);
      if (failingBefore) useStore.getState().markStepsBroken([step.id]);
      else markBrokenWhenShown(step.id, fault, before);
    }
    return { result };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export function StepActionButton({ step }: { step: Step & { action: StepAction } }) {
  const { t } = useTranslation();
  const ran = useStore((s) => s.lessonProgress.actions.includes(step.id));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const { action } = step;
  const target = actionTarget(action);
  const run = async () => {
    setBusy(true);
    try {
      setOutcome(await runStepAction(step, action));
    } finally {
      setBusy(false);
    }
  };
  const say = (o: Outcome) =>
    'missing' in o ? t('lesson.action.missing', { kind: action.kind, target }) : 'error' in o ? o.error : t(`inspector.faults.result.${o.result.message}`, o.result.params);
  return (
    <div className="my-3 rounded border border-red-300 bg-red-50 p-2 text-sm dark:border-red-800 dark:bg-red-950">
      <button
        type="button"
        disabled={busy}
        onClick={() => void run()}
        className="rounded border border-red-600 bg-white px-3 py-1 font-semibold text-red-700 hover:bg-red-100 disabled:opacity-50 dark:bg-slate-900 dark:text-red-300"
      >
        {t(`lesson.action.${action.fault === 'stopNode' && action.kind === 'Pod' ? 'stopNodeOf' : action.fault}`, { kind: action.kind, target })}
      </button>
      {ran && !outcome && <span className="ml-2 text-xs text-slate-600 dark:text-slate-300">{t('lesson.action.ran')}</span>}
      {outcome && (
        <p aria-live="polite" className="mt-1 text-xs">
          {say(outcome)}
        </p>
      )}
    </div>
  );
}
