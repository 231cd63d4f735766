// RollingUpdate: grow the new ReplicaSet within maxSurge, shrink old ones within maxUnavailable.
// mirrors pkg/controller/deployment/rolling.go
//
// Worked (reference §1): 10 replicas, maxSurge 3, maxUnavailable 2, all 10 pods in the old RS.
// Pass 1: the new RS goes 0 → 3 (13 pods, the surge cap). Pass 2: minAvailable = 8, the old RS has 10
// available, so it goes 10 → 8. When the 3 new pods are available, the new RS grows to 5, and so on.
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { K } from '../informer';
import { byCreation, scaleReplicaSet, type SyncContext } from './context';
import { cleanup, getNewReplicaSet, syncStatus } from './sync';
import { deploymentComplete, maxUnavailable, newRSNewReplicas, specReplicas, sumSpec, sumStatus } from './util';

export function rolloutRolling(ctx: SyncContext): number | undefined {
  const s = getNewReplicaSet(ctx, true);
  const newRS = s.newRS!;
  if (reconcileNewReplicaSet(ctx, [newRS, ...s.oldRSs], newRS)) return syncStatus(ctx, getNewReplicaSet(ctx, false));
  const active = s.oldRSs.filter((rs) => specReplicas(rs) > 0);
  if (reconcileOldReplicaSets(ctx, active, ctx.rss.find((r) => r.metadata.uid === newRS.metadata.uid) ?? newRS)) return syncStatus(ctx, getNewReplicaSet(ctx, false));
  const current = getNewReplicaSet(ctx, false);
  const requeue = syncStatus(ctx, current);
  if (deploymentComplete(ctx.d, ctx.d.status ?? {})) cleanup(ctx, current.oldRSs);
  return requeue;
}

function reconcileNewReplicaSet(ctx: SyncContext, all: K<ReplicaSet>[], newRS: K<ReplicaSet>): boolean {
  const replicas = ctx.d.spec?.replicas ?? 1;
  if (specReplicas(newRS) === replicas) return false;
  if (specReplicas(newRS) > replicas) {
    scaleReplicaSet(ctx, newRS, replicas);
    return true;
  }
  const want = newRSNewReplicas(ctx.d, all, newRS);
  if (want === specReplicas(newRS)) return false;
  scaleReplicaSet(ctx, newRS, want);
  return true;
}

function reconcileOldReplicaSets(ctx: SyncContext, oldRSs: K<ReplicaSet>[], newRS: K<ReplicaSet>): boolean {
  if (sumSpec(oldRSs) === 0) return false;
  const all = [newRS, ...oldRSs];
  const replicas = ctx.d.spec?.replicas ?? 1;
  const minAvailable = replicas - maxUnavailable(ctx.d);
  const newUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = sumSpec(all) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(ctx, oldRSs, maxScaledDown);
  const current = oldRSs.map((rs) => ctx.rss.find((r) => r.metadata.uid === rs.metadata.uid) ?? rs);
  const scaledDown = scaleDownOldForRollingUpdate(ctx, [newRS, ...current], current);
  return cleaned + scaledDown > 0;
}

/** Old ReplicaSets' unavailable pods go first: they serve no one. */
function cleanupUnhealthyReplicas(ctx: SyncContext, oldRSs: K<ReplicaSet>[], maxCleanup: number): number {
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= maxCleanup) break;
    const spec = specReplicas(rs);
    const avail = rs.status?.availableReplicas ?? 0;
    if (spec === 0 || spec === avail) continue;
    const down = Math.min(maxCleanup - total, spec - avail);
    scaleReplicaSet(ctx, rs, spec - down);
    total += down;
  }
  return total;
}

function scaleDownOldForRollingUpdate(ctx: SyncContext, all: K<ReplicaSet>[], oldRSs: K<ReplicaSet>[]): number {
  const minAvailable = (ctx.d.spec?.replicas ?? 1) - maxUnavailable(ctx.d);
  const available = sumStatus(all, 'availableReplicas');
  if (available <= minAvailable) return 0;
  const budget = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= budget) break;
    const spec = specReplicas(rs);
    if (spec === 0) continue;
    const down = Math.min(spec, budget - total);
    scaleReplicaSet(ctx, rs, spec - down);
    total += down;
  }
  return total;
}
