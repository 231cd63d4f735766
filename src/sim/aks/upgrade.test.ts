import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../cluster';
import { R } from '../api/resources';
import { NEW_NODE_IMAGE } from './upgrade';

function run(c: Cluster): { peak: number; min: number; ms: number } {
  const start = c.clock.now();
  let peak = 0;
  let min = Infinity;
  for (let t = 0; t < 6 * 3600_000 && c.aks.busy(); t += 5_000) {
    c.advance(5_000);
    const n = c.api.list(R.nodes, undefined).items.length;
    peak = Math.max(peak, n);
    min = Math.min(min, n);
  }
  return { peak, min, ms: c.clock.now() - start };
}

const versions = (c: Cluster, pool: string) => c.api.list(R.nodes, undefined).items.filter((n) => n.metadata.labels!.agentpool === pool).map((n) => (n.status as { nodeInfo: { kubeletVersion: string } }).nodeInfo.kubeletVersion);

describe('AKS upgrade orchestrator', () => {
  it('10 nodes at 33% surge: 4 surge nodes, 3 batches, never more than 14 nodes', () => {
    const c = createCluster({ seed: 2, nodes: 10, addons: false });
    c.aks.pool('nodepool1')!.upgradeSettings.maxSurge = '33%';
    expect(c.aks.upgrade({ kubernetesVersion: '1.32.7' })).toBeUndefined();
    c.advance(5_000);
    expect(c.aks.snapshot().upgrade).toMatchObject({ phase: 'controlPlane' });
    c.advance(240_000);
    expect(c.aks.snapshot().upgrade).toMatchObject({ phase: 'surge', pool: 'nodepool1', batches: 3, totalNodes: 10 });
    expect(run(c).peak).toBe(14);
    expect(versions(c, 'nodepool1')).toEqual(Array(10).fill('v1.32.7'));
  });

  it('--control-plane-only leaves the pools on their version; a pool upgrade then follows the control plane', () => {
    const c = createCluster({ seed: 1, addons: false });
    expect(c.aks.upgrade({ kubernetesVersion: '1.33.1', controlPlaneOnly: true })).toBeUndefined();
    expect(run(c).peak).toBe(3);
    expect(c.aks.cluster.currentKubernetesVersion).toBe('1.33.1');
    expect(c.aks.pool('nodepool1')!.currentOrchestratorVersion).toBe('1.32.6');
    expect(c.aks.upgrade({ pool: 'nodepool1', kubernetesVersion: '1.33.1' })).toBeUndefined();
    run(c);
    expect(versions(c, 'nodepool1')).toEqual(['v1.33.1', 'v1.33.1', 'v1.33.1']);
  });

  it('--node-image-only keeps the Kubernetes version and rolls the node image through the same surge', () => {
    const c = createCluster({ seed: 1, addons: false });
    expect(c.aks.upgrade({ nodeImageOnly: true })).toBeUndefined();
    expect(run(c).peak).toBe(4);
    expect(versions(c, 'nodepool1')).toEqual(['v1.32.6', 'v1.32.6', 'v1.32.6']);
    expect(c.aks.pool('nodepool1')!.nodeImageVersion).toBe(NEW_NODE_IMAGE);
    const labels = c.api.list(R.nodes, undefined).items.map((n) => n.metadata.labels!['kubernetes.azure.com/node-image-version']);
    expect(labels).toEqual([NEW_NODE_IMAGE, NEW_NODE_IMAGE, NEW_NODE_IMAGE]);
  });

  it('maxUnavailable on a User pool drains in place: no surge node, the pool never grows', () => {
    const c = createCluster({ seed: 1, addons: false });
    expect(c.aks.addPool({ name: 'user', count: 4, upgradeSettings: { maxSurge: '0', maxUnavailable: '2' } })).toBeUndefined();
    run(c);
    expect(c.aks.upgrade({ kubernetesVersion: '1.32.7', controlPlaneOnly: true })).toBeUndefined();
    run(c);
    expect(c.aks.upgrade({ pool: 'user', kubernetesVersion: '1.32.7' })).toBeUndefined();
    const r = run(c);
    expect(r.peak).toBe(7);
    expect(versions(c, 'user')).toEqual(Array(4).fill('v1.32.7'));
  });

  it('soak time holds each batch: 3 batches with a 2-minute soak take at least 6 minutes longer', () => {
    const time = (soak: number) => {
      const c = createCluster({ seed: 1, addons: false });
      Object.assign(c.aks.pool('nodepool1')!.upgradeSettings, { maxSurge: '1', nodeSoakDurationInMinutes: soak });
      c.aks.upgrade({ kubernetesVersion: '1.32.7' });
      return run(c).ms;
    };
    expect(time(2) - time(0)).toBeGreaterThanOrEqual(6 * 60_000);
  });

  it('is deterministic: the same seed and calls give the same nodes', () => {
    const names = () => {
      const c = createCluster({ seed: 5, addons: false });
      c.aks.upgrade({ kubernetesVersion: '1.33.1' });
      run(c);
      return c.api.list(R.nodes, undefined).items.map((n) => `${n.metadata.name}/${n.metadata.uid}`);
    };
    expect(names()).toEqual(names());
  });
});
