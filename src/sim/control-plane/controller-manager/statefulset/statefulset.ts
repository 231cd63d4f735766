// The StatefulSet controller: pods with stable names `<set>-0`, `<set>-1` … created in order (the
// next only once the previous is Running and Ready, with OrderedReady), one PersistentVolumeClaim per
// pod and volumeClaimTemplate (`<template>-<set>-<ordinal>`, kept when the pod goes), scaled down from
// the highest ordinal, and rolled to a new template in reverse ordinal order, one pod at a time.
// mirrors pkg/controller/statefulset/stateful_set_control.go (updateStatefulSet: monotonic creation,
// condemned pods, RollingUpdate with partition) and stateful_set_utils.go (newStatefulSetPod,
// getPersistentVolumeClaimName, the pod-name and pod-index labels)
import type { StatefulSet, StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim, Pod, Volume } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import { isStatusError } from '../../../api/status';
import type { Informer, K } from '../informer';
import { controllerUid, keyOf } from '../informer';
import { WorkQueue } from '../queue';
import { controllerRef, isPodAvailable, isPodReady, ownerRefFor } from '../pod-utils';
import type { ControllerDeps } from '../manager';
import { podTemplateHash } from '../deployment/util';
import { RevisionKeeper } from './history';

const SOURCE = { component: 'statefulset-controller' };
const HASH = 'controller-revision-hash';
const POD_NAME = 'statefulset.kubernetes.io/pod-name';
const POD_INDEX = 'apps.kubernetes.io/pod-index';

/** getOrdinal: the `<set>-<n>` suffix, -1 when the name is not the set's (no regex per pod: hot at scale) */
function ordinalOf(set: K<StatefulSet>, pod: K<Pod>): number {
  const name = pod.metadata.name ?? '';
  const prefix = `${set.metadata.name}-`;
  if (!name.startsWith(prefix) || name.length === prefix.length) return -1;
  const rest = name.slice(prefix.length);
  for (let i = 0; i < rest.length; i++) {
    const ch = rest.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
  }
  return Number(rest);
}

function running(p: K<Pod>): boolean {
  return p.status?.phase === 'Running' && !p.metadata.deletionTimestamp;
}

export class StatefulSetController {
  readonly sets: Informer<K<StatefulSet>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly queue: WorkQueue;
  /** ControllerRevisions: `kubectl rollout history|undo` read them */
  readonly history: RevisionKeeper;

  constructor(private readonly deps: ControllerDeps) {
    this.sets = deps.informers.for<K<StatefulSet>>(R.statefulsets);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pods.addIndex('controller', controllerUid);
    this.queue = new WorkQueue(deps.clock, 'statefulset', (key) => this.sync(key), 20);
    this.history = new RevisionKeeper(deps);
    this.sets.onEvent((type, s) => type !== 'DELETED' && this.queue.enqueue(keyOf(s)));
    this.pods.onEvent((_t, pod) => {
      const ref = controllerRef(pod);
      if (ref?.kind === 'StatefulSet') this.queue.enqueue(`${pod.metadata.namespace}/${ref.name}`);
    });
  }

  private claimName(set: K<StatefulSet>, template: string, ordinal: number): string {
    return `${template}-${set.metadata.name}-${ordinal}`;
  }

