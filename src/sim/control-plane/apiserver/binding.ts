// The pods/binding subresource: assign a pod to a node.
// mirrors pkg/registry/core/pod/storage/storage.go (BindingREST.assignPod)
import type { KubeObject, Pod } from '../../api/types';
import { R } from '../../api/resources';
import { conflict } from '../../api/status';
import { toRFC3339 } from '../../clock';
import type { Mutable } from '../../api/meta';

/** The bound pod (a new object): spec.nodeName set and condition PodScheduled=True. */
export function bindPod(stored: KubeObject, nodeName: string, nowMs: number): KubeObject {
  const pod = structuredClone(stored) as unknown as Mutable<Pod>;
  const name = pod.metadata!.name!;
  const binding = { group: R.pods.group, resource: 'pods/binding' };
  if (pod.metadata!.deletionTimestamp) throw conflict(binding, name, `pod ${name} is being deleted, cannot be assigned to a host`);
  if (pod.spec!.nodeName) throw conflict(binding, name, `pod ${name} is already assigned to node "${pod.spec!.nodeName}"`);
  pod.spec!.nodeName = nodeName;
  const status = (pod.status = pod.status ?? {});
  const conditions = (status.conditions = status.conditions ?? []);
  const now = toRFC3339(nowMs);
  const existing = conditions.find((c) => c.type === 'PodScheduled');
  if (existing) {
    if (existing.status !== 'True') existing.lastTransitionTime = now;
    existing.status = 'True';
    delete existing.reason;
    delete existing.message;
  } else {
    conditions.push({ type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: now });
  }
  return pod as unknown as KubeObject;
}
