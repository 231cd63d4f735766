// The PVC protection controller: a claim being deleted keeps its kubernetes.io/pvc-protection
// finalizer (and shows Terminating) while a pod that is not finished still uses it; then the
// finalizer goes and the claim with it.
// mirrors pkg/controller/volume/pvcprotection/pvc_protection_controller.go (processPVC, isBeingUsed)
import type { PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import type { Informer, K } from '../informer';
import { keyOf, splitKey } from '../informer';
import { WorkQueue } from '../queue';
import type { ControllerDeps } from '../manager';

const FINALIZER = 'kubernetes.io/pvc-protection';

function claimKeys(pod: K<Pod>): string[] {
  return (pod.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim?.claimName ? [`${pod.metadata.namespace}/${v.persistentVolumeClaim.claimName}`] : []));
}

export class PvcProtectionController {
  private readonly claims: Informer<K<PersistentVolumeClaim>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.claims = deps.informers.for<K<PersistentVolumeClaim>>(R.persistentvolumeclaims);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pods.addIndex('pvc-protection-claim', claimKeys);
    this.queue = new WorkQueue(deps.clock, 'pvc-protection', (key) => this.sync(key), 20);
    this.claims.onEvent((type, c) => type !== 'DELETED' && c.metadata.deletionTimestamp && this.queue.enqueue(keyOf(c)));
    // a pod that ends or goes may free the claims it used
    this.pods.onEvent((type, pod) => {
      const ended = type === 'DELETED' || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
      if (ended) for (const k of claimKeys(pod)) this.queue.enqueue(k);
    });
  }

  private sync(key: string): void {
    const c = this.claims.get(key);
    if (!c?.metadata.deletionTimestamp || !(c.metadata.finalizers ?? []).includes(FINALIZER)) return;
    const inUse = this.pods.byIndex('pvc-protection-claim', key).some((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
    if (inUse) return;
    const { namespace } = splitKey(key);
    try {
      this.deps.api.update(R.persistentvolumeclaims, namespace, { ...c, metadata: { ...c.metadata, finalizers: (c.metadata.finalizers ?? []).filter((f) => f !== FINALIZER) } });
    } catch {
      this.queue.enqueue(key, 1000);
    }
  }
}
