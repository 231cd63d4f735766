// The ReplicaSet controller: keeps spec.replicas active pods that it controls, creating pods from
// the template (generateName `<rs>-`) or deleting the least useful ones, and reports status.
// mirrors pkg/controller/replicaset/replica_set.go (syncReplicaSet, manageReplicas) and replica_set_utils.go
import type { Pod } from 'kubernetes-types/core/v1';
import type { ReplicaSet, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { Clock } from '../../../clock';
import type { SyncKubeApi } from '../../../api/client';
import { R } from '../../../api/resources';
import { isStatusError } from '../../../api/status';
import type { InformerFactory, Informer, K } from '../informer';
import { controllerUid, keyOf } from '../informer';
import { WorkQueue, type SyncResult } from '../queue';
import type { RecordEvent } from '../events';
import { isPodActive, isPodAvailable, isPodReady, labelsMatch, ownerRefFor, controllerRef } from '../pod-utils';
import { podsToDelete } from './rank';

const SOURCE = { component: 'replicaset-controller' };
/** upstream's burstReplicas: at most this many creates or deletes per sync */
const BURST = 500;

export class ReplicaSetController {
  readonly rss: Informer<K<ReplicaSet>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: { api: SyncKubeApi; clock: Clock; informers: InformerFactory; record: RecordEvent }) {
    this.rss = deps.informers.for<K<ReplicaSet>>(R.replicasets);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pods.addIndex('controller', controllerUid);
    this.rss.addIndex('uid', (o) => [o.metadata.uid!]);
    this.queue = new WorkQueue(deps.clock, 'replicaset', (key) => this.sync(key), 15);
    // its own status writes need no new sync: only a new spec (generation) or a deletion does
    this.rss.onEvent((type, rs, old) => {
      if (type === 'DELETED') return;
      if (!old || old.metadata.generation !== rs.metadata.generation || old.metadata.deletionTimestamp !== rs.metadata.deletionTimestamp) this.queue.enqueue(keyOf(rs));
    });
    this.pods.onEvent((_type, pod, old) => {
      for (const p of [pod, old]) {
        const ref = p && controllerRef(p);
        // big ReplicaSets batch their pod events: a sync reads every pod (15ms + 1ms per 50 pods)
        if (ref?.kind === 'ReplicaSet') this.queue.enqueue(`${p!.metadata.namespace}/${ref.name}`, 15 + Math.floor(this.pods.countByIndex('controller', ref.uid) / 50));
      }
    });
  }

  private sync(key: string): SyncResult | void {
    const rs = this.rss.get(key);
    if (!rs) return;
    const { api, clock, record } = this.deps;
    const uid = rs.metadata.uid!;
    const owned = this.pods.byIndex('controller', uid);
    const active = owned.filter(isPodActive);
    const ns = rs.metadata.namespace!;
    let createFailure: string | undefined;
    if (!rs.metadata.deletionTimestamp) {
      const want = rs.spec?.replicas ?? 1;
      const diff = active.length - want;
      if (diff < 0) {
        for (let i = 0; i < Math.min(-diff, BURST); i++) {
          try {
            const pod = api.create(R.pods, ns, this.podFromTemplate(rs));
            record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, SOURCE);
          } catch (e) {
            createFailure = isStatusError(e) ? e.message : String(e);
            record(rs, 'Warning', 'FailedCreate', `Error creating: ${createFailure}`, SOURCE);
            break;
          }
        }
      } else if (diff > 0) {
        const related = this.relatedPods(rs);
        for (const pod of podsToDelete(active, related, Math.min(diff, BURST))) {
          try {
            api.delete(R.pods, ns, pod.metadata!.name!);
            record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata!.name}`, SOURCE);
          } catch {
            // already gone
          }
        }
      }
    }
    return this.updateStatus(rs, active, clock.now(), createFailure);
  }

  /** Pods of ReplicaSets with the same controlling owner (a Deployment's other revisions) */
  private relatedPods(rs: K<ReplicaSet>): Pod[] {
    const owner = controllerRef(rs);
    if (!owner) return this.pods.byIndex('controller', rs.metadata.uid!).filter(isPodActive);
    return this.rss
      .list()
      .filter((r) => r.metadata.namespace === rs.metadata.namespace && controllerRef(r)?.uid === owner.uid)
      .flatMap((r) => this.pods.byIndex('controller', r.metadata.uid!).filter(isPodActive));
  }

  private podFromTemplate(rs: K<ReplicaSet>): K<Pod> {
    const t = rs.spec?.template ?? {};
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${rs.metadata.name}-`,
        namespace: rs.metadata.namespace,
        labels: { ...(t.metadata?.labels ?? {}) },
        ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
        ownerReferences: [ownerRefFor(rs)],
      },
      spec: t.spec ?? { containers: [] }, // create() makes its own copy
    };
  }

  private updateStatus(rs: K<ReplicaSet>, active: K<Pod>[], now: number, failure: string | undefined): SyncResult | void {
    const minReady = rs.spec?.minReadySeconds ?? 0;
    const templateLabels = rs.spec?.template?.metadata?.labels;
    // one pass: this runs over every pod of the set on each sync (10,000 of them in the benchmark)
    let ready = 0;
    let available = 0;
    let fullyLabeled = 0;
    for (const p of active) {
      if (labelsMatch(templateLabels, p.metadata.labels)) fullyLabeled++;
      if (!isPodReady(p)) continue;
      ready++;
      if (isPodAvailable(p, minReady, now)) available++;
    }
    const status: ReplicaSetStatus = {
      replicas: active.length,
      fullyLabeledReplicas: fullyLabeled,
      readyReplicas: ready,
      availableReplicas: available,
      observedGeneration: rs.metadata.generation,
      ...(failure ? { conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: failure, lastTransitionTime: this.deps.clock.nowRFC3339() }] } : {}),
    };
    try {
      this.deps.api.updateStatus(R.replicasets, rs.metadata.namespace, { ...rs, status });
    } catch {
      return { requeueAfter: 100 };
    }
    // pods that are ready but not yet available need another look when minReadySeconds passes
    if (ready > available) return { requeueAfter: minReady * 1000 };
  }
}
