// The kinds the simulator serves, as discovery describes them: one table, used by the api-server's
// routing, kubectl's resource lookup (`po`, `deploy`, `pods.apps`…) and the HTTP server's discovery.
import type { GroupVersionResource } from './types';

export interface ResourceInfo extends GroupVersionResource {
  kind: string;
  listKind: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  /** subresources served besides the main resource */
  subresources: Array<'status' | 'scale' | 'log' | 'eviction' | 'binding'>;
  verbs: string[];
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function info(group: string, version: string, resource: string, kind: string, namespaced: boolean, shortNames: string[], subresources: ResourceInfo['subresources'] = []): ResourceInfo {
  return { group, version, resource, kind, listKind: `${kind}List`, singular: kind.toLowerCase(), namespaced, shortNames, subresources, verbs: ALL_VERBS };
}

export const RESOURCES: readonly ResourceInfo[] = [
  info('', 'v1', 'namespaces', 'Namespace', false, ['ns'], ['status']),
  info('', 'v1', 'nodes', 'Node', false, ['no'], ['status']),
  info('', 'v1', 'pods', 'Pod', true, ['po'], ['status', 'log', 'eviction', 'binding']),
  info('', 'v1', 'services', 'Service', true, ['svc'], ['status']),
  info('', 'v1', 'endpoints', 'Endpoints', true, ['ep']),
  info('discovery.k8s.io', 'v1', 'endpointslices', 'EndpointSlice', true, []),
  info('networking.k8s.io', 'v1', 'ingresses', 'Ingress', true, ['ing'], ['status']),
  info('networking.k8s.io', 'v1', 'ingressclasses', 'IngressClass', false, []),
  info('', 'v1', 'events', 'Event', true, ['ev']),
  info('', 'v1', 'configmaps', 'ConfigMap', true, ['cm']),
  info('', 'v1', 'secrets', 'Secret', true, []),
  info('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true, ['pvc'], ['status']),
  info('', 'v1', 'persistentvolumes', 'PersistentVolume', false, ['pv'], ['status']),
  info('storage.k8s.io', 'v1', 'storageclasses', 'StorageClass', false, ['sc']),
  info('', 'v1', 'serviceaccounts', 'ServiceAccount', true, ['sa']),
  info('apps', 'v1', 'deployments', 'Deployment', true, ['deploy'], ['status', 'scale']),
  info('apps', 'v1', 'replicasets', 'ReplicaSet', true, ['rs'], ['status', 'scale']),
  info('coordination.k8s.io', 'v1', 'leases', 'Lease', true, []),
  info('apps', 'v1', 'statefulsets', 'StatefulSet', true, ['sts'], ['status', 'scale']),
  info('apps', 'v1', 'daemonsets', 'DaemonSet', true, ['ds'], ['status']),
  info('apps', 'v1', 'controllerrevisions', 'ControllerRevision', true, []),
  info('batch', 'v1', 'jobs', 'Job', true, [], ['status']),
  info('batch', 'v1', 'cronjobs', 'CronJob', true, ['cj'], ['status']),
  info('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, ['pdb'], ['status']),
  info('', 'v1', 'resourcequotas', 'ResourceQuota', true, ['quota'], ['status']),
  info('', 'v1', 'limitranges', 'LimitRange', true, ['limits']),
  info('autoscaling', 'v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, ['hpa'], ['status']),
];

/**
 * metrics-server's aggregated API (metrics.k8s.io/v1beta1): read-only, computed on request by
 * ../metrics/metrics.ts — kept out of RESOURCES because nothing stores, watches or mirrors it.
 */
export const METRICS_RESOURCES: readonly ResourceInfo[] = [
  { ...info('metrics.k8s.io', 'v1beta1', 'nodes', 'NodeMetrics', false, []), verbs: ['get', 'list'] },
  { ...info('metrics.k8s.io', 'v1beta1', 'pods', 'PodMetrics', true, []), verbs: ['get', 'list'] },
];

/** Short keys for code: R.pods, R.deployments … */
export const R = Object.fromEntries(RESOURCES.map((r) => [r.resource, r])) as Record<
  | 'namespaces'
  | 'nodes'
  | 'pods'
  | 'services'
  | 'endpoints'
  | 'endpointslices'
  | 'ingresses'
  | 'ingressclasses'
  | 'events'
  | 'configmaps'
  | 'secrets'
  | 'persistentvolumeclaims'
  | 'persistentvolumes'
  | 'storageclasses'
  | 'serviceaccounts'
  | 'deployments'
  | 'replicasets'
  | 'leases'
  | 'statefulsets'
  | 'controllerrevisions'
  | 'daemonsets'
  | 'jobs'
  | 'cronjobs'
  | 'poddisruptionbudgets'
  | 'resourcequotas'
  | 'limitranges'
  | 'horizontalpodautoscalers',
  ResourceInfo
>;

export function apiVersionOf(r: GroupVersionResource): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

/** The resource for an object's apiVersion and kind, or undefined (`no matches for kind …`). */
export function resourceForKind(apiVersion: string, kind: string): ResourceInfo | undefined {
  return RESOURCES.find((r) => apiVersionOf(r) === apiVersion && r.kind === kind);
}

/**
 * kubectl's lookup of what the user typed: plural, singular, short name or kind, optionally
 * qualified by group (`deployments.apps`, `deploy`, `Pod`).
 */
export function resourceForName(typed: string): ResourceInfo | undefined {
  const lower = typed.toLowerCase();
  const dot = lower.indexOf('.');
  const name = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? undefined : lower.slice(dot + 1);
  return RESOURCES.find(
    (r) => (group === undefined || r.group === group) && (r.resource === name || r.singular === name || r.shortNames.includes(name)),
  );
}
