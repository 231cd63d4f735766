import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster';
import { R } from '../api/resources';
import type { KubeObject } from '../api/types';
import { TIMELINE_CAPACITY, TIMELINE_MAX_DEPLOYMENTS, TIMELINE_PERIOD_MS } from './timeline';

function deployment(name: string, replicas: number, namespace = 'default'): KubeObject {
  const labels = { app: name };
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace }, spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } } } as KubeObject;
}

describe('the timeline (the AKS panel chart)', () => {
  it('samples nodes and available replicas every 10 virtual seconds, as the cluster holds them', () => {
    const c = createCluster({ seed: 3, nodes: 3 });
    const t0 = c.clock.now();
    c.api.create(R.deployments, 'default', deployment('web', 4));
    c.advance(60_000);
    const s = c.timeline.series();
    expect(s.samples[0]).toMatchObject({ t: t0, nodes: 3, readyNodes: 3 });
    expect(s.samples.map((x) => x.t - t0)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
    const last = s.samples.at(-1)!;
    const dep = c.api.get(R.deployments, 'default', 'web') as { status?: { availableReplicas?: number } };
    expect(last.available['default/web']).toBe(dep.status?.availableReplicas);
    expect(last.available['default/web']).toBe(4);
    // kube-system's add-ons are not drawn
    expect(Object.keys(last.available)).toEqual(['default/web']);
    expect(s.deployments).toEqual([{ key: 'default/web', replicas: 4 }]);
    // `since` returns only what is newer
    expect(c.timeline.series(last.t - 1).samples).toEqual([last]);
  });

  it('sees a node stop being Ready and a surge node join during an AKS upgrade', () => {
    const c = createCluster({ seed: 4, nodes: 3 });
    c.aks.upgrade({ kubernetesVersion: '1.33.1' });
    c.advance(30 * 60_000);
    const s = c.timeline.series().samples;
    expect(Math.max(...s.map((x) => x.nodes))).toBe(4);
    expect(s.at(-1)!.nodes).toBe(3);
    expect(s.some((x) => x.readyNodes < x.nodes)).toBe(true);
  });

  it('keeps two hours of samples and draws the biggest Deployments only', () => {
    const c = createCluster({ seed: 5, nodes: 3, addons: false });
    for (let i = 0; i < TIMELINE_MAX_DEPLOYMENTS + 2; i++) c.api.create(R.deployments, 'default', deployment(`d${i}`, i + 1));
    c.advance((TIMELINE_CAPACITY + 30) * TIMELINE_PERIOD_MS);
    const s = c.timeline.series();
    expect(s.samples).toHaveLength(TIMELINE_CAPACITY);
    expect(s.samples[1].t - s.samples[0].t).toBe(TIMELINE_PERIOD_MS);
    expect(s.deployments.map((d) => d.key)).toEqual(['default/d7', 'default/d6', 'default/d5', 'default/d4', 'default/d3', 'default/d2']);
  });
});
