// The pods/binding subresource: assign a pod to a node.
// mirrors pkg/registry/core/pod/storage/storage.go (BindingREST.assignPod)
import type { KubeObject, Pod } from '../../api/types';
import type { PodCondition } from 'kubernetes-types/core/v1';
import { R } from '../../api/resources';
import { conflict } from '../../api/status';
import { toRFC3339 } from '../../clock';

/**
 * The bound pod (a new object; unchanged parts are shared with the stored one): spec.nodeName set
 * and condition PodScheduled=True.
 */
export function bindPod(stored: KubeObject, nodeName: string, nowMs: number): KubeObject {
  const pod = stored as unknown as Pod;
  const name = pod.metadata!.name!;
  const binding = { group: R.pods.group, resource: 'pods/binding' };
  if (pod.metadata!.deletionTimestamp) throw conflict(binding, name, `pod ${name} is being deleted, cannot be assigned to a host`);
  if (pod.spec!.nodeName) throw conflict(binding, name, `pod ${name} is already assigned to node "${pod.spec!.nodeName}"`);
  const now = toRFC3339(nowMs);
  const conditions: PodCondition[] = [...(pod.status?.conditions ?? [])];
  const i = conditions.findIndex((c) => c.type === 'PodScheduled');
  const scheduled: PodCondition = { type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: now };
  if (i >= 0) {
    const { reason: _r, message: _m, ...rest } = conditions[i];
    conditions[i] = { ...rest, status: 'True', lastTransitionTime: conditions[i].status === 'True' ? conditions[i].lastTransitionTime : now };
  } else {
    conditions.push(scheduled);
  }
  return { ...stored, spec: { ...pod.spec, nodeName }, status: { ...pod.status, conditions } } as KubeObject;
}
