// A lesson step's action button ("Kill a pod", "Break the image", "Stop the node"): resolves the
// target in the cluster mirror, runs the fault through the worker (as the inspector's fault palette
// does) and records that the action ran, so the step's check ("healed") may now pass.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionTarget, resolveAction } from '../../lessons/actions';
import { evaluateCheck } from '../../lessons/checks';
import type { Step, StepAction } from '../../lessons/types';
import type { FaultResult } from '../../sim/faults';
import { useStore } from '../../state/store';
import { workerClient } from '../../worker/client';

type Outcome = { result: FaultResult } | { error: string } | { missing: true };

/**
 * Resolves once the mirror's copy of the target differs from `before` (deleted, or replaced by an
 * update), or after `timeoutMs`: the worker's change notices may arrive after the fault's response,
 * and a check evaluated on the stale mirror would pass before the pod was ever gone.
 */
function mirrorChanged(kind: string, key: string, before: unknown, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const changed = () => useStore.getState().objects[kind]?.get(key) !== before;
    if (changed()) return resolve();
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = useStore.subscribe(() => {
      if (changed()) done();
    });
  });
}

export async function runStepAction(step: Step, action: StepAction): Promise<Outcome> {
  const state = useStore.getState();
  const fault = resolveAction(action, state.objects);
  if (!fault) return { missing: true };
  // a check already failing when the button is pressed (a node is down: "start it") counts as broken
  const view = { objects: state.objects, commandLog: state.commandLog, seen: new Set(state.lessonProgress.seen), read: true };
  const failingBefore = !evaluateCheck(step.check, view).done;
  const key = `${fault.namespace ?? ''}/${fault.name}`;
  const before = state.objects[fault.kind]?.get(key);
  try {
    const result = await workerClient.request({ method: 'fault', fault });
    if (result.ok) {
      // node faults show only later (the node turns NotReady after ~40 s): nothing to wait for
      if (fault.kind !== 'Node') await mirrorChanged(fault.kind, key, before, 3000);
      useStore.getState().markActionRun(step.id);
      if (failingBefore) useStore.getState().markStepsBroken([step.id]);
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
