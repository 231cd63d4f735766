// The persistent-volume controller with Azure's CSI provisioners behind it: a Pending claim of a
// StorageClass is provisioned a volume `pvc-<claim uid>` after a few seconds (once its first pod is
// scheduled, for WaitForFirstConsumer classes, as AKS's disk classes are) and both are bound; a
// deleted claim's volume is deleted (reclaimPolicy Delete) or released (Retain).
// mirrors pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim, provisionClaim,
// bind) and kubernetes-csi/external-provisioner (the Provisioning / ProvisioningSucceeded events)
import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { R } from '../../../api/resources';
import type { Informer, K } from '../informer';
import { keyOf, splitKey } from '../informer';
import { WorkQueue } from '../queue';
import type { ControllerDeps } from '../manager';

const CONTROLLER = { component: 'persistentvolume-controller' };
const SELECTED_NODE = 'volume.kubernetes.io/selected-node';
/** how long the CSI driver takes to create a disk or a file share: 4–10 s, seeded */
const PROVISION_MS = [4_000, 10_000] as const;

function claimsOf(pod: K<Pod>): string[] {
  return (pod.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim?.claimName ? [`${pod.metadata.namespace}/${v.persistentVolumeClaim.claimName}`] : []));
}

export class PersistentVolumeController {
  private readonly claims: Informer<K<PersistentVolumeClaim>>;
  private readonly volumes: Informer<K<PersistentVolume>>;
  private readonly classes: Informer<K<StorageClass>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly queue: WorkQueue;
  /** claim key → when its volume is ready (provisioning under way) */
  private readonly provisioning = new Map<string, number>();
  private readonly waiting = new Set<string>();

  constructor(private readonly deps: ControllerDeps) {
    this.claims = deps.informers.for<K<PersistentVolumeClaim>>(R.persistentvolumeclaims);
    this.volumes = deps.informers.for<K<PersistentVolume>>(R.persistentvolumes);
    this.classes = deps.informers.for<K<StorageClass>>(R.storageclasses);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pods.addIndex('claim', claimsOf);
    this.queue = new WorkQueue(deps.clock, 'persistentvolume', (key) => this.sync(key), 50);
    this.claims.onEvent((type, c) => {
      if (type === 'DELETED') this.release(c);
      else this.queue.enqueue(keyOf(c));
    });
    this.pods.onEvent((_t, pod, old) => {
      // a consumer was scheduled: its WaitForFirstConsumer claims can be provisioned now
      if (pod.spec?.nodeName && !old?.spec?.nodeName) for (const k of claimsOf(pod)) this.queue.enqueue(k);
    });
  }

  private provisionerSource(driver: string): { component: string } {
    // the external-provisioner's identity: `<driver>_<controller pod>` as AKS's CSI controllers report it
    const pod = driver.startsWith('file') ? 'csi-azurefile-controller-7b8d5d4b9d-4xk2p' : 'csi-azuredisk-controller-6b9c5f7d8b-2lq9w';
    return { component: `${driver}_${pod}_${'0f3b1a2c-9d8e-4f7a-b6c5-1e2d3c4b5a69'}` };
  }

