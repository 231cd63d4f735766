import { describe, expect, it, vi } from 'vitest';
import { createCluster } from './cluster';
import { R } from './api/resources';
import type { KubeObject } from './api/types';
import { applyFault, brokenImage } from './faults';

type P = KubeObject & { spec: { containers: Array<{ image: string }>; template: { spec: { containers: Array<{ image: string }> } } }; status?: { containerStatuses?: Array<{ state?: { waiting?: { reason?: string } } }> } };

function withDeployment() {
  const c = createCluster({ seed: 5 });
  c.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
  } as never);
  c.advance(30_000);
  return c;
}

describe('faults', () => {
  it('break an image by asking for a tag no registry has', () => {
    expect(brokenImage('nginx:1.27')).toBe('nginx:does-not-exist');
    expect(brokenImage('mcr.microsoft.com/azuredocs/aks-helloworld:v1')).toBe('mcr.microsoft.com/azuredocs/aks-helloworld:does-not-exist');
    expect(brokenImage('localhost:5000/app@sha256:abc')).toBe('localhost:5000/app:does-not-exist');
  });

  it("kill a pod at once; its ReplicaSet replaces it", async () => {
    const c = withDeployment();
    const [victim] = c.api.list(R.pods, 'default').items;
    expect(await applyFault(c, { action: 'killPod', kind: 'Pod', namespace: 'default', name: victim.metadata.name! })).toMatchObject({ ok: true, message: 'killPod' });
    expect(() => c.api.get(R.pods, 'default', victim.metadata.name!)).toThrow(/not found/);
    c.advance(20_000);
    expect(c.api.list(R.pods, 'default').items.map((p) => p.metadata.name)).not.toContain(victim.metadata.name);
    expect(c.api.list(R.pods, 'default').items).toHaveLength(2);
  });

  it("break a Deployment's image: its new pods cannot pull", async () => {
    const c = withDeployment();
    const r = await applyFault(c, { action: 'breakImage', kind: 'Deployment', namespace: 'default', name: 'web' });
    expect(r).toMatchObject({ ok: true, params: { image: 'nginx:does-not-exist' } });
    c.advance(60_000);
    const waiting = (c.api.list(R.pods, 'default').items as P[]).flatMap((p) => p.status?.containerStatuses ?? []).map((s) => s.state?.waiting?.reason);
    expect(waiting.some((w) => w === 'ErrImagePull' || w === 'ImagePullBackOff')).toBe(true);
  });

  it('burn CPU through the load generator, stop and start nodes through the cluster', async () => {
    const set = vi.fn();
    const stopNode = vi.fn(() => true);
    const target = { client: createCluster({ seed: 1 }).client, load: { set }, stopNode };
    expect(await applyFault(target, { action: 'burnCpu', kind: 'Deployment', namespace: 'default', name: 'web', value: 500 })).toMatchObject({ ok: true, message: 'burnCpu' });
    expect(set).toHaveBeenCalledWith({ namespace: 'default', kind: 'Deployment', name: 'web' }, 500);
    expect(await applyFault(target, { action: 'stopNode', kind: 'Node', name: 'n1' })).toMatchObject({ ok: true, message: 'stopNode' });
    expect(stopNode).toHaveBeenCalledWith('n1');
    // a cluster without the hook says so instead of failing
    expect(await applyFault(target, { action: 'startNode', kind: 'Node', name: 'n1' })).toMatchObject({ ok: false, message: 'unsupported' });
  });

  it('fail a pod\'s probes: readiness takes it out of its Service, liveness restarts it; heal brings it back', async () => {
    const c = createCluster({ seed: 5 });
    const probe = { httpGet: { path: '/', port: 80 }, periodSeconds: 5, failureThreshold: 2 };
    c.api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', readinessProbe: probe }] } } as never);
    c.api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'live' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', livenessProbe: probe }] } } as never);
    c.api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } } as never);
    c.advance(30_000);
    const addresses = () => ((c.api.get(R.endpoints, 'default', 'web') as unknown as { subsets?: Array<{ addresses?: unknown[] }> }).subsets?.[0]?.addresses ?? []).length;
    const restarts = () => (c.api.get(R.pods, 'default', 'live').status as { containerStatuses: Array<{ restartCount: number }> }).containerStatuses[0].restartCount;
    expect([addresses(), restarts()]).toEqual([1, 0]);
    expect(await applyFault(c, { action: 'failProbe', kind: 'Pod', namespace: 'default', name: 'web' })).toMatchObject({ ok: true, message: 'failProbe' });
    expect(await applyFault(c, { action: 'failProbe', kind: 'Pod', namespace: 'default', name: 'web' })).toMatchObject({ ok: false, message: 'noChange' });
    await applyFault(c, { action: 'failProbe', kind: 'Pod', namespace: 'default', name: 'live' });
    c.advance(30_000);
    expect(addresses()).toBe(0);
    expect(restarts()).toBeGreaterThan(0);
    const unhealthy = c.api.list(R.events, 'default').items.find((e) => (e as unknown as { reason: string; involvedObject: { name: string } }).reason === 'Unhealthy' && (e as unknown as { involvedObject: { name: string } }).involvedObject.name === 'web');
    expect((unhealthy as unknown as { message: string }).message).toBe('Readiness probe failed: HTTP probe failed with statuscode: 500');
    expect(await applyFault(c, { action: 'healProbe', kind: 'Pod', namespace: 'default', name: 'web' })).toMatchObject({ ok: true, message: 'healProbe' });
    c.advance(20_000);
    expect(addresses()).toBe(1);
    expect(c.api.get(R.pods, 'default', 'web').metadata.annotations?.['sim.kubeplay.dev/unhealthy']).toBeUndefined();
  });
});
