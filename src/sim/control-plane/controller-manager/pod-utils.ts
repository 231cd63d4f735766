// Pod predicates the controllers share. mirrors pkg/controller/controller_utils.go and pkg/api/v1/pod/util.go
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject, OwnerReference } from '../../api/types';
import { fromRFC3339 } from '../../clock';

export function isPodActive(p: Pod): boolean {
  const phase = p.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !p.metadata?.deletionTimestamp;
}

export function isPodReady(p: Pod): boolean {
  const conditions = p.status?.conditions;
  if (conditions) for (const c of conditions) if (c.type === 'Ready') return c.status === 'True';
  return false;
}

/** Ready for at least minReadySeconds at `now` (ms). */
export function isPodAvailable(p: Pod, minReadySeconds: number, now: number): boolean {
  const c = (p.status?.conditions ?? []).find((x) => x.type === 'Ready');
  if (c?.status !== 'True') return false;
  if (!minReadySeconds) return true;
  const since = c.lastTransitionTime ? fromRFC3339(c.lastTransitionTime) : now;
  return since + minReadySeconds * 1000 <= now;
}

export function controllerRef(o: KubeObject | { metadata?: { ownerReferences?: OwnerReference[] } }): OwnerReference | undefined {
  return (o.metadata?.ownerReferences ?? []).find((r) => r.controller);
}

export function ownerRefFor(owner: KubeObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

export function labelsMatch(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  for (const k in selector) if (labels?.[k] !== selector[k]) return false;
  return true;
}
