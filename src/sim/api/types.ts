// Kubernetes objects as plain JSON. The shapes come from `kubernetes-types`, the upstream
// OpenAPI rendered as TypeScript, so an object here is the same JSON a real api-server returns.
import type { ObjectMeta, OwnerReference, Status, StatusCause } from 'kubernetes-types/meta/v1';

export type { ObjectMeta, OwnerReference, Status, StatusCause };
export type { Pod, PodSpec, PodStatus, Container, ContainerStatus, Node, Service, Namespace, Event, Endpoints, ConfigMap, Secret } from 'kubernetes-types/core/v1';
export type { Deployment, ReplicaSet, StatefulSet, DaemonSet } from 'kubernetes-types/apps/v1';
export type { Job, CronJob } from 'kubernetes-types/batch/v1';
export type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';

/** Any Kubernetes object: the fields every kind shares; the rest stays open. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: unknown;
  status?: unknown;
  [field: string]: unknown;
}

/** A list as the api-server returns it (`PodList`, …). */
export interface KubeList<T extends KubeObject = KubeObject> {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string; continue?: string };
  items: T[];
}

/** client-go's dynamic-client key: which collection a request addresses. */
export interface GroupVersionResource {
  group: string; // '' for the core group
  version: string;
  resource: string; // plural, lower case: 'pods', 'deployments'
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';
export interface WatchEvent<T extends KubeObject = KubeObject> {
  type: WatchEventType;
  object: T;
}
