// The API objects that ask for pods: owners (Deployments, StatefulSets, …) with their ReplicaSets,
// and Services; and the edges that tie them to pods: ownerReferences (Deployment → ReplicaSet → Pod)
// and Service selectors matching pod labels.
import type { KubeObject, OwnerReference } from '../../sim/api/types';
import { CONTROLLER_KINDS, type GraphEdge, type GraphNode, type WorkloadData } from './graph-types';
import { BLOCK_GAP, WORKLOAD_GAP, WORKLOAD_H, WORKLOAD_ROW_GAP, WORKLOAD_W } from './layout';

/** a release frame's margin around its objects, and the room for its title above them */
const RELEASE_PAD = 8;
const RELEASE_HEAD = 22;

/** `namespace/name` of the Helm release that made an object ('' when none did) */
function releaseKey(o: KubeObject): string {
  const a = o.metadata.annotations;
  const name = a?.['meta.helm.sh/release-name'];
  return name ? `${a?.['meta.helm.sh/release-namespace'] ?? o.metadata.namespace ?? 'default'}/${name}` : '';
}

/** the release's revisions (its Secrets), oldest first */
function releaseSecrets(objects: ObjectsByKind, namespace: string, name: string): KubeObject[] {
  const out: KubeObject[] = [];
  for (const s of objects.Secret?.values() ?? []) {
    const l = s.metadata.labels;
    if (s.metadata.namespace === namespace && l?.owner === 'helm' && l.name === name) out.push(s);
  }
  return out.sort((a, b) => Number(a.metadata.labels?.version) - Number(b.metadata.labels?.version));
}
import type { ObjectsByKind } from './derive-cluster';
import { podsSelectedBy } from './selector-index';

const MAX_EDGES_INTO_COUNTS = 200;

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
    case 'PersistentVolumeClaim': {
      // like kubectl's STATUS and CAPACITY columns
      const cap = (s.capacity as { storage?: string } | undefined)?.storage;
      return `${String(s.phase ?? 'Pending')}${cap ? ` ${cap}` : ''}`;
    }
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

export interface WorkloadPart {
  nodes: GraphNode[];
  /** owner uid → graph node id, for ownerReference edges */
  uidToId: Map<string, string>;
  services: Array<{ id: string; namespace: string; selector?: Record<string, string> }>;
  /** `namespace/claim name` → graph node id of a PersistentVolumeClaim, for the pods that mount it */
  claims?: Map<string, string>;
  /** y just below the band */
  bottom: number;
}

/**
 * The objects band: each owner with its ReplicaSets in a row below it, then the Services in
 * columns of two. Blocks flow left to right and wrap at `width`.
 */
