// The cluster box of the graph: the control plane, the Pending area and one group a worker node with
// its pods inside (pods by spec.nodeName). Busy nodes show counts by status instead of boxes.
import type { KubeObject, Node, Pod } from '../../sim/api/types';
import { nodeStatus } from './node-status';
import { podReady, podRestarts, podStatus, statusTone, type StatusTone } from './pod-status';
import {
  CONTROL_PLANE_COMPONENTS, CONTROL_PLANE_KIND, type GraphNode, type PodData, type StatusCount,
} from './graph-types';
import {
  BAND_GAP, COMPONENT_H, COMPONENT_W, CP_H, CP_W, GAP, GROUP_GAP, GROUP_W, PAD, PENDING_HEAD, PENDING_ROWS,
  POD_H, POD_W, SlotAllocator, groupHeight, pendingColumns, rowsHeight, slotPosition,
} from './layout';

export type ObjectsByKind = Readonly<Record<string, ReadonlyMap<string, KubeObject> | undefined>>;

export interface ClusterOptions {
  /** a node with more pods than this shows counts by status */
  aggregateAbove: number;
  /** with more pods than this in the whole cluster, every node shows counts */
  aggregateAllAbove: number;
}

export interface ClusterPart {
  nodes: GraphNode[];
  /** pod key ('ns/name') → the graph node an edge to that pod should end at */
  podTarget: Map<string, string>;
}

import { isSystemNamespace } from './system-filter';

// One PodData a pod object: mirror objects are immutable, so a changed pod is a new object.
const podDataCache = new WeakMap<object, PodData>();
export function podData(pod: Pod): PodData {
  let d = podDataCache.get(pod);
  if (!d) {
    const status = podStatus(pod);
    const namespace = pod.metadata?.namespace ?? 'default';
    const name = pod.metadata?.name ?? '';
    d = { ref: { kind: 'Pod', namespace, name }, name, namespace, status, tone: statusTone(status), ready: podReady(pod), restarts: podRestarts(pod), system: isSystemNamespace(namespace) };
    podDataCache.set(pod, d);
  }
  return d;
}

/** shown only when a group is aggregated; one shared empty list keeps other groups unchanged */
const NO_COUNTS: StatusCount[] = [];

const TONE_ORDER: Record<StatusTone, number> = { error: 0, warn: 1, pending: 2, ok: 3, terminating: 4, done: 5 };

export function countByStatus(pods: readonly PodData[]): StatusCount[] {
  const m = new Map<string, StatusCount>();
  for (const p of pods) {
    const c = m.get(p.status);
    if (c) c.count++;
    else m.set(p.status, { status: p.status, tone: p.tone, count: 1 });
  }
  return [...m.values()].sort((a, b) => TONE_ORDER[a.tone] - TONE_ORDER[b.tone] || a.status.localeCompare(b.status));
}

/** Display-only memory: "7110656Ki" → "6.8Gi". */
export function shortMemory(q: string | undefined): string | undefined {
  const m = q && /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti)?$/.exec(q);
  if (!m) return q;
  const factor: Record<string, number> = { '': 1 / 1024 ** 3, Ki: 1 / 1024 ** 2, Mi: 1 / 1024, Gi: 1, Ti: 1024 };
  const gi = Number(m[1]) * factor[m[2] ?? ''];
  return gi >= 10 ? `${Math.round(gi)}Gi` : `${Math.round(gi * 10) / 10}Gi`;
}

function creationOrder(pods: Map<string, Pod>) {
  return (a: string, b: string): number => {
    const ta = pods.get(a)?.metadata?.creationTimestamp ?? '';
    const tb = pods.get(b)?.metadata?.creationTimestamp ?? '';
    return ta < tb ? -1 : ta > tb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  };
}

/** Pods of one group: either one box each (in stable slots) or nothing but counts. */
function placePods(groupId: string, members: Map<string, Pod>, aggregated: boolean, slots: SlotAllocator, podTarget: Map<string, string>, cols?: number, head?: number): { maxSlot: number; datas: PodData[]; children: GraphNode[] } {
  const children: GraphNode[] = [];
  const datas: PodData[] = [];
  for (const p of members.values()) datas.push(podData(p));
  if (aggregated) {
    slots.drop(groupId);
    for (const k of members.keys()) podTarget.set(k, groupId);
    return { maxSlot: -1, datas, children };
  }
  const assigned = slots.assign(groupId, [...members.keys()], creationOrder(members));
  let maxSlot = -1;
  for (const [k, pod] of members) {
    const slot = assigned.get(k) ?? 0;
    if (slot > maxSlot) maxSlot = slot;
    const id = `pod:${k}`;
    children.push({ id, type: 'pod', parentId: groupId, position: slotPosition(slot, cols, head), width: POD_W, height: POD_H, data: podData(pod) });
    podTarget.set(k, id);
  }
  return { maxSlot, datas, children };
}

/** The control plane band at the top, centred over the cluster. */
export function controlPlaneNodes(width: number): GraphNode[] {
  const out: GraphNode[] = [];
  out.push({ id: 'cp', type: 'controlPlane', position: { x: Math.round((width - CP_W) / 2), y: 0 }, width: CP_W, height: CP_H, data: { components: CONTROL_PLANE_COMPONENTS.length } });
  CONTROL_PLANE_COMPONENTS.forEach((component, i) => {
    out.push({ id: `cp:${component}`, type: 'component', parentId: 'cp', position: { x: PAD + i * (COMPONENT_W + GAP), y: 40 }, width: COMPONENT_W, height: COMPONENT_H, data: { ref: { kind: CONTROL_PLANE_KIND, name: component }, component } });
  });
  return out;
}