  /** newVersionedStatefulSetPod: the template plus identity (hostname, subdomain), labels and claims */
  private newPod(set: K<StatefulSet>, ordinal: number, hash: string): K<Pod> {
    const t = set.spec?.template ?? {};
    const name = `${set.metadata.name}-${ordinal}`;
    const spec = structuredClone(t.spec ?? { containers: [] });
    const claims: Volume[] = (set.spec?.volumeClaimTemplates ?? []).map((c) => ({ name: c.metadata?.name ?? '', persistentVolumeClaim: { claimName: this.claimName(set, c.metadata?.name ?? '', ordinal) } }));
    spec.volumes = [...(spec.volumes ?? []).filter((v) => !claims.some((c) => c.name === v.name)), ...claims];
    spec.hostname = name;
    if (set.spec?.serviceName) spec.subdomain = set.spec.serviceName;
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: set.metadata.namespace,
        labels: { ...(t.metadata?.labels ?? {}), [HASH]: `${set.metadata.name}-${hash}`, [POD_NAME]: name, [POD_INDEX]: String(ordinal) },
        ...(t.metadata?.annotations ? { annotations: t.metadata.annotations } : {}),
        ownerReferences: [ownerRefFor(set)],
      },
      spec,
    };
  }

  /** createPersistentVolumeClaims: each claim of the pod that does not exist yet */
  private ensureClaims(set: K<StatefulSet>, ordinal: number, podName: string): void {
    const { api, record } = this.deps;
    const ns = set.metadata.namespace!;
    for (const tpl of set.spec?.volumeClaimTemplates ?? []) {
      const name = this.claimName(set, tpl.metadata?.name ?? '', ordinal);
      try {
        api.get(R.persistentvolumeclaims, ns, name);
        continue;
      } catch {
        // not there yet
      }
      const claim: K<PersistentVolumeClaim> = {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name, namespace: ns, labels: { ...(set.spec?.selector?.matchLabels ?? {}), ...(tpl.metadata?.labels ?? {}) } },
        spec: structuredClone(tpl.spec ?? {}),
      } as K<PersistentVolumeClaim>;
      try {
        api.create(R.persistentvolumeclaims, ns, claim);
        record(set, 'Normal', 'SuccessfulCreate', `create Claim ${name} Pod ${podName} in StatefulSet ${set.metadata.name} success`, SOURCE);
      } catch (e) {
        record(set, 'Warning', 'FailedCreate', `create Claim ${name} for Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${isStatusError(e) ? e.message : String(e)}`, SOURCE);
        throw e;
      }
    }
  }

  private sync(key: string): void {
    const set = this.sets.get(key);
    if (!set || set.metadata.deletionTimestamp) return;
    const { api, record, clock } = this.deps;
    const ns = set.metadata.namespace!;
    const name = set.metadata.name!;
    const replicas = set.spec?.replicas ?? 1;
    const hash = podTemplateHash(set.spec?.template ?? {});
    const updateRevision = `${name}-${hash}`;
    const parallel = set.spec?.podManagementPolicy === 'Parallel';
    const pods = this.pods.byIndex('controller', set.metadata.uid!).filter((p) => ordinalOf(set, p) >= 0);
    const byOrdinal = new Map(pods.map((p) => [ordinalOf(set, p), p]));
    this.history.ensure(set, hash, new Set(pods.map((p) => p.metadata.labels?.[HASH] ?? '')));
    const done = () => this.updateStatus(set, this.pods.byIndex('controller', set.metadata.uid!), updateRevision, clock.now());

    // 1. create the missing pods of ordinals 0 … replicas-1, in order
    for (let i = 0; i < replicas; i++) {
      const p = byOrdinal.get(i);
      if (p) {
        if (p.status?.phase === 'Failed' || p.status?.phase === 'Succeeded') {
          // a pod that ended is replaced under the same name
          try {
            api.delete(R.pods, ns, p.metadata.name!);
            record(set, 'Normal', 'SuccessfulDelete', `delete Pod ${p.metadata.name} in StatefulSet ${name} successful`, SOURCE);
          } catch {
            // already going
          }
          return done();
        }
        if (!parallel && !(running(p) && isPodReady(p))) return done(); // OrderedReady: wait for it
        continue;
      }
      const pod = this.newPod(set, i, hash);
      try {
        this.ensureClaims(set, i, pod.metadata.name!);
        api.create(R.pods, ns, pod);
        record(set, 'Normal', 'SuccessfulCreate', `create Pod ${pod.metadata.name} in StatefulSet ${name} successful`, SOURCE);
      } catch (e) {
        if (!(isStatusError(e) && e.code === 409)) record(set, 'Warning', 'FailedCreate', `create Pod ${pod.metadata.name} in StatefulSet ${name} failed error: ${isStatusError(e) ? e.message : String(e)}`, SOURCE);
        return done();
      }
      if (!parallel) return done(); // one at a time
    }

    // 2. scale down: the highest ordinal first, one at a time (all at once with Parallel)
    const condemned = pods.filter((p) => ordinalOf(set, p) >= replicas).sort((a, b) => ordinalOf(set, b) - ordinalOf(set, a));
    for (const p of condemned) {
      if (p.metadata.deletionTimestamp) {
        if (!parallel) return done();
        continue;
      }
      api.delete(R.pods, ns, p.metadata.name!);
      record(set, 'Normal', 'SuccessfulDelete', `delete Pod ${p.metadata.name} in StatefulSet ${name} successful`, SOURCE);
      if (!parallel) return done();
    }

    // 3. RollingUpdate: the highest ordinal not yet on the update revision (at or above the partition),
    // once every pod is Running and Ready
    if ((set.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') {
      const partition = set.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
      const current = [...byOrdinal.entries()].filter(([i]) => i < replicas);
      if (current.every(([, p]) => running(p) && isPodReady(p))) {
        const stale = current.filter(([i, p]) => i >= partition && p.metadata.labels?.[HASH] !== updateRevision).sort((a, b) => b[0] - a[0])[0];
        if (stale) {
          api.delete(R.pods, ns, stale[1].metadata.name!);
          record(set, 'Normal', 'SuccessfulDelete', `delete Pod ${stale[1].metadata.name} in StatefulSet ${name} successful`, SOURCE);
        }
      }
    }
    return done();
  }

  private updateStatus(set: K<StatefulSet>, pods: K<Pod>[], updateRevision: string, now: number): void {
    const live = pods.filter((p) => !p.metadata.deletionTimestamp);
    const ready = live.filter((p) => running(p) && isPodReady(p));
    const updated = live.filter((p) => p.metadata.labels?.[HASH] === updateRevision);
    const currentRevision = updated.length === live.length ? updateRevision : (set.status?.currentRevision ?? updateRevision);
    const status: StatefulSetStatus = {
      observedGeneration: set.metadata.generation,
      replicas: live.length,
      readyReplicas: ready.length,
      currentReplicas: live.filter((p) => p.metadata.labels?.[HASH] === currentRevision).length,
      updatedReplicas: updated.length,
      availableReplicas: ready.filter((p) => isPodAvailable(p, set.spec?.minReadySeconds ?? 0, now)).length,
      currentRevision,
      updateRevision,
      collisionCount: set.status?.collisionCount ?? 0,
    };
    const old = set.status ?? {};
    if (JSON.stringify({ ...old }) === JSON.stringify(status)) return;
    try {
      this.deps.api.updateStatus(R.statefulsets, set.metadata.namespace, { ...set, status });
    } catch {
      this.queue.enqueue(keyOf(set), 100);
    }
  }
}
