// The graph's view model: React Flow nodes and edges derived from the cluster mirror.
// Graph nodes are a derived view of Kubernetes objects, never the source of truth (see STYLE.md, xyflow).
import type { Edge, Node } from '@xyflow/react';
import type { ObjectRef } from '../../state/ui-slice';
import type { StatusTone } from './pod-status';

export interface StatusCount {
  status: string;
  tone: StatusTone;
  count: number;
}

export type PodData = {
  ref: ObjectRef;
  name: string;
  namespace: string;
  status: string;
  tone: StatusTone;
  ready: string;
  restarts: number;
  /** kube-system and friends: drawn quieter so the student's own pods stand out */
  system: boolean;
  /** deleted a moment ago: fading out (ghosts.ts) */
  leaving?: boolean;
};

export type ClusterNodeData = {
  ref: ObjectRef;
  name: string;
  status: string;
  ready: boolean;
  podCount: number;
  /** true when the node shows counts by status instead of one box a pod */
  aggregated: boolean;
  counts: StatusCount[];
  /** podCount and counts live in the LiveCountStore (./live-counts.ts), not here */
  detached?: boolean;
  pool?: string;
  cpu?: string;
  memory?: string;
  /** the kubelet's version, and while nodes run different ones whether this is the newest */
  version?: string;
  versionTone?: 'old' | 'new';
};

export type PendingData = { podCount: number; aggregated: boolean; counts: StatusCount[]; detached?: boolean };

export type ControlPlaneData = { components: number };

export type ComponentData = { ref: ObjectRef; component: ControlPlaneComponent };

export type WorkloadData = {
  ref: ObjectRef;
  kind: string;
  name: string;
  namespace: string;
  /** e.g. "3/3 ready" */
  summary: string;
  /** an old ReplicaSet scaled to zero by a rollout */
  idle: boolean;
};

export type ServiceData = { ref: ObjectRef; name: string; namespace: string; type: string; clusterIP: string; ports: string; podCount: number };

/** a frame around the objects one Helm release made; ref = its newest release Secret */
export type ReleaseData = { name: string; namespace: string; revision?: number; status?: string; ref?: ObjectRef };

export type PodNode = Node<PodData, 'pod'>;
export type ClusterNodeNode = Node<ClusterNodeData, 'clusterNode'>;
export type PendingNode = Node<PendingData, 'pending'>;
export type ControlPlaneNode = Node<ControlPlaneData, 'controlPlane'>;
export type ComponentNode = Node<ComponentData, 'component'>;
export type WorkloadNode = Node<WorkloadData, 'workload'>;
export type ServiceNode = Node<ServiceData, 'service'>;
export type ReleaseNode = Node<ReleaseData, 'release'>;

export type GraphNode = PodNode | ClusterNodeNode | PendingNode | ControlPlaneNode | ComponentNode | WorkloadNode | ServiceNode | ReleaseNode;

export type EdgeKind = 'owns' | 'selects' | 'mounts';
export type GraphEdge = Edge<{ kind: EdgeKind }>;

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The control plane as the Kubernetes architecture diagram draws it; AKS runs these for you. */
export const CONTROL_PLANE_COMPONENTS = ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'cloud-controller-manager'] as const;
export type ControlPlaneComponent = (typeof CONTROL_PLANE_COMPONENTS)[number];

/** The kind used in `select()` for a control-plane component (it has no API object in AKS). */
export const CONTROL_PLANE_KIND = 'ControlPlaneComponent';

/** Kinds drawn in the left column as pod owners (ReplicaSets get a column of their own). */
export const CONTROLLER_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const;

/** The graph node id of a selected object, to light up its edges. */
export function nodeIdOf(ref: ObjectRef | undefined): string | undefined {
  if (!ref) return undefined;
  const key = `${ref.namespace ?? ''}/${ref.name}`;
  switch (ref.kind) {
    case 'Pod':
      return `pod:${key}`;
    case 'Node':
      return `node:${ref.name}`;
    case 'Service':
      return `svc:${key}`;
    default:
      return `wl:${ref.kind}:${key}`;
  }
}
