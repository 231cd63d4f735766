import { describe, expect, it } from 'vitest';
import { createCluster, CONTROL_PLANE_COMPONENTS } from './cluster';
import { R } from './api/resources';
import type { KubeObject } from './api/types';
import { eventsFor } from './node/kubelet/test-helpers';

type PodLike = KubeObject & { spec: { nodeName?: string }; status?: { phase?: string; conditions?: Array<{ type: string; status: string; reason?: string; message?: string }> } };

function script(c: ReturnType<typeof createCluster>): void {
  c.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
  });
  c.api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'crash' }, spec: { containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'exit 1'] }] } });
  c.advance(30_000);
  const pods = c.api.list(R.pods, 'default', { labelSelector: 'app=web' }).items;
  c.api.delete(R.pods, 'default', pods[0].metadata.name!);
  c.advance(30_000);
}

describe('createCluster', () => {
  it('starts an AKS-like cluster: 3 Ready nodes and every kube-system add-on Running', () => {
    const c = createCluster({ seed: 'demo' });
    const nodes = c.api.list(R.nodes, undefined).items;
    expect(nodes.map((n) => n.metadata.name)).toEqual([0, 1, 2].map((i) => expect.stringMatching(new RegExp(`^aks-nodepool1-\\d{8}-vmss00000${i}$`))));
    const sys = c.api.list(R.pods, 'kube-system').items as PodLike[];
    const names = sys.map((p) => p.metadata.name!.replace(/-[a-z0-9]{5}$/, '').replace(/-[bcdf4-9]{8,10}$/, ''));
    for (const want of ['coredns', 'coredns-autoscaler', 'metrics-server', 'konnectivity-agent', 'kube-proxy', 'azure-ip-masq-agent', 'cloud-node-manager']) expect(names).toContain(want);
    expect(sys.filter((p) => p.metadata.name!.startsWith('kube-proxy-'))).toHaveLength(3);
    expect(sys.every((p) => p.status?.phase === 'Running')).toBe(true);
    expect(c.clock.now()).toBe(Date.UTC(2025, 0, 6, 9, 0, 0));
    expect(CONTROL_PLANE_COMPONENTS.map((x) => x.id)).toContain('etcd');
  });

  it('is deterministic: same seed and calls give byte-identical objects', () => {
    const a = createCluster({ seed: 42 });
    const b = createCluster({ seed: 42 });
    script(a);
    script(b);
    expect(JSON.stringify(b.api.listAll())).toBe(JSON.stringify(a.api.listAll()));
    const other = createCluster({ seed: 43 });
    script(other);
    expect(JSON.stringify(other.api.listAll())).not.toBe(JSON.stringify(a.api.listAll()));
  });

  it('explains a pod: the scheduler verdicts and the owner chain', () => {
    const c = createCluster({ seed: 7 });
    script(c);
    const pod = c.api.list(R.pods, 'default', { labelSelector: 'app=web' }).items[0] as PodLike;
    const why = c.explain('default', pod.metadata.name!)!;
    expect(why.scheduling?.node).toBe(pod.spec.nodeName);
    expect(why.scheduling?.verdicts).toHaveLength(3);
    expect(why.owners.map((o) => o.kind)).toEqual(['ReplicaSet', 'Deployment']);
    expect(c.explain('default', 'nope')).toBeUndefined();
  });

  it('FailedScheduling with the upstream message, then the pod schedules once room appears', () => {
    const c = createCluster({ seed: 3, addons: false });
    const t0 = c.clock.now();
    const big = (name: string, cpu: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'nginx:1.27', resources: { requests: { cpu } } }] } });
    c.api.create(R.pods, 'default', big('huge', '4'));
    c.advance(2_000);
    const ev = eventsFor(c, 'default', 'huge', t0)[0];
    expect(ev).toMatchObject({ type: 'Warning', reason: 'FailedScheduling' });
    expect(ev.message).toBe('0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.');
    const cond = (c.api.get(R.pods, 'default', 'huge') as PodLike).status?.conditions?.find((x) => x.type === 'PodScheduled');
    expect(cond).toMatchObject({ status: 'False', reason: 'Unschedulable' });
    expect(c.explain('default', 'huge')?.scheduling?.verdicts.every((v) => v.rejectedBy?.reason === 'Insufficient cpu')).toBe(true);
    // fill two nodes, then free one: a 1500m pod waits, and lands when a blocker goes
    for (const n of ['b1', 'b2', 'b3']) c.api.create(R.pods, 'default', big(n, '1'));
    c.advance(10_000);
    c.api.create(R.pods, 'default', big('mid', '1500m'));
    c.advance(2_000);
    expect((c.api.get(R.pods, 'default', 'mid') as PodLike).spec.nodeName).toBeUndefined();
    c.api.delete(R.pods, 'default', 'b1');
    c.advance(20_000);
    const mid = c.api.get(R.pods, 'default', 'mid') as PodLike;
    expect(mid.spec.nodeName).toBeDefined();
    expect(mid.status?.phase).toBe('Running');
  });
});

describe('events', () => {
  it('aggregate repeats and expire after the 1h event TTL', () => {
    const c = createCluster({ seed: 5, addons: false });
    c.api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'crash' }, spec: { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] } });
    c.advance(120_000);
    const backoff = (c.api.list(R.events, 'default').items as Array<KubeObject & { reason: string; count: number }>).filter((e) => e.reason === 'BackOff');
    expect(backoff).toHaveLength(1);
    expect(backoff[0].count).toBeGreaterThan(2);
    c.api.delete(R.pods, 'default', 'crash', { gracePeriodSeconds: 0 });
    c.advance(2 * 60 * 60_000);
    expect(c.api.list(R.events, 'default').items).toHaveLength(0);
  });
});
