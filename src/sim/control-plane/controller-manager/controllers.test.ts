import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { eventsFor, testCluster } from '../../node/kubelet/test-helpers';
import type { Cluster } from '../../cluster';

function deployment(name: string, replicas: number, image: string, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image, ports: [{ containerPort: 80, name: 'http' }] }] } }, ...extra },
  };
}

type Obj = KubeObject & { spec: { replicas?: number }; status: Record<string, unknown> & { replicas?: number; readyReplicas?: number; availableReplicas?: number; updatedReplicas?: number; conditions?: Array<{ type: string; status: string; reason: string }> } };
const list = (c: Cluster, r: keyof typeof R) => c.api.list(R[r], 'default').items as Obj[];
const running = (c: Cluster) => list(c, 'pods').filter((p) => (p.status as { phase?: string }).phase === 'Running' && !p.metadata.deletionTimestamp);

describe('ReplicaSet controller', () => {
  it('creates pods with generateName and owner references, and replaces a deleted pod', () => {
    const c = testCluster();
    c.api.create(R.replicasets, 'default', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs1' },
      spec: { replicas: 3, selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } },
    });
    c.advance(15_000);
    const pods = running(c);
    expect(pods).toHaveLength(3);
    const rs = c.api.get(R.replicasets, 'default', 'rs1') as Obj;
    expect(pods[0].metadata.name).toMatch(/^rs1-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(pods[0].metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs1', uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(rs.status).toMatchObject({ replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 1 });
    const t0 = c.clock.now();
    c.api.delete(R.pods, 'default', pods[0].metadata.name!);
    c.advance(15_000);
    expect(running(c)).toHaveLength(3);
    const created = eventsFor(c, 'default', 'rs1', t0).filter((e) => e.reason === 'SuccessfulCreate');
    expect(created).toHaveLength(1);
    expect(created[0].message).toMatch(/^Created pod: rs1-/);
  });

  it('scales down the least useful pods first (unscheduled before running)', () => {
    const c = testCluster();
    c.api.create(R.replicasets, 'default', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs2' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'y' } }, template: { metadata: { labels: { app: 'y' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } },
    });
    c.advance(15_000);
    c.api.updateScale(R.replicasets, 'default', 'rs2', 1);
    c.advance(5_000);
    expect(running(c)).toHaveLength(1);
    expect(eventsFor(c, 'default', 'rs2', 0).some((e) => e.reason === 'SuccessfulDelete' && e.message.startsWith('Deleted pod: rs2-'))).toBe(true);
  });
});

