// Small builders for graph and inspector tests: real Kubernetes JSON shapes, nothing more.
import type { KubeObject } from '../../sim/api/types';

export type Objects = Record<string, Map<string, KubeObject>>;

export function add(objects: Objects, ...items: KubeObject[]): Objects {
  for (const o of items) (objects[o.kind] ??= new Map()).set(`${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
  return objects;
}

export function node(name: string, ready = true): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Node', metadata: { name, uid: `uid-${name}`, labels: { 'kubernetes.azure.com/agentpool': 'nodepool1' } },
    spec: {}, status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }], capacity: { cpu: '2', memory: '7110656Ki', pods: '110' }, allocatable: { cpu: '1900m', memory: '5368128Ki', pods: '110' } },
  };
}

interface PodOpts { nodeName?: string; labels?: Record<string, string>; owner?: KubeObject; phase?: string; created?: string; ns?: string; waiting?: string }

export function pod(name: string, o: PodOpts = {}): KubeObject {
  const running = o.phase === 'Running';
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: o.ns ?? 'default', uid: `uid-${name}`, labels: o.labels, creationTimestamp: o.created ?? '2025-01-06T09:00:00Z',
      ownerReferences: o.owner ? [{ apiVersion: o.owner.apiVersion, kind: o.owner.kind, name: o.owner.metadata.name ?? '', uid: o.owner.metadata.uid ?? '', controller: true }] : undefined,
    },
    spec: { nodeName: o.nodeName, containers: [{ name: 'app', image: 'nginx' }] },
    status: {
      phase: o.phase ?? 'Pending',
      containerStatuses: running || o.waiting ? [{ name: 'app', image: 'nginx', imageID: '', ready: running && !o.waiting, restartCount: 0, state: o.waiting ? { waiting: { reason: o.waiting } } : { running: {} } }] : undefined,
    },
  };
}

export function deployment(name: string, replicas = 2): KubeObject {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default', uid: `uid-${name}` }, spec: { replicas, selector: { matchLabels: { app: name } } }, status: { readyReplicas: replicas } };
}

export function replicaSet(name: string, owner: KubeObject, replicas = 2): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, ownerReferences: [{ apiVersion: 'apps/v1', kind: owner.kind, name: owner.metadata.name ?? '', uid: owner.metadata.uid ?? '', controller: true }] },
    spec: { replicas }, status: { replicas, readyReplicas: replicas },
  };
}

export function service(name: string, selector: Record<string, string> | undefined, ns = 'default'): KubeObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns, uid: `uid-svc-${name}` }, spec: { type: 'ClusterIP', clusterIP: '10.0.12.34', selector, ports: [{ port: 80, protocol: 'TCP' }] } };
}
