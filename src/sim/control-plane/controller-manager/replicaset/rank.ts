// Which pods a ReplicaSet deletes first when it scales down: the least useful ones.
// mirrors pkg/controller/controller_utils.go (ActivePodsWithRanks.Less) and replica_set.go (getPodsToDelete)
import type { Pod } from 'kubernetes-types/core/v1';
import { fromRFC3339 } from '../../../clock';
import { isPodReady } from '../pod-utils';

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function readySince(p: Pod): number {
  const c = (p.status?.conditions ?? []).find((x) => x.type === 'Ready');
  return c?.lastTransitionTime ? fromRFC3339(c.lastTransitionTime) : 0;
}

function restarts(p: Pod): number {
  return Math.max(0, ...(p.status?.containerStatuses ?? []).map((c) => c.restartCount));
}

/**
 * Negative when `a` should go before `b`. `coLocated` counts, per node, the related active pods
 * there: pods doubled up on one node go first (the rank in upstream's ActivePodsWithRanks).
 */
export function compareForDeletion(a: Pod, b: Pod, coLocated: Map<string, number>): number {
  const an = a.spec?.nodeName ?? '';
  const bn = b.spec?.nodeName ?? '';
  if (!an !== !bn) return !an ? -1 : 1; // 1. unassigned first
  const pa = PHASE_RANK[a.status?.phase ?? 'Pending'] ?? 0;
  const pb = PHASE_RANK[b.status?.phase ?? 'Pending'] ?? 0;
  if (pa !== pb) return pa - pb; // 2. Pending < Unknown < Running
  const ra = isPodReady(a);
  const rb = isPodReady(b);
  if (ra !== rb) return ra ? 1 : -1; // 3. not ready first
  const ca = coLocated.get(an) ?? 0;
  const cb = coLocated.get(bn) ?? 0;
  if (ca !== cb) return cb - ca; // 4. more pods on the same node first
  if (ra && rb) {
    const sa = readySince(a);
    const sb = readySince(b);
    if (sa !== sb) return sb - sa; // 5. ready for less time first
  }
  const xa = restarts(a);
  const xb = restarts(b);
  if (xa !== xb) return xb - xa; // 6. more restarts first
  const ta = fromRFC3339(a.metadata?.creationTimestamp ?? '') || 0;
  const tb = fromRFC3339(b.metadata?.creationTimestamp ?? '') || 0;
  if (ta !== tb) return tb - ta; // 7. newer first
  return (a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1;
}

export function podsToDelete(pods: Pod[], related: Pod[], n: number): Pod[] {
  const coLocated = new Map<string, number>();
  for (const p of related) {
    const node = p.spec?.nodeName;
    if (node) coLocated.set(node, (coLocated.get(node) ?? 0) + 1);
  }
  return [...pods].sort((a, b) => compareForDeletion(a, b, coLocated)).slice(0, n);
}
