// Namespaces: status.phase Active on create, the `kubernetes` finalizer, and the
// kubernetes.io/metadata.name label. mirrors pkg/registry/core/namespace/strategy.go
import type { KubeObject } from '../../../api/types';
import type { Strategy } from '../strategy';

interface NamespaceSpec {
  finalizers?: string[];
}
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export const namespaceStrategy: Strategy = {
  prepareForCreate(obj) {
    const spec = (obj.spec ?? {}) as NamespaceSpec;
    const finalizers = spec.finalizers ?? [];
    obj.spec = { ...spec, finalizers: finalizers.includes('kubernetes') ? finalizers : [...finalizers, 'kubernetes'] };
    obj.status = { phase: 'Active' };
  },
  prepareForUpdate(obj, old) {
    obj.status = old.status;
    // Upstream only the `finalize` subresource may change spec.finalizers; the simulator lets an
    // update remove them (the namespace controller uses plain updates), but never add new ones.
    const oldFin = ((old.spec ?? {}) as NamespaceSpec).finalizers ?? [];
    const newFin = ((obj.spec ?? {}) as NamespaceSpec).finalizers ?? [];
    obj.spec = { ...(obj.spec as object), finalizers: oldFin.filter((f) => newFin.includes(f)) };
  },
  defaults(obj: KubeObject) {
    // SetDefaults_Namespace: the immutable name label, so selectors can pick namespaces by name
    obj.metadata.labels = { ...obj.metadata.labels, [NAMESPACE_NAME_LABEL]: obj.metadata.name ?? '' };
  },
};
