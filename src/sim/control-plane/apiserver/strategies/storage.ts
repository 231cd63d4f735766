// PersistentVolumeClaims, PersistentVolumes and StorageClasses.
// mirrors pkg/registry/core/persistentvolumeclaim/strategy.go, persistentvolume/strategy.go and
// plugin/pkg/admission/storage/storageclass/setdefault (DefaultStorageClass)
import type { Strategy, StrategyContext } from '../strategy';
import type { KubeObject } from '../../../api/types';
import type { FieldError } from '../../../api/status';
import { storeKey } from '../resolve';

const DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';

/** the default StorageClass (the newest when several are marked, as upstream picks) */
function defaultClass(ctx: StrategyContext): string | undefined {
  const classes = ctx.store.list(storeKey({ group: 'storage.k8s.io', resource: 'storageclasses' }));
  const marked = classes.filter((c) => c.metadata.annotations?.[DEFAULT_CLASS] === 'true');
  marked.sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') || (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
  return marked[0]?.metadata.name;
}

type Claim = KubeObject & { spec?: { storageClassName?: string; accessModes?: string[]; resources?: { requests?: { storage?: string } }; volumeMode?: string } };

export const pvcStrategy: Strategy = {
  defaults(obj) {
    const c = obj as Claim;
    c.spec = c.spec ?? {};
    c.spec.volumeMode ??= 'Filesystem';
  },
  prepareForCreate(obj, ctx) {
    const c = obj as Claim;
    // DefaultStorageClass admission: a claim that names no class gets the default one
    if (c.spec && c.spec.storageClassName === undefined) {
      const d = defaultClass(ctx);
      if (d) c.spec.storageClassName = d;
    }
    obj.status = { phase: 'Pending' };
    // StorageObjectInUseProtection admission: the claim stays until no pod uses it (./pvc-protection)
    const fins = (obj.metadata.finalizers ??= []);
    if (!fins.includes('kubernetes.io/pvc-protection')) fins.push('kubernetes.io/pvc-protection');
  },
  validate(obj) {
    const c = obj as Claim;
    const errs: FieldError[] = [];
    if (!c.spec?.accessModes?.length) errs.push({ type: 'FieldValueRequired', field: 'spec.accessModes', message: 'Required value: at least 1 access mode is required' });
    if (!c.spec?.resources?.requests?.storage) errs.push({ type: 'FieldValueRequired', field: 'spec.resources[storage]', message: 'Required value' });
    return errs;
  },
};

export const pvStrategy: Strategy = {
  defaults(obj) {
    const spec = ((obj as { spec?: Record<string, unknown> }).spec ??= {});
    spec.persistentVolumeReclaimPolicy ??= 'Retain';
    spec.volumeMode ??= 'Filesystem';
  },
  prepareForCreate(obj) {
    obj.status = { phase: 'Pending' };
  },
};

export const storageClassStrategy: Strategy = {
  defaults(obj) {
    const sc = obj as KubeObject & { reclaimPolicy?: string; volumeBindingMode?: string };
    sc.reclaimPolicy ??= 'Delete';
    sc.volumeBindingMode ??= 'Immediate';
  },
};
