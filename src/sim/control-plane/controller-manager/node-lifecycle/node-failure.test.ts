import { describe, expect, it } from 'vitest';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { fromRFC3339 } from '../../../clock';
import { createCluster } from '../../../cluster';
import { evictionTime } from './taint-eviction';

const deployment = (replicas: number): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
});

type P = Pod & KubeObject;
const nodeOf = (c: ReturnType<typeof createCluster>, name: string) => c.api.get(R.nodes, undefined, name) as unknown as Node;
const ready = (n: Node) => n.status?.conditions?.find((x) => x.type === 'Ready');

describe('node heartbeats and failure', () => {
  it('renews each node Lease every 10 s, owned by its Node', () => {
    const c = createCluster({ seed: 3, addons: false });
    const leases = c.api.list(R.leases, 'kube-node-lease').items as Array<KubeObject & { spec: { renewTime: string; holderIdentity: string; leaseDurationSeconds: number } }>;
    expect(leases).toHaveLength(3);
    const l = leases[0];
    expect(l.spec.holderIdentity).toBe(l.metadata.name);
    expect(l.spec.leaseDurationSeconds).toBe(40);
    expect(l.spec.renewTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(l.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Node', name: l.metadata.name });
    const before = fromRFC3339(l.spec.renewTime);
    c.advance(10_000);
    const after = (c.api.get(R.leases, 'kube-node-lease', l.metadata.name!) as typeof l).spec.renewTime;
    expect(fromRFC3339(after) - before).toBe(10_000);
  });

  it('marks a stopped node Unknown after 40 s, taints it, and evicts its pods after 300 s', () => {
    const c = createCluster({ seed: 5, addons: false });
    c.api.create(R.deployments, 'default', deployment(6));
    c.advance(20_000);
    const pods = () => c.api.list(R.pods, 'default').items as P[];
    const victim = pods()[0].spec!.nodeName!;
    const onVictim = pods().filter((p) => p.spec?.nodeName === victim).map((p) => p.metadata.name);
    expect(onVictim.length).toBeGreaterThan(0);
    expect(c.stopNode(victim)).toBe(true);
    expect(c.stopNode(victim)).toBe(false);

    c.advance(30_000);
    expect(ready(nodeOf(c, victim))?.status).toBe('True');
    c.advance(15_000);
    const node = nodeOf(c, victim);
    expect(ready(node)).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    c.advance(1_000);
    const taints = nodeOf(c, victim).spec?.taints ?? [];
    expect(taints.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule']);
    expect(taints[0].timeAdded).toBeDefined();
    // its pods are no longer Ready (Endpoints drop them) but not yet evicted
    for (const p of pods().filter((p) => onVictim.includes(p.metadata.name))) {
      expect(p.status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('False');
      expect(p.metadata.deletionTimestamp).toBeUndefined();
    }

    c.advance(290_000);
    expect(pods().filter((p) => onVictim.includes(p.metadata.name) && p.metadata.deletionTimestamp)).toHaveLength(0);
    c.advance(20_000);
    const evicted = pods().filter((p) => onVictim.includes(p.metadata.name));
    expect(evicted.every((p) => p.metadata.deletionTimestamp)).toBe(true);
    expect(evicted[0].status?.conditions?.find((x) => x.type === 'DisruptionTarget')).toMatchObject({ status: 'True', reason: 'DeletionByTaintManager' });
    // the ReplicaSet replaced them on the other nodes
    c.advance(10_000);
    const live = pods().filter((p) => !p.metadata.deletionTimestamp);
    expect(live).toHaveLength(6);
    expect(live.every((p) => p.spec?.nodeName !== victim && p.status?.phase === 'Running')).toBe(true);

    // the VM comes back: Ready, taints gone, the terminating pods finish
    expect(c.startNode(victim)).toBe(true);
    c.advance(5_000);
    expect(ready(nodeOf(c, victim))?.status).toBe('True');
    expect(nodeOf(c, victim).spec?.taints).toBeUndefined();
    expect(pods().filter((p) => p.spec?.nodeName === victim)).toHaveLength(0);
  });

  it('a stopped node answers no request, and answers again once started', () => {
    const c = createCluster({ seed: 4, addons: false });
    c.api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    c.advance(10_000);
    const pod = c.api.get(R.pods, 'default', 'web') as P;
    const get = () => c.network.request({ url: `http://${pod.status!.podIP}/`, fromNamespace: 'default' });
    expect(get()).toMatchObject({ ok: true, status: 200 });
    c.stopNode(pod.spec!.nodeName!);
    expect(get()).toMatchObject({ ok: false, code: 28 });
    c.startNode(pod.spec!.nodeName!);
    c.advance(10_000);
    expect(get()).toMatchObject({ ok: true, status: 200 });
  });

  it('computes eviction times from tolerations', () => {
    const taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: '2025-01-06T09:00:00Z' };
    const t0 = fromRFC3339(taint.timeAdded);
    const pod = (tolerations: object[]): Pod => ({ spec: { containers: [], tolerations } }) as Pod;
    expect(evictionTime(pod([]), [taint], 5)).toBe(5);
    expect(evictionTime(pod([{ key: taint.key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }]), [taint], 5)).toBe(t0 + 300_000);
    expect(evictionTime(pod([{ operator: 'Exists' }]), [taint], 5)).toBeUndefined();
    expect(evictionTime(pod([]), [{ key: 'x', effect: 'NoSchedule' }], 5)).toBeUndefined();
  });
});