  private sync(key: string): { requeueAfter: number } | void {
    const c = this.claims.get(key);
    if (!c || c.metadata.deletionTimestamp || c.status?.phase === 'Bound' || c.spec?.volumeName) return;
    const { api, clock, rng, record } = this.deps;
    const { namespace, name } = splitKey(key);
    const className = c.spec?.storageClassName;
    if (!className) return; // waits for a volume made by hand (static provisioning is not simulated)
    const sc = this.classes.get(className);
    if (!sc) {
      record(c, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${className}" not found`, CONTROLLER);
      return;
    }
    // the node the scheduler picked for the claim's first pod (it annotates the claim before binding
    // the pod, as upstream's volume binder does), or a pod already on a node
    const selectedNode = c.metadata.annotations?.[SELECTED_NODE] ?? this.pods.byIndex('claim', key).find((p) => p.spec?.nodeName)?.spec?.nodeName;
    if (sc.volumeBindingMode === 'WaitForFirstConsumer' && !selectedNode) {
      if (!this.waiting.has(key)) record(c, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', CONTROLLER);
      this.waiting.add(key);
      return;
    }
    const readyAt = this.provisioning.get(key);
    if (readyAt === undefined) {
      record(c, 'Normal', 'ExternalProvisioning', `Waiting for a volume to be created either by the external provisioner '${sc.provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`, CONTROLLER);
      record(c, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${namespace}/${name}"`, this.provisionerSource(sc.provisioner));
      const ms = PROVISION_MS[0] + rng.int(PROVISION_MS[1] - PROVISION_MS[0]);
      this.provisioning.set(key, clock.now() + ms);
      return { requeueAfter: ms };
    }
    if (clock.now() < readyAt) return { requeueAfter: readyAt - clock.now() };
    this.provisioning.delete(key);
    this.waiting.delete(key);
    const pvName = `pvc-${c.metadata.uid}`;
    const storage = c.spec?.resources?.requests?.storage ?? '1Gi';
    const pv = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: pvName, annotations: { 'pv.kubernetes.io/provisioned-by': sc.provisioner, 'volume.kubernetes.io/provisioner-deletion-secret-name': '', 'volume.kubernetes.io/provisioner-deletion-secret-namespace': '' } },
      spec: {
        capacity: { storage },
        accessModes: c.spec?.accessModes ?? ['ReadWriteOnce'],
        persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
        storageClassName: className,
        volumeMode: c.spec?.volumeMode ?? 'Filesystem',
        claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace, name, uid: c.metadata.uid, resourceVersion: c.metadata.resourceVersion },
        csi: { driver: sc.provisioner, fsType: 'ext4', volumeHandle: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mc_myresourcegroup_myakscluster_japaneast/providers/Microsoft.Compute/disks/${pvName}`, volumeAttributes: { 'csi.storage.k8s.io/pv/name': pvName, 'csi.storage.k8s.io/pvc/name': name, 'csi.storage.k8s.io/pvc/namespace': namespace, ...(sc.parameters ?? {}) } },
      },
    };
    try {
      const created = api.create(R.persistentvolumes, undefined, pv as never);
      api.updateStatus(R.persistentvolumes, undefined, { ...created, status: { phase: 'Bound' } } as never);
      const claim = api.get(R.persistentvolumeclaims, namespace, name) as K<PersistentVolumeClaim>;
      const annotations: Record<string, string> = {
        ...(claim.metadata.annotations ?? {}),
        'pv.kubernetes.io/bind-completed': 'yes',
        'pv.kubernetes.io/bound-by-controller': 'yes',
        'volume.beta.kubernetes.io/storage-provisioner': sc.provisioner,
        'volume.kubernetes.io/storage-provisioner': sc.provisioner,
        ...(selectedNode && sc.volumeBindingMode === 'WaitForFirstConsumer' ? { [SELECTED_NODE]: selectedNode } : {}),
      };
      const bound = api.update(R.persistentvolumeclaims, namespace, { ...claim, metadata: { ...claim.metadata, annotations }, spec: { ...claim.spec, volumeName: pvName } } as never);
      api.updateStatus(R.persistentvolumeclaims, namespace, { ...bound, status: { phase: 'Bound', accessModes: pv.spec.accessModes, capacity: { storage } } } as never);
      record(c, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${pvName}`, this.provisionerSource(sc.provisioner));
    } catch {
      return { requeueAfter: 1000 };
    }
  }

  /** the claim is gone: Delete removes its volume, Retain leaves it Released */
  private release(c: K<PersistentVolumeClaim>): void {
    const key = keyOf(c);
    this.provisioning.delete(key);
    this.waiting.delete(key);
    const pvName = c.spec?.volumeName;
    const pv = pvName ? this.volumes.get(pvName) : undefined;
    if (!pv) return;
    const { api } = this.deps;
    try {
      if ((pv.spec?.persistentVolumeReclaimPolicy ?? 'Delete') === 'Delete') api.delete(R.persistentvolumes, undefined, pv.metadata.name!);
      else api.updateStatus(R.persistentvolumes, undefined, { ...pv, status: { phase: 'Released' } } as never);
    } catch {
      // already gone
    }
  }
}
