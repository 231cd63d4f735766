import { describe, expect, it } from 'vitest';
import { deriveGraph } from './derive';
import { SlotAllocator } from './layout';
import type { ClusterNodeData, GraphNode, PendingData, PodData } from './graph-types';
import { add, deployment, node, pod, replicaSet, service, type Objects } from './fixtures.test-util';

const byId = (nodes: GraphNode[], id: string) => nodes.find((n) => n.id === id);

describe('deriveGraph', () => {
  it('draws the control plane as a group of five components', () => {
    const g = deriveGraph({});
    const children = g.nodes.filter((n) => n.parentId === 'cp').map((n) => n.id);
    expect(children).toEqual(['cp:kube-apiserver', 'cp:etcd', 'cp:kube-scheduler', 'cp:kube-controller-manager', 'cp:cloud-controller-manager']);
  });

  it('puts pods inside their node and unscheduled pods in the Pending area', () => {
    const o = add({}, node('n1'), node('n2'), pod('a', { nodeName: 'n1', phase: 'Running' }), pod('b', { nodeName: 'n2' }), pod('c'));
    const g = deriveGraph(o);
    expect(byId(g.nodes, 'pod:default/a')?.parentId).toBe('node:n1');
    expect(byId(g.nodes, 'pod:default/b')?.parentId).toBe('node:n2');
    expect(byId(g.nodes, 'pod:default/c')?.parentId).toBe('pending');
    expect((byId(g.nodes, 'pod:default/a')?.data as PodData).status).toBe('Running');
    expect((byId(g.nodes, 'pending')?.data as PendingData).podCount).toBe(1);
    const n1 = byId(g.nodes, 'node:n1')?.data as ClusterNodeData;
    expect(n1).toMatchObject({ name: 'n1', status: 'Ready', podCount: 1, aggregated: false, pool: 'nodepool1', cpu: '2', memory: '6.8Gi' });
  });

  it('lists every parent before its children, as React Flow requires', () => {
    const o = add({}, node('n1'), pod('a', { nodeName: 'n1' }), pod('z'));
    const g = deriveGraph(o);
    const index = new Map(g.nodes.map((n, i) => [n.id, i]));
    for (const n of g.nodes) if (n.parentId) expect(index.get(n.parentId)).toBeLessThan(index.get(n.id) ?? -1);
  });

  it('links Deployment → ReplicaSet → Pod by ownerReferences and Service → Pod by selector', () => {
    const d = deployment('web');
    const rs = replicaSet('web-5d4f', d);
    const o = add({}, node('n1'), d, rs,
      pod('web-5d4f-aaaaa', { nodeName: 'n1', owner: rs, labels: { app: 'web', tier: 'fe' } }),
      pod('other', { nodeName: 'n1', labels: { app: 'other' } }),
      pod('web-elsewhere', { ns: 'team2', nodeName: 'n1', labels: { app: 'web', tier: 'fe' } }),
      service('web', { app: 'web', tier: 'fe' }), service('kubernetes', undefined));
    const ids = deriveGraph(o).edges.map((e) => `${e.data?.kind} ${e.source} ${e.target}`).sort();
    expect(ids).toEqual([
      'owns wl:Deployment:default/web wl:ReplicaSet:default/web-5d4f',
      'owns wl:ReplicaSet:default/web-5d4f pod:default/web-5d4f-aaaaa',
      'selects svc:default/web pod:default/web-5d4f-aaaaa',
    ]);
  });

  it('shows counts instead of boxes on a node with more than 30 pods, and ends edges at the node', () => {
    const d = deployment('big', 31);
    const rs = replicaSet('big-1', d, 31);
    const many = (n: number, nodeName: string) => Array.from({ length: n }, (_, i) => pod(`${nodeName}-p${i}`, { nodeName, owner: rs, phase: i < 5 ? 'Pending' : 'Running', labels: { app: 'big' } }));
    const o = add({}, node('busy'), node('calm'), d, rs, ...many(31, 'busy'), ...many(30, 'calm'), service('big', { app: 'big' }));
    const g = deriveGraph(o);
    const busy = byId(g.nodes, 'node:busy')?.data as ClusterNodeData;
    const calm = byId(g.nodes, 'node:calm')?.data as ClusterNodeData;
    expect(busy.aggregated).toBe(true);
    expect(busy.counts).toEqual([{ status: 'Pending', tone: 'pending', count: 5 }, { status: 'Running', tone: 'ok', count: 26 }]);
    expect(g.nodes.filter((n) => n.parentId === 'node:busy')).toHaveLength(0);
    expect(calm.aggregated).toBe(false);
    expect(g.nodes.filter((n) => n.parentId === 'node:calm')).toHaveLength(30);
    const toBusy = g.edges.filter((e) => e.target === 'node:busy').map((e) => e.id).sort();
    expect(toBusy).toEqual(['owns:wl:ReplicaSet:default/big-1->node:busy', 'sel:svc:default/big->node:busy']);
  });

  it('keeps pods in their places when others come and go', () => {
    const slots = new SlotAllocator();
    const t = (s: number) => `2025-01-06T09:00:0${s}Z`;
    const o: Objects = add({}, node('n1'), pod('a', { nodeName: 'n1', created: t(1) }), pod('b', { nodeName: 'n1', created: t(2) }), pod('c', { nodeName: 'n1', created: t(3) }));
    const first = deriveGraph(o, { slots });
    const posOf = (g: ReturnType<typeof deriveGraph>, name: string) => byId(g.nodes, `pod:default/${name}`)?.position;
    const next: Objects = { ...o, Pod: new Map(o.Pod) };
    next.Pod.delete('default/a');
    const second = deriveGraph(next, { slots });
    expect(posOf(second, 'b')).toEqual(posOf(first, 'b'));
    expect(posOf(second, 'c')).toEqual(posOf(first, 'c'));
    add(next, pod('d', { nodeName: 'n1', created: t(4) }));
    const third = deriveGraph(next, { slots });
    expect(posOf(third, 'd')).toEqual(posOf(first, 'a')); // the freed slot is reused
  });

  it('leaves out kube-system objects when asked, as kubectl get pods shows one namespace', () => {
    const o = add({}, node('n1'), pod('mine', { nodeName: 'n1' }), pod('coredns-abc', { ns: 'kube-system', nodeName: 'n1' }), service('kube-dns', { k8s: 'dns' }, 'kube-system'));
    const shown = (g: ReturnType<typeof deriveGraph>) => g.nodes.map((n) => n.id).filter((id) => id.startsWith('pod:') || id.startsWith('svc:'));
    expect(shown(deriveGraph(o, { hideSystem: true }))).toEqual(['pod:default/mine']);
    expect(shown(deriveGraph(o))).toEqual(['svc:kube-system/kube-dns', 'pod:default/mine', 'pod:kube-system/coredns-abc']);
    expect((byId(deriveGraph(o, { hideSystem: true }).nodes, 'node:n1')?.data as ClusterNodeData).podCount).toBe(1);
  });

  it('derives 10,000 pods on 500 nodes without a box a pod (timed by npm run bench)', () => {
    const o: Objects = {};
    const d = deployment('huge', 10000);
    const rs = replicaSet('huge-1', d, 10000);
    add(o, d, rs, service('huge', { app: 'huge' }));
    for (let n = 0; n < 500; n++) add(o, node(`aks-nodepool1-vmss${String(n).padStart(6, '0')}`));
    for (let i = 0; i < 10000; i++) add(o, pod(`huge-${i}`, { nodeName: `aks-nodepool1-vmss${String(i % 500).padStart(6, '0')}`, owner: rs, phase: 'Running', labels: { app: 'huge' } }));
    const g = deriveGraph(o);
    expect(g.nodes.filter((n) => n.type === 'pod')).toHaveLength(0);
    expect(g.nodes.filter((n) => n.type === 'clusterNode')).toHaveLength(500);
    expect(g.edges.map((e) => e.id)).toEqual(['owns:wl:Deployment:default/huge->wl:ReplicaSet:default/huge-1']); // no fan of 1,000 lines
  });
});

describe('nodeIdOf', () => {
  it('maps a selection to the id its box has in the graph', async () => {
    const { nodeIdOf } = await import('./graph-types');
    const d = deployment('web');
    const rs = replicaSet('web-1', d);
    const g = deriveGraph(add({}, node('n1'), d, rs, pod('p', { nodeName: 'n1', owner: rs }), service('web', { app: 'web' })));
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const ref of [{ kind: 'Pod', namespace: 'default', name: 'p' }, { kind: 'Node', name: 'n1' }, { kind: 'Deployment', namespace: 'default', name: 'web' }, { kind: 'ReplicaSet', namespace: 'default', name: 'web-1' }, { kind: 'Service', namespace: 'default', name: 'web' }]) {
      expect(ids.has(nodeIdOf(ref) ?? '')).toBe(true);
    }
  });
});
