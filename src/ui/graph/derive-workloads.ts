// The objects around the cluster: pod owners (Deployments, StatefulSets, …) and ReplicaSets on the
// left, Services on the right, and the edges that tie them to pods: ownerReferences (Deployment →
// ReplicaSet → Pod) and Service selectors matching pod labels.
import type { KubeObject, OwnerReference } from '../../sim/api/types';
import { CONTROLLER_KINDS, type GraphEdge, type GraphNode, type WorkloadData } from './graph-types';
import { CLUSTER_X, RS_X, SERVICE_H, SERVICE_W, WORKLOAD_GAP, WORKLOAD_H, WORKLOAD_W } from './layout';
import type { ObjectsByKind } from './derive-cluster';
import { podsSelectedBy } from './selector-index';

type AnyObj = KubeObject & { spec?: Record<string, unknown>; status?: Record<string, unknown> };

function num(v: unknown, fallback = 0): number {
  return typeof v === 'number' ? v : fallback;
}

function sortedObjects(m: ReadonlyMap<string, KubeObject> | undefined): AnyObj[] {
  return [...(m?.values() ?? [])].sort((a, b) => ((a.metadata.namespace ?? '') + '/' + a.metadata.name).localeCompare((b.metadata.namespace ?? '') + '/' + b.metadata.name)) as AnyObj[];
}

export function controllerOf(o: { metadata: { ownerReferences?: OwnerReference[] } }): OwnerReference | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller) ?? o.metadata.ownerReferences?.[0];
}

/** The short line under a workload's name, like kubectl's READY column. */
export function workloadSummary(o: AnyObj): string {
  const s = o.status ?? {};
  const spec = o.spec ?? {};
  switch (o.kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      return `${num(s.readyReplicas)}/${num(spec.replicas, 1)}`;
    case 'DaemonSet':
      return `${num(s.numberReady)}/${num(s.desiredNumberScheduled)}`;
    case 'Job':
      return `${num(s.succeeded)}/${num(spec.completions, 1)}`;
    case 'CronJob':
      return String(spec.schedule ?? '');
    default:
      return '';
  }
}

function workloadNode(o: AnyObj, x: number, y: number): GraphNode {
  const namespace = o.metadata.namespace ?? 'default';
  const name = o.metadata.name ?? '';
  const data: WorkloadData = { ref: { kind: o.kind, namespace, name }, kind: o.kind, name, namespace, summary: workloadSummary(o), idle: o.kind === 'ReplicaSet' && num(o.spec?.replicas, 1) === 0 && num(o.status?.replicas) === 0 };
  return { id: `wl:${o.kind}:${namespace}/${name}`, type: 'workload', position: { x, y }, width: WORKLOAD_W, height: WORKLOAD_H, data };
}

export function deriveWorkloads(objects: ObjectsByKind, podTarget: ReadonlyMap<string, string>, clusterWidth: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges = new Map<string, GraphEdge>();
  const uidToId = new Map<string, string>();
  const owns = (source: string, target: string) => {
    const id = `owns:${source}->${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, sourceHandle: 'out', targetHandle: 'in', data: { kind: 'owns' }, className: 'kp-edge-owns' });
  };

  // ReplicaSets grouped under their owner so each sits beside its Deployment
  const rsByOwner = new Map<string, AnyObj[]>();
  const orphanRs: AnyObj[] = [];
  for (const rs of sortedObjects(objects.ReplicaSet)) {
    const owner = controllerOf(rs);
    if (owner) {
      let list = rsByOwner.get(owner.uid);
      if (!list) rsByOwner.set(owner.uid, (list = []));
      list.push(rs);
    } else orphanRs.push(rs);
  }

  let y1 = 0;
  let y2 = 0;
  const step = WORKLOAD_H + WORKLOAD_GAP;
  for (const kind of CONTROLLER_KINDS) {
    for (const o of sortedObjects(objects[kind])) {
      const y = Math.max(y1, y2);
      const n = workloadNode(o, 0, y);
      nodes.push(n);
      if (o.metadata.uid) uidToId.set(o.metadata.uid, n.id);
      y1 = y + step;
      y2 = y;
      for (const rs of rsByOwner.get(o.metadata.uid ?? '') ?? []) {
        const r = workloadNode(rs, RS_X, y2);
        nodes.push(r);
        if (rs.metadata.uid) uidToId.set(rs.metadata.uid, r.id);
        owns(n.id, r.id);
        y2 += step;
      }
    }
  }
  y2 = Math.max(y1, y2);
  for (const rs of orphanRs) {
    const r = workloadNode(rs, RS_X, y2);
    nodes.push(r);
    if (rs.metadata.uid) uidToId.set(rs.metadata.uid, r.id);
    y2 += step;
  }
  // ReplicaSets owned by something not drawn (no such owner in the mirror) still get a box
  for (const [uid, list] of rsByOwner) {
    if (uidToId.has(uid)) continue;
    for (const rs of list) {
      const r = workloadNode(rs, RS_X, y2);
      nodes.push(r);
      if (rs.metadata.uid) uidToId.set(rs.metadata.uid, r.id);
      y2 += step;
    }
  }

  for (const [k, o] of objects.Pod ?? []) {
    const owner = controllerOf(o);
    const src = owner && uidToId.get(owner.uid);
    const target = podTarget.get(k);
    if (src && target) owns(src, target);
  }

  const svcX = CLUSTER_X + clusterWidth + 110;
  sortedObjects(objects.Service).forEach((svc, i) => {
    const namespace = svc.metadata.namespace ?? 'default';
    const name = svc.metadata.name ?? '';
    const id = `svc:${namespace}/${name}`;
    const spec = (svc.spec ?? {}) as { type?: string; clusterIP?: string; selector?: Record<string, string>; ports?: Array<{ port: number; nodePort?: number; protocol?: string }> };
    const selected = podsSelectedBy(objects.Pod, namespace, spec.selector);
    const ports = (spec.ports ?? []).map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',');
    nodes.push({ id, type: 'service', position: { x: svcX, y: i * (SERVICE_H + WORKLOAD_GAP) }, width: SERVICE_W, height: SERVICE_H, data: { ref: { kind: 'Service', namespace, name }, name, namespace, type: spec.type ?? 'ClusterIP', clusterIP: spec.clusterIP ?? '', ports, podCount: selected.length } });
    for (const k of selected) {
      const target = podTarget.get(k);
      const eid = `sel:${id}->${target}`;
      if (target && !edges.has(eid)) edges.set(eid, { id: eid, source: id, target, sourceHandle: 'sel', targetHandle: 'sel-in', data: { kind: 'selects' }, className: 'kp-edge-selects' });
    }
  });
  return { nodes, edges: [...edges.values()] };
}
