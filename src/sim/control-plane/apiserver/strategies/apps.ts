// Deployments, ReplicaSets, StatefulSets and DaemonSets. mirrors pkg/registry/apps/*/strategy.go
import type { DaemonSetSpec, DeploymentSpec, ReplicaSetSpec, StatefulSetSpec } from 'kubernetes-types/apps/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../../api/types';
import type { Mutable } from '../../../api/meta';
import { defaultDaemonSetSpec, defaultDeploymentSpec, defaultReplicaSetSpec, defaultStatefulSetSpec } from '../../../api/defaults/apps';
import { validateDaemonSetSpec, validateDeploymentSpec, validateSelectorUpdate, validateStatefulSetSpec, validateStatefulSetUpdate, validateWorkloadSpec } from '../../../api/validation/apps';
import { normalizeQuantities } from '../../../api/validation/pod';
import { deepEqual } from '../../etcd/deep';
import type { Strategy } from '../strategy';

const selectorOf = (o: KubeObject) => (o.spec as { selector?: LabelSelector } | undefined)?.selector;

function checkTemplateQuantities(obj: KubeObject, kind: string): void {
  normalizeQuantities((obj.spec as { template?: { spec?: never } } | undefined)?.template?.spec, kind);
}

export const deploymentStrategy: Strategy = {
  generation: true,
  // annotation changes bump the generation too (strategy.go: "so rollbacks work")
  generationAlsoOnAnnotations: true,
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    checkTemplateQuantities(obj, 'Deployment');
    defaultDeploymentSpec(obj.spec as Mutable<DeploymentSpec>);
  },
  prepareForCreate(obj) {
    obj.status = {};
  },
  // the deployment controller records its revision annotations through the status endpoint
  prepareForStatusUpdate(obj, old) {
    return { ...old, metadata: { ...old.metadata, annotations: obj.metadata.annotations && { ...obj.metadata.annotations } }, status: obj.status };
  },
  validate(obj) {
    return validateDeploymentSpec(obj.spec as never);
  },
  validateUpdate(obj, old) {
    return validateSelectorUpdate(selectorOf(obj), selectorOf(old), deepEqual);
  },
};

export const replicaSetStrategy: Strategy = {
  generation: true,
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    checkTemplateQuantities(obj, 'ReplicaSet');
    defaultReplicaSetSpec(obj.spec as Mutable<ReplicaSetSpec>);
  },
  prepareForCreate(obj) {
    obj.status = { replicas: 0 };
  },
  validate(obj) {
    return validateWorkloadSpec(obj.spec as never, 'deployment');
  },
  validateUpdate(obj, old) {
    return validateSelectorUpdate(selectorOf(obj), selectorOf(old), deepEqual);
  },
};

export const statefulSetStrategy: Strategy = {
  generation: true,
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    checkTemplateQuantities(obj, 'StatefulSet');
    defaultStatefulSetSpec(obj.spec as Mutable<StatefulSetSpec>);
  },
  prepareForCreate(obj) {
    obj.status = { replicas: 0, availableReplicas: 0 };
  },
  validate: (obj) => validateStatefulSetSpec(obj.spec as never),
  validateUpdate(obj, old) {
    return [
      ...validateSelectorUpdate(selectorOf(obj), selectorOf(old), deepEqual),
      ...validateStatefulSetUpdate((obj.spec ?? {}) as Record<string, unknown>, (old.spec ?? {}) as Record<string, unknown>, deepEqual),
    ];
  },
};

export const daemonSetStrategy: Strategy = {
  generation: true,
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    checkTemplateQuantities(obj, 'DaemonSet');
    defaultDaemonSetSpec(obj.spec as Mutable<DaemonSetSpec>);
  },
  prepareForCreate(obj) {
    obj.status = { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 };
  },
  validate: (obj) => validateDaemonSetSpec(obj.spec as never),
  validateUpdate: (obj, old) => validateSelectorUpdate(selectorOf(obj), selectorOf(old), deepEqual),
};
