// Pods: defaults and admission, status Pending with a QoS class on create, a mostly immutable spec.
// mirrors pkg/registry/core/pod/strategy.go
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { Mutable } from '../../../api/meta';
import { defaultPod, podQOSClass } from '../../../api/defaults/pod';
import { POD_UPDATE_FORBIDDEN, normalizeQuantities, podSpecChangedBeyondMutable, validatePodSpec } from '../../../api/validation/pod';
import { forbiddenField } from '../../../api/validation/field';
import { deepEqual } from '../../etcd/deep';
import { mountServiceAccountToken } from '../../../api/defaults/service-account';
import type { Strategy } from '../strategy';

// Pods carry no metadata.generation before Kubernetes 1.33 (PodObservedGenerationTracking); the
// simulated cluster runs 1.32.
export const podStrategy: Strategy = {
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    normalizeQuantities(obj.spec as PodSpec, 'Pod');
    defaultPod(obj.spec as Mutable<PodSpec>);
  },
  prepareForCreate(obj, ctx) {
    mountServiceAccountToken(obj.spec as Mutable<PodSpec>, ctx.rng);
    obj.status = { phase: 'Pending', qosClass: podQOSClass(obj.spec as PodSpec) };
  },
  validate(obj) {
    return validatePodSpec(obj.spec as PodSpec, 'spec');
  },
  validateUpdate(obj, old) {
    if (podSpecChangedBeyondMutable(obj.spec as PodSpec, old.spec as PodSpec, deepEqual)) return [forbiddenField('spec', POD_UPDATE_FORBIDDEN)];
    return [];
  },
};
