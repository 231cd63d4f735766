import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../cluster';
import { R } from '../api/resources';
import type { KubeObject } from '../api/types';

function nodes(c: Cluster): { name: string; version: string; unschedulable: boolean }[] {
  return c.api.list(R.nodes, undefined).items.map((n) => ({
    name: n.metadata.name!,
    version: (n.status as { nodeInfo: { kubeletVersion: string } }).nodeInfo.kubeletVersion,
    unschedulable: !!(n.spec as { unschedulable?: boolean }).unschedulable,
  }));
}

function web(c: Cluster, replicas: number): void {
  const labels = { app: 'web' };
  c.api.create(R.deployments, 'default', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } } } as KubeObject);
  c.advance(30_000);
}

/** advance until the AKS operation ends, watching the node count */
function run(c: Cluster, maxMs = 3 * 3600_000): number {
  let peak = 0;
  for (let t = 0; t < maxMs && c.aks.busy(); t += 5_000) {
    c.advance(5_000);
    peak = Math.max(peak, c.api.list(R.nodes, undefined).items.length);
  }
  return peak;
}

const readyPods = (c: Cluster) => c.api.list(R.pods, 'default').items.filter((p) => (p.status as { phase?: string }).phase === 'Running' && !p.metadata.deletionTimestamp).length;

describe('AKS model', () => {
  it('scales the system pool up and down on the live cluster', () => {
    const c = createCluster({ seed: 1 });
    expect(c.aks.scalePool('nodepool1', 5)).toBeUndefined();
    expect(c.aks.pool('nodepool1')!.provisioningState).toBe('Scaling');
    run(c);
    expect(nodes(c).map((n) => n.name.slice(-10))).toEqual(['vmss000000', 'vmss000001', 'vmss000002', 'vmss000003', 'vmss000004']);
    expect(c.aks.scalePool('nodepool1', 2)).toBeUndefined();
    run(c);
    expect(nodes(c)).toHaveLength(2);
    expect(c.aks.pool('nodepool1')).toMatchObject({ count: 2, provisioningState: 'Succeeded' });
  });

  it('adds a User pool of another VM size and deletes it; the last System pool cannot go', () => {
    const c = createCluster({ seed: 1 });
    expect(c.aks.addPool({ name: 'userpool', count: 2, vmSize: 'Standard_D4s_v3' })).toBeUndefined();
    run(c);
    const added = c.api.list(R.nodes, undefined).items.filter((n) => n.metadata.labels!.agentpool === 'userpool');
    expect(added).toHaveLength(2);
    expect((added[0].status as { capacity: { cpu: string } }).capacity.cpu).toBe('4');
    expect(added[0].metadata.labels!['kubernetes.azure.com/mode']).toBe('user');
    expect(c.aks.addPool({ name: 'User_Pool' })).toMatch(/^\(InvalidParameter\)/);
    expect(c.aks.deletePool('nodepool1')).toBe('(OperationNotAllowed) There has to be at least one system agent pool.');
    expect(c.aks.deletePool('userpool')).toBeUndefined();
    run(c);
    expect(c.aks.pool('userpool')).toBeUndefined();
    expect(nodes(c)).toHaveLength(3);
  });

  it('upgrades control plane then a 3-node pool with surge 1: never more than 4 nodes, pods stay up', () => {
    const c = createCluster({ seed: 1 });
    web(c, 3);
    c.aks.pool('nodepool1')!.upgradeSettings.maxSurge = '1';
    expect(c.aks.upgrade({ kubernetesVersion: '1.33.1' })).toBeUndefined();
    let minReady = 3;
    let peak = 0;
    for (let t = 0; t < 3 * 3600_000 && c.aks.busy(); t += 5_000) {
      c.advance(5_000);
      peak = Math.max(peak, c.api.list(R.nodes, undefined).items.length);
      minReady = Math.min(minReady, readyPods(c));
    }
    expect(peak).toBe(4);
    expect(minReady).toBeGreaterThanOrEqual(1);
    expect(nodes(c).map((n) => n.version)).toEqual(['v1.33.1', 'v1.33.1', 'v1.33.1']);
    expect(nodes(c).every((n) => !n.unschedulable)).toBe(true);
    expect(c.aks.cluster).toMatchObject({ currentKubernetesVersion: '1.33.1', provisioningState: 'Succeeded' });
    expect(c.aks.pool('nodepool1')).toMatchObject({ currentOrchestratorVersion: '1.33.1', provisioningState: 'Succeeded' });
    const reasons = new Set(c.api.list(R.events, 'default').items.map((e) => (e as unknown as { reason: string }).reason));
    expect([...reasons]).toEqual(expect.arrayContaining(['Surge', 'Drain', 'Upgrade']));
    expect(readyPods(c)).toBe(3);
  });

  it('a PodDisruptionBudget that allows no disruption blocks the drain until drainTimeout fails the upgrade', () => {
    const c = createCluster({ seed: 1 });
    web(c, 2);
    c.api.create(R.poddisruptionbudgets, 'default', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web-pdb' }, spec: { minAvailable: 2, selector: { matchLabels: { app: 'web' } } } } as KubeObject);
    c.advance(10_000);
    Object.assign(c.aks.pool('nodepool1')!.upgradeSettings, { maxSurge: '1', drainTimeoutInMinutes: 5 });
    expect(c.aks.upgrade({ kubernetesVersion: '1.32.7' })).toBeUndefined();
    run(c);
    expect(c.aks.cluster.provisioningState).toBe('Failed');
    expect(c.aks.snapshot().upgrade).toMatchObject({ phase: 'failed' });
    expect(c.aks.snapshot().upgrade!.error).toContain("Cannot evict pod as it would violate the pod's disruption budget.");
    expect(readyPods(c)).toBe(2);
    expect(c.aks.upgrade({ kubernetesVersion: '1.31.9' })).toMatch(/^\(NotAllowedOperation\)/);
  });

  it('refuses skipping a minor and a node pool newer than the control plane', () => {
    const c = createCluster({ seed: 1 });
    expect(c.aks.upgrade({ kubernetesVersion: '1.34.0' })).toMatch(/K8sVersionNotSupported/);
    expect(c.aks.upgrade({ pool: 'nodepool1', kubernetesVersion: '1.33.1' })).toMatch(/^\(NodePoolMcVersionIncompatible\)/);
  });
});

describe('AKS upgrade after a failed drain', () => {
  it('retrying once the budget is gone reuses the surge node and finishes', () => {
    const c = createCluster({ seed: 1 });
    web(c, 2);
    c.api.create(R.poddisruptionbudgets, 'default', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web-pdb' }, spec: { minAvailable: 2, selector: { matchLabels: { app: 'web' } } } } as KubeObject);
    c.advance(10_000);
    Object.assign(c.aks.pool('nodepool1')!.upgradeSettings, { maxSurge: '1', drainTimeoutInMinutes: 5 });
    c.aks.upgrade({ kubernetesVersion: '1.32.7' });
    run(c);
    expect(c.aks.cluster.provisioningState).toBe('Failed');
    c.api.delete(R.poddisruptionbudgets, 'default', 'web-pdb');
    expect(c.aks.upgrade({ kubernetesVersion: '1.32.7' })).toBeUndefined();
    expect(run(c)).toBe(4);
    expect(c.aks.cluster.provisioningState).toBe('Succeeded');
    expect(nodes(c).map((n) => `${n.version}/${n.unschedulable}`)).toEqual(Array(3).fill('v1.32.7/false'));
  });
});