export interface PodGroups {
  byNode: Map<string, Map<string, Pod>>;
  pending: Map<string, Pod>;
  /** every node name: Node objects and nodes that pods name (a deleted node's pods still show) */
  names: string[];
}

/** One pass over the pods: by spec.nodeName, or Pending when there is none. */
/** Whether a node shows counts instead of boxes. */
export function isAggregated(podsOnNode: number, totalPods: number, opts: ClusterOptions): boolean {
  return totalPods > opts.aggregateAllAbove || podsOnNode > opts.aggregateAbove;
}

/** Each node's box height before placing (slots may leave gaps; close enough to choose a grid). */
export function estimatedHeights(groups: PodGroups, totalPods: number, opts: ClusterOptions): number[] {
  return groups.names.map((name) => {
    const count = groups.byNode.get(name)?.size ?? 0;
    return groupHeight(count - 1, isAggregated(count, totalPods, opts));
  });
}

export function groupPods(objects: ObjectsByKind): PodGroups {
  const byNode = new Map<string, Map<string, Pod>>();
  const pending = new Map<string, Pod>();
  for (const [k, o] of objects.Pod ?? []) {
    const pod = o as Pod;
    const nodeName = pod.spec?.nodeName;
    if (!nodeName) pending.set(k, pod);
    else {
      let m = byNode.get(nodeName);
      if (!m) byNode.set(nodeName, (m = new Map()));
      m.set(k, pod);
    }
  }
  const names = new Set<string>();
  for (const o of objects.Node?.values() ?? []) names.add(o.metadata.name ?? '');
  for (const n of byNode.keys()) names.add(n);
  return { byNode, pending, names: [...names].sort() };
}

/** The Pending band and the worker nodes, from `top` down, `width` wide. */
/** v1.31.10 before v1.32.6: numeric parts compared as numbers */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.replace(/^v/, '').split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export function deriveCluster(objects: ObjectsByKind, groups: PodGroups, opts: ClusterOptions, slots: SlotAllocator, top: number, width: number, cols: number): ClusterPart {
  const out: GraphNode[] = [];
  const podTarget = new Map<string, string>();
  const { byNode, pending, names: sorted } = groups;
  const podCount = objects.Pod?.size ?? 0;

  const pendingCols = pendingColumns(width);
  const pendingAgg = pending.size > pendingCols * PENDING_ROWS;
  const pendingH = rowsHeight(PENDING_ROWS, PENDING_HEAD);
  const placedPending = placePods('pending', pending, pendingAgg, slots, podTarget, pendingCols, PENDING_HEAD);
  out.push({ id: 'pending', type: 'pending', position: { x: 0, y: top }, width, height: pendingH, data: { podCount: pending.size, aggregated: pendingAgg, counts: pendingAgg ? countByStatus(placedPending.datas) : NO_COUNTS } });
  for (const child of placedPending.children) out.push(child);

  const nodeObjects = objects.Node ?? new Map<string, KubeObject>();
  // nodes coloured by Kubernetes version while versions differ (an AKS upgrade under way)
  const versionOf = (n: Node | KubeObject | undefined) => (n as Node | undefined)?.status?.nodeInfo?.kubeletVersion;
  const versions = [...new Set([...nodeObjects.values()].map(versionOf).filter((v): v is string => !!v))].sort(compareVersions);
  const versionTone = (v: string | undefined): 'old' | 'new' | undefined => (versions.length < 2 || !v ? undefined : v === versions[versions.length - 1] ? 'new' : 'old');

  let rowY = top + pendingH + BAND_GAP;
  for (let r = 0; r * cols < sorted.length; r++) {
    let rowH = 0;
    for (let c = 0; c < cols && r * cols + c < sorted.length; c++) {
      const name = sorted[r * cols + c];
      const id = `node:${name}`;
      const members = byNode.get(name) ?? new Map<string, Pod>();
      const aggregated = isAggregated(members.size, podCount, opts);
      const placed = placePods(id, members, aggregated, slots, podTarget);
      const node = nodeObjects.get(`/${name}`) as Node | undefined;
      const height = groupHeight(placed.maxSlot, aggregated);
      rowH = Math.max(rowH, height);
      const labels = node?.metadata?.labels ?? {};
      out.push({
        id, type: 'clusterNode', position: { x: c * (GROUP_W + GROUP_GAP), y: rowY }, width: GROUP_W, height,
        data: {
          ref: { kind: 'Node', name }, name, status: node ? nodeStatus(node) : 'Unknown', ready: node ? nodeStatus(node).startsWith('Ready') : false,
          podCount: members.size, aggregated, counts: aggregated ? countByStatus(placed.datas) : NO_COUNTS,
          pool: labels['kubernetes.azure.com/agentpool'] ?? labels['agentpool'], cpu: node?.status?.capacity?.cpu, memory: shortMemory(node?.status?.capacity?.memory),
          version: versionOf(node), versionTone: versionTone(versionOf(node)),
        },
      });
      // React Flow wants a parent before its children
      for (const child of placed.children) out.push(child);
    }
    rowY += rowH + GROUP_GAP;
  }
  slots.sweep();
  return { nodes: out, podTarget };
}
