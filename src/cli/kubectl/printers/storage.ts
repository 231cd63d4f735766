// PersistentVolumes, PersistentVolumeClaims and StorageClasses: mirrors printers.go
// printPersistentVolume, printPersistentVolumeClaim and printStorageClass (the kubectl 1.32 column
// sets, VolumeAttributesClass included) and helper.GetAccessModesAsString.
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { KubeObject } from '../../../sim/api/types';
import { canonicalQuantity } from '../../../sim/api/quantity';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, NAME_COLUMN, type KindPrinter } from './table';

const age = (o: KubeObject, now: number) => translateTimestampSince(o.metadata.creationTimestamp as string | undefined, now);

/** RWO, ROX, RWX, RWOP in that fixed order, each once */
export function accessModesString(modes: string[] | undefined): string {
  const short: Array<[string, string]> = [['ReadWriteOnce', 'RWO'], ['ReadOnlyMany', 'ROX'], ['ReadWriteMany', 'RWX'], ['ReadWriteOncePod', 'RWOP']];
  return short.filter(([m]) => (modes ?? []).includes(m)).map(([, s]) => s).join(',');
}

function quantity(q: string | undefined): string {
  if (!q) return '0';
  try {
    return canonicalQuantity(q);
  } catch {
    return q;
  }
}

const DEFAULT_CLASS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

/** storageutil.IsDefaultAnnotation */
export function isDefaultClass(o: KubeObject): boolean {
  return DEFAULT_CLASS.some((k) => o.metadata.annotations?.[k] === 'true');
}

/** GetPersistentVolumeClaimClass: spec.storageClassName, else the beta annotation */
function claimClass(c: PersistentVolumeClaim): string {
  return c.spec?.storageClassName ?? c.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
}

export const persistentVolumePrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Capacity', 'string', 'capacity is the description of the persistent volume\'s resources and capacity.'),
    col('Access Modes', 'string', 'accessModes contains all ways the volume can be mounted.'),
    col('Reclaim Policy', 'string', 'persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim.'),
    col('Status', 'string', 'phase indicates if a volume is available, bound to a claim, or released by a claim.'),
    col('Claim', 'string', 'claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim.'),
    col('StorageClass', 'string', 'StorageClass of the pv'),
    col('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pv'),
    col('Reason', 'string', 'reason is a brief CamelCase string that describes any failure and is meant for machine parsing and tidy display in the CLI.'),
    AGE_COLUMN,
    col('VolumeMode', 'string', 'volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state.', 1),
  ],
  cells(o, now) {
    const pv = o as unknown as PersistentVolume;
    const claim = pv.spec?.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name ?? ''}` : '';
    const phase = o.metadata.deletionTimestamp ? 'Terminating' : (pv.status?.phase ?? '');
    const cls = pv.spec?.storageClassName ?? pv.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
    const vac = (pv.spec as { volumeAttributesClassName?: string } | undefined)?.volumeAttributesClassName ?? '<unset>';
    return [o.metadata.name ?? '', quantity(pv.spec?.capacity?.storage), accessModesString(pv.spec?.accessModes), pv.spec?.persistentVolumeReclaimPolicy ?? '', phase, claim, cls, vac, pv.status?.reason ?? '', age(o, now), pv.spec?.volumeMode ?? '<unset>'];
  },
};

export const persistentVolumeClaimPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Status', 'string', 'phase represents the current phase of PersistentVolumeClaim.'),
    col('Volume', 'string', 'volumeName is the binding reference to the PersistentVolume backing this claim.'),
    col('Capacity', 'string', 'capacity represents the actual resources of the underlying volume.'),
    col('Access Modes', 'string', 'accessModes contains the actual access modes the volume backing the PVC has.'),
    col('StorageClass', 'string', 'StorageClass of the pvc'),
    col('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pvc'),
    AGE_COLUMN,
    col('VolumeMode', 'string', 'volumeMode defines what type of volume is required by the claim.', 1),
  ],
  cells(o, now) {
    const c = o as unknown as PersistentVolumeClaim;
    const phase = o.metadata.deletionTimestamp ? 'Terminating' : (c.status?.phase ?? '');
    const bound = !!c.spec?.volumeName;
    const vac = (c.spec as { volumeAttributesClassName?: string } | undefined)?.volumeAttributesClassName ?? '<unset>';
    return [o.metadata.name ?? '', phase, c.spec?.volumeName ?? '', bound ? quantity(c.status?.capacity?.storage) : '', bound ? accessModesString(c.status?.accessModes) : '', claimClass(c), vac, age(o, now), c.spec?.volumeMode ?? '<unset>'];
  },
};

export const storageClassPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Provisioner', 'string', 'provisioner indicates the type of the provisioner.'),
    col('ReclaimPolicy', 'string', 'reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class. Defaults to Delete.'),
    col('VolumeBindingMode', 'string', 'volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.  When unset, VolumeBindingImmediate is used. This field is only honored by servers that enable the VolumeScheduling feature.'),
    col('AllowVolumeExpansion', 'string', 'allowVolumeExpansion shows whether the storage class allow volume expand.'),
    AGE_COLUMN,
  ],
  cells(o, now) {
    const sc = o as unknown as StorageClass;
    const name = `${o.metadata.name ?? ''}${isDefaultClass(o) ? ' (default)' : ''}`;
    return [name, sc.provisioner ?? '', sc.reclaimPolicy ?? 'Delete', sc.volumeBindingMode ?? 'Immediate', sc.allowVolumeExpansion ?? false, age(o, now)];
  },
};
