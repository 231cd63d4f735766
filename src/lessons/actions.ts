// Step actions: a lesson step can carry a button ("Kill a pod", "Break the image", "Stop the node")
// that runs a fault from the fault palette (src/sim/faults.ts), then checks that the cluster healed.
// The target is resolved against the UI's cluster mirror (or the replay's object list), so the same
// step works whatever random names the ReplicaSet gave its Pods.
import type { KubeObject, Pod } from '../sim/api/types';
import type { Fault, FaultAction } from '../sim/faults';
import { evaluateCheck, type LessonView } from './checks';
import type { CheckResult, Step, StepAction } from './types';

const FAULTS: readonly FaultAction[] = ['stopNode', 'startNode', 'killPod', 'breakImage', 'failProbe', 'healProbe', 'burnCpu'];

const matches = (o: KubeObject, labels: Record<string, string>) => {
  const have = o.metadata.labels ?? {};
  return Object.entries(labels).every(([k, v]) => have[k] === v);
};

function isReady(n: KubeObject): boolean {
  const conds = (n.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
  return conds.some((c) => c.type === 'Ready' && c.status === 'True');
}

/** The first object of `kind` in `namespace` carrying `labels`, by name, not being deleted. */
function firstMatching(objects: LessonView['objects'], kind: string, namespace: string, labels: Record<string, string>): KubeObject | undefined {
  let best: KubeObject | undefined;
  for (const o of objects[kind]?.values() ?? []) {
    if ((o.metadata.namespace ?? '') !== namespace || o.metadata.deletionTimestamp || !matches(o, labels)) continue;
    if (!best || (o.metadata.name ?? '') < (best.metadata.name ?? '')) best = o;
  }
  return best;
}

/** The fault a step's action means right now, or undefined when its target does not exist (yet). */
export function resolveAction(action: StepAction, objects: LessonView['objects']): Fault | undefined {
  const namespace = action.namespace ?? 'default';
  const nodeFault = action.fault === 'stopNode' || action.fault === 'startNode';
  if (nodeFault) {
    if (action.kind === 'Node' && action.name) return { action: action.fault, kind: 'Node', name: action.name };
    if (action.kind === 'Node') {
      // no name: the first node (by name) that is not Ready, the one a lesson stopped earlier
      const down = [...(objects.Node?.values() ?? [])].filter((n) => !isReady(n)).map((n) => n.metadata.name ?? '').sort()[0];
      return down && action.fault === 'startNode' ? { action: 'startNode', kind: 'Node', name: down } : undefined;
    }
    const pod = action.name ? objects.Pod?.get(`${namespace}/${action.name}`) : firstMatching(objects, 'Pod', namespace, action.labels ?? {});
    const node = (pod as Pod | undefined)?.spec?.nodeName;
    return node ? { action: action.fault, kind: 'Node', name: node } : undefined;
  }
  const target = action.name ? objects[action.kind]?.get(`${namespace}/${action.name}`) : firstMatching(objects, action.kind, namespace, action.labels ?? {});
  if (!target?.metadata.name) return undefined;
  return { action: action.fault, kind: action.kind, namespace, name: target.metadata.name, value: action.value };
}

/** Why an action from steps.json cannot run, or undefined when it can. */
export function actionProblem(a: StepAction | undefined): string | undefined {
  if (a === undefined) return undefined;
  if (!a || typeof a !== 'object' || a.type !== 'fault') return `unknown action type "${(a as { type?: string } | null)?.type}"`;
  if (!FAULTS.includes(a.fault)) return `unknown fault "${a.fault}" (one of ${FAULTS.join(', ')})`;
  if (!a.kind) return 'fault action needs kind';
  const downNode = a.fault === 'startNode' && a.kind === 'Node';
  if (!a.name && !downNode && (!a.labels || Object.keys(a.labels).length === 0)) return 'fault action needs name or labels';
  if ((a.fault === 'stopNode' || a.fault === 'startNode') && a.kind !== 'Node' && a.kind !== 'Pod') return `${a.fault} targets a Node, or the node of a Pod`;
  if (a.fault === 'burnCpu' && typeof a.value !== 'number') return 'burnCpu needs value (millicores)';
  return undefined;
}

/** A human-readable target for the button: `app=web` or the name. */
export function actionTarget(a: StepAction): string {
  return a.name ?? (Object.entries(a.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',') || 'NotReady');
}

/** Where a step's action stands: pressed, and whether its check has failed since (the fault showed). */
export interface ActionState {
  ran: boolean;
  broken: boolean;
}

export interface StepEvaluation extends CheckResult {
  /** the check alone, whatever the action: a caller marks the step broken when this is false after the action ran */
  checkDone: boolean;
}

/**
 * A step's result: its check, but a step with an action is done only once the action ran, the check
 * then failed at least once (the fault showed in the cluster) and passes again: healed. "3 ready pods"
 * would otherwise pass on a mirror that has not seen the killed pod go, or before a stopped node's
 * pods turn unready 40 s later.
 */
export function evaluateStep(step: Step, view: LessonView, action: ActionState): StepEvaluation {
  const result = evaluateCheck(step.check, view);
  if (!step.action || (action.ran && action.broken)) return { ...result, checkDone: result.done };
  const expected = [{ key: 'lesson.check.expectAction', params: { target: actionTarget(step.action) } }, ...result.expected];
  if (!action.ran) return { done: false, checkDone: result.done, expected, actual: [{ key: 'lesson.check.actionNotRun' }] };
  return { done: false, checkDone: result.done, expected, actual: result.done ? [{ key: 'lesson.check.faultNotSeen' }] : result.actual };
}
