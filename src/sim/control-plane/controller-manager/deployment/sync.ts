// Finding or creating the new ReplicaSet, revisions, proportional scaling, status and history cleanup.
// mirrors pkg/controller/deployment/sync.go and progress.go
import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet } from 'kubernetes-types/apps/v1';
import { R } from '../../../api/resources';
import { isStatusError } from '../../../api/status';
import { fromRFC3339 } from '../../../clock';
import type { K } from '../informer';
import { ownerRefFor } from '../pod-utils';
import { byCreation, replaceIn, scaleReplicaSet, SOURCE, type SyncContext } from './context';
import {
  DESIRED_REPLICAS, HASH_LABEL, MAX_REPLICAS, REVISION, REVISION_HISTORY,
  deploymentComplete, equalIgnoreHash, maxSurge, maxUnavailable, newRSNewReplicas, podTemplateHash, revisionOf, specReplicas, sumSpec, sumStatus,
} from './util';

export interface Split {
  newRS: K<ReplicaSet> | undefined;
  oldRSs: K<ReplicaSet>[];
}

export function split(ctx: SyncContext): Split {
  const sorted = [...ctx.rss].sort(byCreation);
  const newRS = sorted.find((rs) => equalIgnoreHash(rs.spec?.template, ctx.d.spec?.template));
  return { newRS, oldRSs: sorted.filter((rs) => rs !== newRS) };
}