export function placeWorkloads(objects: ObjectsByKind, top: number, width: number): WorkloadPart {
  const nodes: GraphNode[] = [];
  const uidToId = new Map<string, string>();
  const rowStep = WORKLOAD_H + WORKLOAD_ROW_GAP;
  const bandH = 2 * rowStep;
  let x = 0;
  let y = top;
  const block = (w: number) => {
    if (x > 0 && x + w > width) {
      x = 0;
      y += bandH;
    }
    const at = { x, y };
    x += w + BLOCK_GAP;
    return at;
  };
  const put = (o: AnyObj, px: number, py: number) => {
    const n = workloadNode(o, px, py);
    nodes.push(n);
    if (o.metadata.uid) uidToId.set(o.metadata.uid, n.id);
    return n;
  };
  const blockW = (count: number) => Math.max(1, count) * (WORKLOAD_W + WORKLOAD_GAP) - WORKLOAD_GAP;

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
  // a StatefulSet's claims (`<template>-<set>-<ordinal>`) take the row below it, where a Deployment's
  // ReplicaSets go; other claims sit on that row on their own
  const claimList = sortedObjects(objects.PersistentVolumeClaim);
  const claimed = new Set<AnyObj>();
  const claimsOfSet = (o: AnyObj): AnyObj[] => {
    const templates = ((o.spec?.volumeClaimTemplates ?? []) as Array<{ metadata?: { name?: string } }>).map((t) => t.metadata?.name ?? '');
    if (templates.length === 0) return [];
    const isMine = (name: string) => templates.some((t) => name.startsWith(`${t}-${o.metadata.name}-`) && /^\d+$/.test(name.slice(t.length + (o.metadata.name ?? '').length + 2)));
    const mine = claimList.filter((c) => c.metadata.namespace === o.metadata.namespace && isMine(c.metadata.name ?? ''));
    for (const c of mine) claimed.add(c);
    return mine;
  };
  const claims = new Map<string, string>();
  const putClaim = (c: AnyObj, px: number, py: number) => claims.set(`${c.metadata.namespace ?? 'default'}/${c.metadata.name ?? ''}`, put(c, px, py).id);
  const services: WorkloadPart['services'] = [];
  const putService = (svc: AnyObj, px: number, py: number) => {
    const namespace = svc.metadata.namespace ?? 'default';
    const name = svc.metadata.name ?? '';
    const id = `svc:${namespace}/${name}`;
    const spec = (svc.spec ?? {}) as { type?: string; clusterIP?: string; selector?: Record<string, string>; ports?: Array<{ port: number; nodePort?: number; protocol?: string }> };
    const ports = (spec.ports ?? []).map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',');
    const podCount = podsSelectedBy(objects.Pod, namespace, spec.selector).length;
    nodes.push({ id, type: 'service', position: { x: px, y: py }, width: WORKLOAD_W, height: WORKLOAD_H, data: { ref: { kind: 'Service', namespace, name }, name, namespace, type: spec.type ?? 'ClusterIP', clusterIP: spec.clusterIP ?? '', ports, podCount } });
    services.push({ id, namespace, selector: spec.selector });
  };

  // Objects a Helm release made sit together in a frame (one per release, after everything else)
  const groups = new Map<string, { owners: AnyObj[]; services: AnyObj[] }>();
  const group = (o: AnyObj) => {
    const key = releaseKey(o);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { owners: [], services: [] }));
    return g;
  };
  groups.set('', { owners: [], services: [] });
  for (const kind of CONTROLLER_KINDS) for (const o of sortedObjects(objects[kind])) group(o).owners.push(o);
  for (const svc of sortedObjects(objects.Service)) group(svc).services.push(svc);

  const placeOwners = (owners: AnyObj[]) => {
    for (const o of owners) {
      if (o.kind === 'StatefulSet') {
        const mine = claimsOfSet(o);
        const at = block(blockW(mine.length));
        put(o, at.x, at.y);
        mine.forEach((c, i) => putClaim(c, at.x + i * (WORKLOAD_W + WORKLOAD_GAP), at.y + rowStep));
        continue;
      }
      const list = rsByOwner.get(o.metadata.uid ?? '') ?? [];
      rsByOwner.delete(o.metadata.uid ?? '');
      const at = block(blockW(list.length));
      put(o, at.x, at.y);
      list.forEach((rs, i) => put(rs, at.x + i * (WORKLOAD_W + WORKLOAD_GAP), at.y + rowStep));
    }
  };
  const placeServices = (list: AnyObj[]) => {
    for (let i = 0; i < list.length; i += 2) {
      const at = block(WORKLOAD_W);
      list.slice(i, i + 2).forEach((svc, j) => putService(svc, at.x, at.y + j * rowStep));
    }
  };

  const plain = groups.get('')!;
  placeOwners(plain.owners);
  // ReplicaSets without an owner in view sit on the ReplicaSet row on their own
  const owned = new Set([...groups.values()].flatMap((g) => g.owners.map((o) => o.metadata.uid ?? '')));
  for (const rs of [...orphanRs, ...[...rsByOwner].filter(([uid]) => !owned.has(uid)).flatMap(([, list]) => list)]) {
    const at = block(WORKLOAD_W);
    put(rs, at.x, at.y + rowStep);
  }
  for (const c of claimList) {
    if (claimed.has(c) || releaseKey(c) !== '') continue;
    const at = block(WORKLOAD_W);
    putClaim(c, at.x, at.y + rowStep);
  }
  placeServices(plain.services);

  for (const [key, g] of [...groups].filter(([k]) => k !== '').sort(([a], [b]) => (a < b ? -1 : 1))) {
    const claimsOfRelease = claimList.filter((c) => !claimed.has(c) && releaseKey(c) === key);
    const ownersW = g.owners.reduce((w, o) => w + blockW(o.kind === 'StatefulSet' ? claimsOfSet(o).length : (rsByOwner.get(o.metadata.uid ?? '')?.length ?? 0)) + BLOCK_GAP, 0);
    const width_ = ownersW + (claimsOfRelease.length + Math.ceil(g.services.length / 2)) * (WORKLOAD_W + BLOCK_GAP);
    // a release starts a row of its own when it would not fit on this one (its frame stays a rectangle)
    if (x > 0 && x + width_ > width) {
      x = 0;
      y += bandH;
    }
    const first = nodes.length;
    const x0 = x;
    const y0 = y;
    placeOwners(g.owners);
    for (const c of claimsOfRelease) {
      const at = block(WORKLOAD_W);
      putClaim(c, at.x, at.y + rowStep);
    }
    placeServices(g.services);
    const mine = nodes.slice(first);
    if (mine.length === 0) continue;
    const maxX = Math.max(...mine.map((n) => n.position.x + WORKLOAD_W));
    const [name, namespace] = [key.slice(key.indexOf('/') + 1), key.slice(0, key.indexOf('/'))];
    const revisions = releaseSecrets(objects, namespace, name);
    const latest = revisions[revisions.length - 1];
    nodes.push({
      id: `release:${key}`,
      type: 'release',
      position: { x: x0 - RELEASE_PAD, y: y0 - RELEASE_HEAD },
      width: maxX - x0 + 2 * RELEASE_PAD,
      height: (y === y0 ? bandH - WORKLOAD_ROW_GAP : y - y0 + bandH - WORKLOAD_ROW_GAP) + RELEASE_HEAD + RELEASE_PAD,
      zIndex: -1,
      selectable: false,
      data: { name, namespace, revision: latest ? Number(latest.metadata.labels?.version ?? 0) : undefined, status: latest?.metadata.labels?.status, ref: latest ? { kind: 'Secret', namespace, name: latest.metadata.name ?? '' } : undefined },
    });
  }
  return { nodes, uidToId, services, claims, bottom: y + bandH - WORKLOAD_ROW_GAP };
}