describe('Deployment controller', () => {
  it('rolls out a new template with surge/unavailable limits, records revisions and events', () => {
    const c = testCluster();
    c.api.create(R.deployments, 'default', deployment('web', 4, 'nginx:1.26'));
    c.advance(20_000);
    let d = c.api.get(R.deployments, 'default', 'web') as Obj;
    expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4, observedGeneration: 1 });
    expect(d.metadata.generation).toBe(1); // the revision annotation went through status: no bump
    expect(d.status.conditions?.map((x) => `${x.type}=${x.status}/${x.reason}`)).toEqual(['Available=True/MinimumReplicasAvailable', 'Progressing=True/NewReplicaSetAvailable']);
    const first = list(c, 'replicasets')[0];
    expect(first.metadata.name).toMatch(/^web-[bcdf4-9]{8,10}$/);
    expect(first.metadata.labels?.['pod-template-hash']).toBe(first.metadata.name!.slice(4));
    const t0 = c.clock.now();
    const cur = c.api.get(R.deployments, 'default', 'web') as Obj & { spec: { template: { spec: { containers: Array<{ image: string }> } } } };
    const next = structuredClone(cur);
    next.spec.template.spec.containers[0].image = 'nginx:1.27';
    c.api.update(R.deployments, 'default', next);
    // never more than replicas + maxSurge (1) pods, never fewer than replicas - maxUnavailable (1) available
    let maxPods = 0;
    for (let i = 0; i < 60; i++) {
      c.advance(500);
      const live = list(c, 'pods').filter((p) => !p.metadata.deletionTimestamp);
      maxPods = Math.max(maxPods, live.length);
    }
    expect(maxPods).toBeLessThanOrEqual(5);
    d = c.api.get(R.deployments, 'default', 'web') as Obj;
    expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 4, availableReplicas: 4 });
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    const rss = list(c, 'replicasets');
    expect(rss).toHaveLength(2);
    expect(rss.map((r) => r.spec.replicas).sort()).toEqual([0, 4]);
    const scaling = eventsFor(c, 'default', 'web', t0).filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
    expect(scaling[0]).toMatch(/^Scaled up replica set web-\S+ from 0 to 1$/);
    expect(scaling.some((m) => /^Scaled down replica set web-\S+ from 4 to 3$/.test(m))).toBe(true);
  });

  it('scales the current ReplicaSet on a replicas change and trims history to revisionHistoryLimit', () => {
    const c = testCluster();
    c.api.create(R.deployments, 'default', deployment('hist', 2, 'nginx:1.25', { revisionHistoryLimit: 1 }));
    c.advance(15_000);
    const t0 = c.clock.now();
    c.api.updateScale(R.deployments, 'default', 'hist', 4);
    c.advance(15_000);
    const scaled = eventsFor(c, 'default', 'hist', t0).filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
    expect(scaled).toEqual([expect.stringMatching(/^Scaled up replica set hist-\S+ from 2 to 4$/)]);
    for (const image of ['nginx:1.26', 'nginx:1.27']) {
      const cur = c.api.get(R.deployments, 'default', 'hist') as Obj & { spec: { template: { spec: { containers: Array<{ image: string }> } } } };
      const next = structuredClone(cur);
      next.spec.template.spec.containers[0].image = image;
      c.api.update(R.deployments, 'default', next);
      c.advance(40_000);
    }
    const rss = list(c, 'replicasets');
    expect(rss).toHaveLength(2); // the current one and one old revision
    expect(rss.map((r) => r.metadata.annotations?.['deployment.kubernetes.io/revision']).sort()).toEqual(['2', '3']);
    expect(running(c)).toHaveLength(4);
  });

  it('Recreate stops every old pod before starting new ones', () => {
    const c = testCluster();
    c.api.create(R.deployments, 'default', deployment('db', 2, 'nginx:1.26', { strategy: { type: 'Recreate' } }));
    c.advance(20_000);
    const cur = c.api.get(R.deployments, 'default', 'db') as Obj & { spec: { template: { spec: { containers: Array<{ image: string }> } } } };
    const next = structuredClone(cur);
    next.spec.template.spec.containers[0].image = 'nginx:1.27';
    c.api.update(R.deployments, 'default', next);
    let overlap = false;
    for (let i = 0; i < 60; i++) {
      c.advance(500);
      const images = new Set(list(c, 'pods').map((p) => (p.spec as unknown as { containers: Array<{ image: string }> }).containers[0].image));
      if (images.size > 1) overlap = true;
    }
    expect(overlap).toBe(false);
    expect(running(c)).toHaveLength(2);
  });
});

describe('garbage collector', () => {
  it('Background: deleting a Deployment removes its ReplicaSets and pods', () => {
    const c = testCluster();
    c.api.create(R.deployments, 'default', deployment('gc', 2, 'nginx:1.27'));
    c.advance(15_000);
    c.api.delete(R.deployments, 'default', 'gc');
    c.advance(5_000);
    expect(list(c, 'replicasets')).toHaveLength(0);
    expect(list(c, 'pods')).toHaveLength(0);
  });

  it('Foreground: the owner waits for its dependents', () => {
    const c = testCluster();
    c.api.create(R.deployments, 'default', deployment('fg', 2, 'nginx:1.27'));
    c.advance(15_000);
    c.api.delete(R.deployments, 'default', 'fg', { propagationPolicy: 'Foreground' });
    c.advance(200);
    const d = c.api.get(R.deployments, 'default', 'fg');
    expect(d.metadata.finalizers).toContain('foregroundDeletion');
    c.advance(10_000);
    expect(list(c, 'deployments')).toHaveLength(0);
    expect(list(c, 'pods')).toHaveLength(0);
  });

  it('Orphan: dependents stay, without the owner reference', () => {
    const c = testCluster();
    c.api.create(R.deployments, 'default', deployment('or', 2, 'nginx:1.27'));
    c.advance(15_000);
    c.api.delete(R.deployments, 'default', 'or', { propagationPolicy: 'Orphan' });
    c.advance(5_000);
    expect(list(c, 'deployments')).toHaveLength(0);
    const rss = list(c, 'replicasets');
    expect(rss).toHaveLength(1);
    expect(rss[0].metadata.ownerReferences).toBeUndefined();
    expect(running(c)).toHaveLength(2);
  });
});

