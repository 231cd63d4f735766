// The Deployment controller: one sync per Deployment key, dispatching to the strategy.
// mirrors pkg/controller/deployment/deployment_controller.go (syncDeployment)
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import type { Informer, K } from '../informer';
import { controllerUid, keyOf } from '../informer';
import { WorkQueue, type SyncResult } from '../queue';
import { controllerRef } from '../pod-utils';
import type { ControllerDeps } from '../manager';
import type { SyncContext } from './context';
import { rolloutRolling } from './rolling';
import { rolloutRecreate } from './recreate';
import { getNewReplicaSet, isScalingEvent, scale, syncStatus } from './sync';

export class DeploymentController {
  readonly deployments: Informer<K<Deployment>>;
  private readonly rss: Informer<K<ReplicaSet>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.deployments = deps.informers.for<K<Deployment>>(R.deployments);
    this.rss = deps.informers.for<K<ReplicaSet>>(R.replicasets);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.rss.addIndex('controller', controllerUid);
    this.pods.addIndex('controller', controllerUid);
    this.queue = new WorkQueue(deps.clock, 'deployment', (key) => this.sync(key), 20);
    this.deployments.onEvent((type, d) => type !== 'DELETED' && this.queue.enqueue(keyOf(d)));
    this.rss.onEvent((_t, rs, old) => {
      for (const r of [rs, old]) {
        const ref = r && controllerRef(r);
        if (ref?.kind === 'Deployment') this.queue.enqueue(`${r!.metadata.namespace}/${ref.name}`);
      }
    });
    // Recreate waits for old pods to go: their deletion wakes the Deployment up
    this.pods.onEvent((type, pod) => {
      if (type !== 'DELETED') return;
      const rsRef = controllerRef(pod);
      const rs = rsRef?.kind === 'ReplicaSet' ? this.rss.get(`${pod.metadata.namespace}/${rsRef.name}`) : undefined;
      const dRef = rs && controllerRef(rs);
      if (dRef?.kind === 'Deployment') this.queue.enqueue(`${pod.metadata.namespace}/${dRef.name}`);
    });
  }

  private sync(key: string): SyncResult | void {
    const d = this.deployments.get(key);
    if (!d) return;
    const ctx: SyncContext = {
      api: this.deps.api,
      clock: this.deps.clock,
      record: this.deps.record,
      d,
      rss: this.rss.byIndex('controller', d.metadata.uid!),
      podsOf: (rs) => this.pods.byIndex('controller', rs.metadata?.uid ?? ''),
    };
    try {
      let requeue: number | undefined;
      if (d.metadata.deletionTimestamp) requeue = syncStatus(ctx, getNewReplicaSet(ctx, false));
      else if (d.spec?.paused) {
        const s = getNewReplicaSet(ctx, false);
        if (isScalingEvent(ctx)) scale(ctx, s);
        requeue = syncStatus(ctx, getNewReplicaSet(ctx, false));
      } else if (isScalingEvent(ctx)) {
        scale(ctx, getNewReplicaSet(ctx, true));
        requeue = syncStatus(ctx, getNewReplicaSet(ctx, false));
      } else if (d.spec?.strategy?.type === 'Recreate') requeue = rolloutRecreate(ctx);
      else requeue = rolloutRolling(ctx);
      return requeue !== undefined ? { requeueAfter: requeue } : undefined;
    } catch {
      return { requeueAfter: 1000 }; // a conflict: the caches have moved on, try again
    }
  }
}