/** ownerReference edges (owner → ReplicaSet, owner → pod) and Service selector edges (Service → pod). */
export function deriveEdges(objects: ObjectsByKind, part: WorkloadPart, podTarget: ReadonlyMap<string, string>): GraphEdge[] {
  // source → targets, deduplicated without building a string per pod (10,000 pods share few targets)
  const owns = new Map<string, Set<string>>();
  const selects = new Map<string, Set<string>>();
  const link = (m: Map<string, Set<string>>, source: string, target: string) => {
    let set = m.get(source);
    if (!set) m.set(source, (set = new Set()));
    set.add(target);
  };
  for (const rs of objects.ReplicaSet?.values() ?? []) {
    const owner = controllerOf(rs);
    const src = owner && part.uidToId.get(owner.uid);
    const target = rs.metadata.uid && part.uidToId.get(rs.metadata.uid);
    if (src && target) link(owns, src, target);
  }
  for (const [k, o] of objects.Pod ?? []) {
    const refs = o.metadata.ownerReferences;
    if (!refs) continue;
    const owner = refs.find((r) => r.controller) ?? refs[0];
    const src = part.uidToId.get(owner.uid);
    const target = src && podTarget.get(k);
    if (src && target) link(owns, src, target);
  }
  const mounts = new Map<string, Set<string>>();
  if (part.claims?.size) {
    for (const [k, o] of objects.Pod ?? []) {
      const volumes = (o as AnyObj).spec?.volumes as Array<{ persistentVolumeClaim?: { claimName?: string } }> | undefined;
      for (const v of volumes ?? []) {
        const src = v.persistentVolumeClaim?.claimName && part.claims.get(`${o.metadata.namespace ?? 'default'}/${v.persistentVolumeClaim.claimName}`);
        const target = src && podTarget.get(k);
        if (src && target) link(mounts, src, target);
      }
    }
  }
  for (const svc of part.services) {
    for (const k of podsSelectedBy(objects.Pod, svc.namespace, svc.selector)) {
      const target = podTarget.get(k);
      if (target) link(selects, svc.id, target);
    }
  }
  const edges: GraphEdge[] = [];
  for (const [source, targets] of owns) {
    for (const target of targets) edges.push({ id: `owns:${source}->${target}`, source, target, sourceHandle: 'out', targetHandle: 'in', data: { kind: 'owns' }, className: 'kp-edge-owns' });
  }
  for (const [source, targets] of selects) {
    for (const target of targets) edges.push({ id: `sel:${source}->${target}`, source, target, sourceHandle: 'sel', targetHandle: 'sel-in', data: { kind: 'selects' }, className: 'kp-edge-selects' });
  }
  for (const [source, targets] of mounts) {
    for (const target of targets) edges.push({ id: `mounts:${source}->${target}`, source, target, sourceHandle: 'out', targetHandle: 'in', data: { kind: 'mounts' }, className: 'kp-edge-mounts' });
  }
  // At scale an owner reaches hundreds of nodes: a fan of lines says nothing, so edges into
  // nodes that show counts are left out beyond a few hundred (the inspector lists the pods).
  const all = edges;
  const intoCounts = all.filter((e) => e.target.startsWith('node:')).length;
  return intoCounts > MAX_EDGES_INTO_COUNTS ? all.filter((e) => !e.target.startsWith('node:')) : all;
}
