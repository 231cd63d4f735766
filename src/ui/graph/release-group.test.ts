import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/types';
import { deriveGraph } from './derive';
import type { GraphNode, ReleaseData } from './graph-types';
import { add, deployment, node, replicaSet, service } from './fixtures.test-util';

const helm = (o: KubeObject, release: string): KubeObject => ({ ...o, metadata: { ...o.metadata, annotations: { 'meta.helm.sh/release-name': release, 'meta.helm.sh/release-namespace': 'default' } } });
const releaseSecret = (name: string, version: number, status: string): KubeObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `sh.helm.release.v1.${name}.v${version}`, namespace: 'default', labels: { owner: 'helm', name, version: String(version), status } } });
const box = (n: GraphNode) => ({ x0: n.position.x, y0: n.position.y, x1: n.position.x + (n.width ?? 0), y1: n.position.y + (n.height ?? 0) });
const inside = (inner: GraphNode, outer: GraphNode) => {
  const [a, b] = [box(inner), box(outer)];
  return a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;
};

describe('Helm releases in the graph', () => {
  const plain = deployment('plain');
  const web = helm(deployment('my-wp-wordpress'), 'my-wp');
  const webRs = replicaSet('my-wp-wordpress-5d4f', web);
  const svc = helm(service('my-wp-wordpress', { app: 'wp' }), 'my-wp');
  const other = helm(deployment('cache-redis'), 'cache');
  const o = add({}, node('n1'), plain, web, webRs, svc, other, service('lonely', { app: 'x' }), releaseSecret('my-wp', 1, 'superseded'), releaseSecret('my-wp', 2, 'deployed'));
  const g = deriveGraph(o);
  const byId = (id: string) => g.nodes.find((n) => n.id === id)!;

  it('draws one frame per release around everything it made, and nothing else inside it', () => {
    const frames = g.nodes.filter((n) => n.type === 'release');
    expect(frames.map((f) => f.id)).toEqual(['release:default/cache', 'release:default/my-wp']);
    const frame = byId('release:default/my-wp');
    for (const id of ['wl:Deployment:default/my-wp-wordpress', 'wl:ReplicaSet:default/my-wp-wordpress-5d4f', 'svc:default/my-wp-wordpress']) expect(inside(byId(id), frame), id).toBe(true);
    for (const id of ['wl:Deployment:default/plain', 'svc:default/lonely', 'wl:Deployment:default/cache-redis']) expect(inside(byId(id), frame), id).toBe(false);
  });

  it('names the release with its newest revision, which the frame selects', () => {
    expect(byId('release:default/my-wp').data as ReleaseData).toEqual({ name: 'my-wp', namespace: 'default', revision: 2, status: 'deployed', ref: { kind: 'Secret', namespace: 'default', name: 'sh.helm.release.v1.my-wp.v2' } });
    expect(byId('release:default/my-wp').zIndex).toBe(-1);
  });

  it('leaves a cluster without releases as it was', () => {
    const without = deriveGraph(add({}, node('n1'), plain, service('lonely', { app: 'x' })));
    expect(without.nodes.some((n) => n.type === 'release')).toBe(false);
  });
});

describe('nodes on different Kubernetes versions', () => {
  const versioned = (name: string, version: string): KubeObject => {
    const n = node(name) as KubeObject & { status: Record<string, unknown> };
    return { ...n, status: { ...n.status, nodeInfo: { kubeletVersion: version } } };
  };
  it('are told apart while an upgrade runs (older amber, newest teal), and not otherwise', () => {
    const mixed = deriveGraph(add({}, versioned('a', 'v1.31.10'), versioned('b', 'v1.32.6'), versioned('c', 'v1.32.6')));
    const tone = (g: ReturnType<typeof deriveGraph>, n: string) => (g.nodes.find((x) => x.id === `node:${n}`)!.data as { versionTone?: string; version?: string });
    expect([tone(mixed, 'a').versionTone, tone(mixed, 'b').versionTone, tone(mixed, 'a').version]).toEqual(['old', 'new', 'v1.31.10']);
    const same = deriveGraph(add({}, versioned('a', 'v1.32.6'), versioned('b', 'v1.32.6')));
    expect(tone(same, 'a').versionTone).toBeUndefined();
  });
});