/** getAllReplicaSetsAndSyncRevision: the new RS (created when asked) with its revision annotations. */
export function getNewReplicaSet(ctx: SyncContext, create: boolean): Split {
  const { newRS, oldRSs } = split(ctx);
  const { d, api } = ctx;
  const maxOld = Math.max(0, ...oldRSs.map(revisionOf));
  const newRevision = String(maxOld + 1);
  if (newRS) {
    const current = newRS.metadata.annotations?.[REVISION];
    if (current !== undefined && Number(current) >= Number(newRevision)) {
      syncDeploymentRevision(ctx, current);
      return { newRS, oldRSs };
    }
    const ann: Record<string, string> = { ...(newRS.metadata.annotations ?? {}), [REVISION]: newRevision };
    if (current) ann[REVISION_HISTORY] = [ann[REVISION_HISTORY], current].filter(Boolean).join(',');
    const updated = api.update(R.replicasets, newRS.metadata.namespace, { ...newRS, metadata: { ...newRS.metadata, annotations: ann } }) as K<ReplicaSet>;
    replaceIn(ctx.rss, updated);
    syncDeploymentRevision(ctx, newRevision);
    return { newRS: updated, oldRSs };
  }
  if (!create) return { newRS: undefined, oldRSs };
  const collision = d.status?.collisionCount;
  const hash = podTemplateHash(d.spec?.template, collision);
  const template = structuredClone(d.spec?.template ?? {});
  template.metadata = { ...template.metadata, labels: { ...(template.metadata?.labels ?? {}), [HASH_LABEL]: hash } };
  const selector = structuredClone(d.spec?.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [HASH_LABEL]: hash };
  const rs: K<ReplicaSet> = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: template.metadata.labels,
      annotations: { ...copyAnnotations(d), [REVISION]: newRevision, [DESIRED_REPLICAS]: String(d.spec?.replicas ?? 1), [MAX_REPLICAS]: String((d.spec?.replicas ?? 1) + maxSurge(d)) },
      ownerReferences: [ownerRefFor(d)],
    },
    spec: { replicas: 0, minReadySeconds: d.spec?.minReadySeconds ?? 0, selector, template },
  };
  const all = [...oldRSs, rs];
  rs.spec!.replicas = newRSNewReplicas(d, all, rs);
  let created: K<ReplicaSet>;
  try {
    created = api.create(R.replicasets, d.metadata.namespace, rs) as K<ReplicaSet>;
  } catch (e) {
    if (isStatusError(e) && e.code === 409) {
      // a different template already owns the name: bump collisionCount and retry next sync
      api.updateStatus(R.deployments, d.metadata.namespace, { ...d, status: { ...d.status, collisionCount: (collision ?? 0) + 1 } });
    }
    throw e;
  }
  ctx.rss.push(created);
  if (specReplicas(created) > 0) ctx.record(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${specReplicas(created)}`, SOURCE);
  syncDeploymentRevision(ctx, newRevision);
  ctx.progressNote = { reason: 'NewReplicaSetCreated', message: `Created new replica set "${created.metadata.name}"` };
  return { newRS: created, oldRSs };
}

function copyAnnotations(d: Deployment): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) {
    if (k === REVISION || k === REVISION_HISTORY || k === 'kubectl.kubernetes.io/last-applied-configuration') continue;
    out[k] = v;
  }
  return out;
}

function syncDeploymentRevision(ctx: SyncContext, revision: string): void {
  const { d, api } = ctx;
  if (d.metadata.annotations?.[REVISION] === revision) return;
  // through the status endpoint, as upstream: an annotation change by update would bump the generation
  ctx.d = api.updateStatus(R.deployments, d.metadata.namespace, { ...d, metadata: { ...d.metadata, annotations: { ...(d.metadata.annotations ?? {}), [REVISION]: revision } } }) as K<Deployment>;
}

/** A replicas change without a template change: spread the difference over the active ReplicaSets. */
export function isScalingEvent(ctx: SyncContext): boolean {
  const want = String(ctx.d.spec?.replicas ?? 1);
  return ctx.rss.some((rs) => specReplicas(rs) > 0 && rs.metadata.annotations?.[DESIRED_REPLICAS] !== undefined && rs.metadata.annotations[DESIRED_REPLICAS] !== want);
}

export function scale(ctx: SyncContext, s: Split): void {
  const { d } = ctx;
  const replicas = d.spec?.replicas ?? 1;
  const active = [...(s.newRS ? [s.newRS] : []), ...s.oldRSs].filter((rs) => specReplicas(rs) > 0);
  if (active.length <= 1) {
    const target = active[0] ?? s.newRS;
    if (target) scaleReplicaSet(ctx, target, replicas);
    return;
  }
  // proportional scaling (sync.go scale): allowed = replicas + maxSurge, shared out in proportion to
  // what each ReplicaSet held of the size before (its max-replicas annotation)
  const allowed = replicas + maxSurge(d);
  const toAdd = allowed - sumSpec(active);
  // larger first; on equal sizes the newer first when adding, the older first when removing
  const order = [...active].sort((a, b) => specReplicas(b) - specReplicas(a) || (toAdd >= 0 ? byCreation(b, a) : byCreation(a, b)));
  let added = 0;
  const sizes = order.map((rs) => {
    const p = proportion(d, rs, toAdd, added);
    added += p;
    return specReplicas(rs) + p;
  });
  // leftovers go to the largest; with nothing to add the sizes stay, but every ReplicaSet still gets
  // the new desired-replicas annotation, or the next sync would see a scaling event again
  sizes[0] = Math.max(0, sizes[0] + toAdd - added);
  order.forEach((rs, i) => scaleReplicaSet(ctx, rs, sizes[i]));
}

/** deployment/util GetReplicaSetProportion and getReplicaSetFraction */
function proportion(d: K<Deployment>, rs: K<ReplicaSet>, toAdd: number, added: number): number {
  const spec = specReplicas(rs);
  if (spec === 0 || toAdd === 0 || toAdd === added) return 0;
  let fraction: number;
  if ((d.spec?.replicas ?? 1) === 0) fraction = -spec;
  else {
    const maxNow = (d.spec?.replicas ?? 1) + maxSurge(d);
    let before = Number(rs.metadata.annotations?.[MAX_REPLICAS] ?? 0) || 0;
    if (before === 0) before = d.status?.replicas || 1;
    const size = (spec * maxNow) / before;
    fraction = Math.sign(size) * Math.round(Math.abs(size)) - spec; // math.Round: halves away from zero
  }
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

function setCondition(conds: DeploymentCondition[], c: DeploymentCondition, now: string): DeploymentCondition[] {
  const old = conds.find((x) => x.type === c.type);
  if (old && old.status === c.status && old.reason === c.reason && old.message === c.message) return conds;
  const lastTransitionTime = old && old.status === c.status ? old.lastTransitionTime : now;
  return [...conds.filter((x) => x.type !== c.type), { ...c, lastUpdateTime: now, lastTransitionTime }];
}

/** calculateStatus + syncRolloutStatus: counts, Available and Progressing. Returns requeue ms, if any. */
export function syncStatus(ctx: SyncContext, s: Split): number | undefined {
  const { d, api, clock } = ctx;
  const all = [...(s.newRS ? [s.newRS] : []), ...s.oldRSs];
  const replicas = d.spec?.replicas ?? 1;
  const available = sumStatus(all, 'availableReplicas');
  const now = clock.nowRFC3339();
  const status: DeploymentStatus = {
    ...(d.status?.collisionCount !== undefined ? { collisionCount: d.status.collisionCount } : {}),
    observedGeneration: d.metadata.generation,
    replicas: sumStatus(all, 'replicas'),
    updatedReplicas: s.newRS?.status?.replicas ?? 0,
    readyReplicas: sumStatus(all, 'readyReplicas'),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, sumSpec(all) - available),
  };
  let conds = [...(d.status?.conditions ?? [])];
  conds = available >= replicas - maxUnavailable(d)
    ? setCondition(conds, { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }, now)
    : setCondition(conds, { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' }, now);
  const name = s.newRS?.metadata.name ?? '';
  let requeue: number | undefined;
  const deadline = (d.spec?.progressDeadlineSeconds ?? 600) * 1000;
  const prog = conds.find((c) => c.type === 'Progressing');
  if (deploymentComplete(d, status)) {
    conds = setCondition(conds, { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${name}" has successfully progressed.` }, now);
  } else if (ctx.progressNote) {
    conds = setCondition(conds, { type: 'Progressing', status: 'True', ...ctx.progressNote }, now);
    requeue = deadline;
  } else if (progressed(d.status, status) || !prog) {
    const c = { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "${name}" is progressing.` };
    conds = prog && prog.reason === c.reason ? conds.map((x) => (x.type === 'Progressing' ? { ...x, lastUpdateTime: now } : x)) : setCondition(conds, c, now);
    requeue = deadline;
  } else if (prog && prog.reason !== 'ProgressDeadlineExceeded' && prog.reason !== 'NewReplicaSetAvailable' && prog.lastUpdateTime && clock.now() - fromRFC3339(prog.lastUpdateTime) >= deadline) {
    conds = setCondition(conds, { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${name}" has timed out progressing.` }, now);
  } else requeue = deadline;
  // GetReplicaFailures: a ReplicaSet's ReplicaFailure (quota, limit range…) shows on the Deployment, the new one's first
  const failure = [s.newRS, ...s.oldRSs].flatMap((rs) => ((rs?.status?.conditions ?? []) as DeploymentCondition[]).filter((c) => c.type === 'ReplicaFailure'))[0];
  if (failure) conds = setCondition(conds, { type: 'ReplicaFailure', status: failure.status, reason: failure.reason, message: failure.message }, now);
  else conds = conds.filter((c) => c.type !== 'ReplicaFailure');
  status.conditions = conds;
  ctx.d = api.updateStatus(R.deployments, d.metadata.namespace, { ...d, status }) as K<Deployment>;
  return requeue;
}

