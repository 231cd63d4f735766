// Recreate: scale every old ReplicaSet to 0, wait until their pods are gone, then scale up the new one.
// mirrors pkg/controller/deployment/recreate.go
import { scaleReplicaSet, type SyncContext } from './context';
import { cleanup, getNewReplicaSet, syncStatus } from './sync';
import { deploymentComplete, specReplicas } from './util';

export function rolloutRecreate(ctx: SyncContext): number | undefined {
  let s = getNewReplicaSet(ctx, false);
  let scaledDown = false;
  for (const rs of s.oldRSs) {
    if (specReplicas(rs) > 0) {
      scaleReplicaSet(ctx, rs, 0);
      scaledDown = true;
    }
  }
  if (scaledDown) return syncStatus(ctx, getNewReplicaSet(ctx, false));
  // oldPodsRunning: any pod of an old ReplicaSet that is not yet terminal or gone
  const running = s.oldRSs.some((rs) => ctx.podsOf(rs).some((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed'));
  if (running) return syncStatus(ctx, s);
  if (!s.newRS) s = getNewReplicaSet(ctx, true);
  if (s.newRS && specReplicas(s.newRS) !== (ctx.d.spec?.replicas ?? 1)) scaleReplicaSet(ctx, s.newRS, ctx.d.spec?.replicas ?? 1);
  const current = getNewReplicaSet(ctx, false);
  const requeue = syncStatus(ctx, current);
  if (deploymentComplete(ctx.d, ctx.d.status ?? {})) cleanup(ctx, current.oldRSs);
  return requeue;
}
