import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/types';
import { deriveGraph } from './derive';
import type { GraphNode, WorkloadData } from './graph-types';
import { add, node, pod } from './fixtures.test-util';

const byId = (nodes: GraphNode[], id: string) => nodes.find((n) => n.id === id);

function sts(name: string): KubeObject {
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name, namespace: 'default', uid: `uid-${name}` }, spec: { replicas: 2, volumeClaimTemplates: [{ metadata: { name: 'www' } }] }, status: { readyReplicas: 2 } };
}

function pvc(name: string, phase = 'Bound'): KubeObject {
  return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default', uid: `uid-${name}` }, spec: {}, status: { phase, ...(phase === 'Bound' ? { capacity: { storage: '1Gi' } } : {}) } } as KubeObject;
}

function mounting(p: KubeObject, claim: string): KubeObject {
  (p as { spec: { volumes?: unknown[] } }).spec.volumes = [{ name: 'www', persistentVolumeClaim: { claimName: claim } }];
  return p;
}

describe('claims on the graph', () => {
  it('puts a StatefulSet’s claims on the row below it and links each to the pod that mounts it', () => {
    const set = sts('web');
    const o = add({}, node('n1'), set, pvc('www-web-0'), pvc('www-web-1', 'Pending'), pvc('data'),
      mounting(pod('web-0', { nodeName: 'n1', owner: set, phase: 'Running' }), 'www-web-0'),
      mounting(pod('web-1', { nodeName: 'n1', owner: set }), 'www-web-1'));
    const g = deriveGraph(o);
    const setNode = byId(g.nodes, 'wl:StatefulSet:default/web')!;
    const c0 = byId(g.nodes, 'wl:PersistentVolumeClaim:default/www-web-0')!;
    const c1 = byId(g.nodes, 'wl:PersistentVolumeClaim:default/www-web-1')!;
    expect(c0.position.x).toBe(setNode.position.x);
    expect(c0.position.y).toBeGreaterThan(setNode.position.y);
    expect(c1.position.x).toBeGreaterThan(c0.position.x);
    expect((c0.data as WorkloadData).summary).toBe('Bound 1Gi');
    expect((c1.data as WorkloadData).summary).toBe('Pending');
    // a claim no StatefulSet made still shows, on its own
    expect(byId(g.nodes, 'wl:PersistentVolumeClaim:default/data')).toBeDefined();
    const mounts = g.edges.filter((e) => e.data?.kind === 'mounts').map((e) => `${e.source}->${e.target}`).sort();
    expect(mounts).toEqual(['wl:PersistentVolumeClaim:default/www-web-0->pod:default/web-0', 'wl:PersistentVolumeClaim:default/www-web-1->pod:default/web-1']);
  });
});
