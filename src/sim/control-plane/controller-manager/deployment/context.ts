// What one sync of one Deployment works with: the api, its ReplicaSets and pods from the caches,
// and the shared actions (scale a ReplicaSet with its event). Strategies receive this.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { SyncKubeApi } from '../../../api/client';
import { R } from '../../../api/resources';
import type { Clock } from '../../../clock';
import type { K } from '../informer';
import type { RecordEvent } from '../events';
import { DESIRED_REPLICAS, MAX_REPLICAS, maxSurge, specReplicas } from './util';

export const SOURCE = { component: 'deployment-controller' };

export interface SyncContext {
  api: SyncKubeApi;
  clock: Clock;
  record: RecordEvent;
  d: K<Deployment>;
  /** every ReplicaSet this Deployment controls */
  rss: K<ReplicaSet>[];
  podsOf(rs: ReplicaSet): K<Pod>[];
  /** set when this sync created the new ReplicaSet: Progressing says NewReplicaSetCreated */
  progressNote?: { reason: string; message: string };
}

/** Scales one ReplicaSet and records ScalingReplicaSet (`Scaled up replica set web-7d4b9c8f5 from 0 to 3`). */
export function scaleReplicaSet(ctx: SyncContext, rs: K<ReplicaSet>, replicas: number): K<ReplicaSet> {
  const { d } = ctx;
  const from = specReplicas(rs);
  const desired = String(d.spec?.replicas ?? 1);
  const max = String((d.spec?.replicas ?? 1) + maxSurge(d));
  const ann = rs.metadata.annotations ?? {};
  if (from === replicas && ann[DESIRED_REPLICAS] === desired && ann[MAX_REPLICAS] === max) return rs;
  const next = { ...rs, metadata: { ...rs.metadata, annotations: { ...ann, [DESIRED_REPLICAS]: desired, [MAX_REPLICAS]: max } }, spec: { ...rs.spec!, replicas } };
  const out = ctx.api.update(R.replicasets, rs.metadata.namespace, next) as K<ReplicaSet>;
  if (from !== replicas) {
    const verb = replicas > from ? 'up' : 'down';
    ctx.record(d, 'Normal', 'ScalingReplicaSet', `Scaled ${verb} replica set ${rs.metadata.name} from ${from} to ${replicas}`, SOURCE);
  }
  replaceIn(ctx.rss, out);
  return out;
}

export function replaceIn(list: K<ReplicaSet>[], rs: K<ReplicaSet>): void {
  const i = list.findIndex((r) => r.metadata.uid === rs.metadata.uid);
  if (i >= 0) list[i] = rs;
  else list.push(rs);
}

/** oldest first, by creationTimestamp then name (controller.ReplicaSetsByCreationTimestamp) */
export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  const ta = a.metadata?.creationTimestamp ?? '';
  const tb = b.metadata?.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return (a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1;
}
