// Which pods a ReplicaSet deletes first when it scales down: the least useful ones.
// mirrors pkg/controller/controller_utils.go (ActivePodsWithRanks.Less) and replica_set.go (getPodsToDelete)
import type { Pod } from 'kubernetes-types/core/v1';
import { fromRFC3339 } from '../../../clock';
import { isPodReady } from '../pod-utils';

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function readySince(p: Pod): number {
  for (const c of p.status?.conditions ?? []) if (c.type === 'Ready') return c.lastTransitionTime ? fromRFC3339(c.lastTransitionTime) : 0;
  return 0;
}

function restarts(p: Pod): number {
  let max = 0;
  for (const c of p.status?.containerStatuses ?? []) if (c.restartCount > max) max = c.restartCount;
  return max;
}

/** what the comparison looks at, worked out once per pod rather than once per comparison */
interface Rank {
  pod: Pod;
  assigned: boolean;
  phase: number;
  ready: boolean;
  coLocated: number;
  readySince: number;
  restarts: number;
  created: number;
  name: string;
}

function rankOf(p: Pod, coLocated: Map<string, number>): Rank {
  const node = p.spec?.nodeName ?? '';
  const ready = isPodReady(p);
  return {
    pod: p,
    assigned: node !== '',
    phase: PHASE_RANK[p.status?.phase ?? 'Pending'] ?? 0,
    ready,
    coLocated: coLocated.get(node) ?? 0,
    readySince: ready ? readySince(p) : 0,
    restarts: restarts(p),
    created: fromRFC3339(p.metadata?.creationTimestamp ?? '') || 0,
    name: p.metadata?.name ?? '',
  };
}

function compareRanks(a: Rank, b: Rank): number {
  if (a.assigned !== b.assigned) return a.assigned ? 1 : -1; // 1. unassigned first
  if (a.phase !== b.phase) return a.phase - b.phase; // 2. Pending < Unknown < Running
  if (a.ready !== b.ready) return a.ready ? 1 : -1; // 3. not ready first
  if (a.coLocated !== b.coLocated) return b.coLocated - a.coLocated; // 4. more pods on the same node first
  if (a.ready && b.ready && a.readySince !== b.readySince) return b.readySince - a.readySince; // 5. ready for less time first
  if (a.restarts !== b.restarts) return b.restarts - a.restarts; // 6. more restarts first
  if (a.created !== b.created) return b.created - a.created; // 7. newer first
  return a.name < b.name ? -1 : 1;
}

/**
 * Negative when `a` should go before `b`. `coLocated` counts, per node, the related active pods
 * there: pods doubled up on one node go first (the rank in upstream's ActivePodsWithRanks).
 */
export function compareForDeletion(a: Pod, b: Pod, coLocated: Map<string, number>): number {
  return compareRanks(rankOf(a, coLocated), rankOf(b, coLocated));
}

export function podsToDelete(pods: Pod[], related: Pod[], n: number): Pod[] {
  const coLocated = new Map<string, number>();
  for (const p of related) {
    const node = p.spec?.nodeName;
    if (node) coLocated.set(node, (coLocated.get(node) ?? 0) + 1);
  }
  const ranks = pods.map((p) => rankOf(p, coLocated));
  if (n * 8 >= ranks.length) return ranks.sort(compareRanks).slice(0, n).map((r) => r.pod);
  return smallest(ranks, n).map((r) => r.pod);
}

/** the `n` first ranks in order, kept in a max-heap while scanning (a scale-down by a few of thousands) */
function smallest(ranks: Rank[], n: number): Rank[] {
  if (n <= 0) return [];
  const heap: Rank[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (compareRanks(heap[i], heap[p]) <= 0) return;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && compareRanks(heap[l], heap[top]) > 0) top = l;
      if (r < heap.length && compareRanks(heap[r], heap[top]) > 0) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  };
  for (const r of ranks) {
    if (heap.length < n) {
      heap.push(r);
      up(heap.length - 1);
    } else if (compareRanks(r, heap[0]) < 0) {
      heap[0] = r;
      down(0);
    }
  }
  return heap.sort(compareRanks);
}