describe('endpoints controller', () => {
  it('lists ready pods in addresses and resolves named target ports', () => {
    const c = testCluster();
    c.api.create(R.deployments, 'default', deployment('svc', 2, 'nginx:1.27'));
    c.api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc' }, spec: { selector: { app: 'svc' }, ports: [{ port: 8080, targetPort: 'http' }] } });
    c.advance(800);
    c.advance(15_000);
    const ep = c.api.get(R.endpoints, 'default', 'svc') as KubeObject & { subsets: Array<{ addresses?: Array<{ ip: string; targetRef: { name: string } }>; notReadyAddresses?: unknown[]; ports: Array<{ port: number; protocol: string }> }> };
    expect(ep.subsets).toHaveLength(1);
    expect(ep.subsets[0].addresses).toHaveLength(2);
    expect(ep.subsets[0].notReadyAddresses).toBeUndefined();
    expect(ep.subsets[0].ports).toEqual([{ port: 80, protocol: 'TCP' }]);
    const ips = running(c).map((p) => (p.status as { podIP: string }).podIP).sort();
    expect(ep.subsets[0].addresses!.map((a) => a.ip).sort()).toEqual(ips);
  });

  it('puts not-ready pods in notReadyAddresses', () => {
    const c = testCluster();
    c.api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'crash', labels: { app: 'nr' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] } });
    c.api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nr' }, spec: { selector: { app: 'nr' }, ports: [{ port: 80 }] } });
    c.advance(8_000);
    const ep = c.api.get(R.endpoints, 'default', 'nr') as KubeObject & { subsets: Array<{ addresses?: unknown[]; notReadyAddresses?: Array<{ ip: string }> }> };
    expect(ep.subsets[0].addresses).toBeUndefined();
    expect(ep.subsets[0].notReadyAddresses).toHaveLength(1);
  });
});

describe('namespace controller', () => {
  it('deletes the content of a terminating namespace, then the namespace itself', () => {
    const c = testCluster();
    c.api.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    c.api.create(R.deployments, 'team', { ...deployment('app', 2, 'nginx:1.27'), metadata: { name: 'app', namespace: 'team' } });
    c.advance(15_000);
    c.api.delete(R.namespaces, undefined, 'team');
    c.advance(500);
    const ns = c.api.get(R.namespaces, undefined, 'team') as KubeObject & { status: { phase: string; conditions: Array<{ type: string; status: string; message: string }> } };
    expect(ns.status.phase).toBe('Terminating');
    expect(ns.status.conditions.find((x) => x.type === 'NamespaceContentRemaining')?.message).toMatch(/^Some resources are remaining: /);
    c.advance(30_000);
    expect(c.api.list(R.namespaces, undefined).items.map((n) => n.metadata.name)).not.toContain('team');
    expect(c.api.list(R.pods, 'team').items).toHaveLength(0);
  });
});

describe('node lifecycle controller', () => {
  it('taints a cordoned node NoSchedule and keeps new pods off it', () => {
    const c = testCluster();
    const nodes = c.api.list(R.nodes, undefined).items;
    const first = nodes[0].metadata.name!;
    c.api.patch(R.nodes, undefined, first, 'merge', { spec: { unschedulable: true } });
    c.advance(200);
    const n = c.api.get(R.nodes, undefined, first) as KubeObject & { spec: { taints?: Array<{ key: string; effect: string }> } };
    expect(n.spec.taints).toEqual([{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }]);
    c.api.create(R.deployments, 'default', deployment('spread', 6, 'nginx:1.27'));
    c.advance(15_000);
    expect(list(c, 'pods').every((p) => (p.spec as unknown as { nodeName: string }).nodeName !== first)).toBe(true);
    c.api.patch(R.nodes, undefined, first, 'merge', { spec: { unschedulable: null } });
    c.advance(200);
    expect((c.api.get(R.nodes, undefined, first) as typeof n).spec.taints).toBeUndefined();
  });
});
