// VolumeBinding's PreFilter: a pod whose PersistentVolumeClaim does not exist (or is being deleted)
// cannot be scheduled anywhere, and the scheduler says so once for the pod, not per node.
// mirrors pkg/scheduler/framework/plugins/volumebinding/volume_binding.go (PreFilter →
// podHasPVCs: `persistentvolumeclaim "x" not found`, `... is being deleted`) and framework/types.go
// (FitError.Error with a PreFilterMsg and the preemption PostFilter's message)
import type { Pod } from 'kubernetes-types/core/v1';
import type { SchedulingDecision } from '../../../explain';

interface ClaimLike {
  metadata: { deletionTimestamp?: string };
}

/** why the pod's claims rule out every node, or undefined when they do not */
export function volumeBindingPreFilter(pod: Pod, claim: (namespace: string, name: string) => ClaimLike | undefined): string | undefined {
  const ns = pod.metadata?.namespace ?? 'default';
  for (const v of pod.spec?.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    if (!name) continue;
    const c = claim(ns, name);
    if (!c) return `persistentvolumeclaim "${name}" not found`;
    if (c.metadata.deletionTimestamp) return `persistentvolumeclaim "${name}" is being deleted`;
  }
  return undefined;
}

/** the decision when a PreFilter rejects the pod: `0/3 nodes are available: <why>. preemption: …` */
export function preFilterRejection(why: string, nodes: readonly { name: string }[], now: number): SchedulingDecision & { visited: number } {
  const total = nodes.length;
  const message = total === 0 ? 'no nodes available to schedule pods' : `0/${total} nodes are available: ${why}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
  return { at: now, message, verdicts: nodes.map((n) => ({ node: n.name, rejectedBy: { plugin: 'VolumeBinding', reason: why } })), visited: 0 };
}
