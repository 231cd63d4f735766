// Deployment, ReplicaSet, StatefulSet and DaemonSet defaults. mirrors pkg/apis/apps/v1/defaults.go
import type { DaemonSetSpec, DeploymentSpec, ReplicaSetSpec, StatefulSetSpec } from 'kubernetes-types/apps/v1';
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { Mutable } from '../meta';
import { defaultPodSpec } from './pod';

function defaultTemplate(spec: { template?: { spec?: PodSpec } }): void {
  if (spec.template?.spec) defaultPodSpec(spec.template.spec as Mutable<PodSpec>);
}

export function defaultDeploymentSpec(spec: Mutable<DeploymentSpec>): void {
  spec.replicas ??= 1;
  const strategy = (spec.strategy = { ...spec.strategy });
  strategy.type ??= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    strategy.rollingUpdate = { maxUnavailable: '25%', maxSurge: '25%', ...strategy.rollingUpdate };
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultTemplate(spec);
}

export function defaultReplicaSetSpec(spec: Mutable<ReplicaSetSpec>): void {
  spec.replicas ??= 1;
  defaultTemplate(spec);
}

export function defaultStatefulSetSpec(spec: Mutable<StatefulSetSpec>): void {
  spec.replicas ??= 1;
  spec.podManagementPolicy ??= 'OrderedReady';
  const strategy = (spec.updateStrategy = { ...spec.updateStrategy });
  strategy.type ??= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') strategy.rollingUpdate = { partition: 0, ...strategy.rollingUpdate };
  spec.revisionHistoryLimit ??= 10;
  spec.persistentVolumeClaimRetentionPolicy = { whenDeleted: 'Retain', whenScaled: 'Retain', ...spec.persistentVolumeClaimRetentionPolicy };
  defaultTemplate(spec);
}

export function defaultDaemonSetSpec(spec: Mutable<DaemonSetSpec>): void {
  const strategy = (spec.updateStrategy = { ...spec.updateStrategy });
  strategy.type ??= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') strategy.rollingUpdate = { maxUnavailable: 1, maxSurge: 0, ...strategy.rollingUpdate };
  spec.revisionHistoryLimit ??= 10;
  defaultTemplate(spec);
}
