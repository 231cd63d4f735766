// VolumeBinding: a pod whose PersistentVolumeClaim does not exist, is being deleted or waits unbound
// for an Immediate class cannot be scheduled anywhere (PreFilter: said once for the pod, not per node);
// a claim of a WaitForFirstConsumer class is given the chosen node (selected-node) and the pod is bound
// only once the provisioner has bound the claim (Reserve + PreBind).
// mirrors pkg/scheduler/framework/plugins/volumebinding/volume_binding.go (PreFilter →
// podHasPVCs: `persistentvolumeclaim "x" not found`, `... is being deleted`) and framework/types.go
// (FitError.Error with a PreFilterMsg and the preemption PostFilter's message)
import type { Pod } from 'kubernetes-types/core/v1';
import type { SchedulingDecision } from '../../../explain';

export const SELECTED_NODE = 'volume.kubernetes.io/selected-node';

export interface ClaimLike {
  metadata: { name?: string; namespace?: string; deletionTimestamp?: string; annotations?: Record<string, string> };
  spec?: { storageClassName?: string; volumeName?: string };
}

export interface PodClaims {
  /** PreFilter's verdict for every node, if the claims rule them all out */
  reject?: string;
  /** unbound claims of WaitForFirstConsumer classes: provisioned once a node is picked */
  delayed: ClaimLike[];
  /** the node the scheduler already picked for this pod's claims (their selected-node annotation) */
  selected?: string;
}

/** podHasPVCs + the bound / delayed / immediate split of volume_binding.go's PreFilter */
export function podClaims(pod: Pod, claim: (namespace: string, name: string) => ClaimLike | undefined, bindingMode: (className: string) => string | undefined): PodClaims {
  const ns = pod.metadata?.namespace ?? 'default';
  const out: PodClaims = { delayed: [] };
  let immediate = false;
  for (const v of pod.spec?.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    if (!name) continue;
    const c = claim(ns, name);
    if (!c) return { ...out, reject: `persistentvolumeclaim "${name}" not found` };
    if (c.metadata.deletionTimestamp) return { ...out, reject: `persistentvolumeclaim "${name}" is being deleted` };
    out.selected ??= c.metadata.annotations?.[SELECTED_NODE];
    if (c.spec?.volumeName) continue;
    if (c.spec?.storageClassName && bindingMode(c.spec.storageClassName) === 'WaitForFirstConsumer') out.delayed.push(c);
    else immediate = true;
  }
  if (immediate) return { ...out, reject: 'pod has unbound immediate PersistentVolumeClaims' };
  return out;
}

/** the decision when a PreFilter rejects the pod: `0/3 nodes are available: <why>. preemption: …` */
export function preFilterRejection(why: string, nodes: readonly { name: string }[], now: number): SchedulingDecision & { visited: number } {
  const total = nodes.length;
  const message = total === 0 ? 'no nodes available to schedule pods' : `0/${total} nodes are available: ${why}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
  return { at: now, message, verdicts: nodes.map((n) => ({ node: n.name, rejectedBy: { plugin: 'VolumeBinding', reason: why } })), visited: 0 };
}