/** DeploymentProgressing: more updated, ready or available pods, or fewer old ones, than last time */
function progressed(prev: DeploymentStatus | undefined, next: DeploymentStatus): boolean {
  if (!prev) return true;
  const oldOld = (prev.replicas ?? 0) - (prev.updatedReplicas ?? 0);
  const newOld = (next.replicas ?? 0) - (next.updatedReplicas ?? 0);
  return (next.updatedReplicas ?? 0) > (prev.updatedReplicas ?? 0) || newOld < oldOld || (next.readyReplicas ?? 0) > (prev.readyReplicas ?? 0) || (next.availableReplicas ?? 0) > (prev.availableReplicas ?? 0);
}

/** cleanupDeployment: delete the oldest unused ReplicaSets beyond revisionHistoryLimit. */
export function cleanup(ctx: SyncContext, oldRSs: K<ReplicaSet>[]): void {
  const limit = ctx.d.spec?.revisionHistoryLimit ?? 10;
  const deletable = oldRSs
    .filter((rs) => specReplicas(rs) === 0 && (rs.status?.replicas ?? 0) === 0 && (rs.status?.observedGeneration ?? 0) >= (rs.metadata.generation ?? 0) && !rs.metadata.deletionTimestamp)
    .sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
  const excess = oldRSs.length - limit;
  for (const rs of deletable.slice(0, Math.max(0, excess))) {
    try {
      ctx.api.delete(R.replicasets, rs.metadata.namespace, rs.metadata.name!);
    } catch {
      // already gone
    }
  }
}
