// One upgrade run on a fresh cluster, measured: what the AKS lesson's compare view plots (upgrade
// duration against the fewest available replicas, per maxSurge / maxUnavailable setting). Pure
// simulator work on its own Clock, so the worker can run several settings side by side.
import { createCluster } from '../cluster';
import { R } from '../api/resources';
import type { KubeObject } from '../api/types';
import type { UpgradeSettings } from './types';

export interface ScenarioOptions {
  seed?: number;
  nodes?: number;
  replicas?: number;
  settings: UpgradeSettings;
  /** target version (default 1.33.1: control plane and pool) */
  version?: string;
  /** sample period of the timeline in virtual ms (default 15 s) */
  sampleMs?: number;
}

export interface ScenarioSample {
  /** virtual ms since the upgrade started */
  t: number;
  nodes: number;
  available: number;
}

export interface ScenarioResult {
  durationMs: number;
  peakNodes: number;
  minAvailable: number;
  state: string;
  timeline: ScenarioSample[];
}

export function runUpgradeScenario(o: ScenarioOptions): ScenarioResult {
  const c = createCluster({ seed: o.seed ?? 1, nodes: o.nodes ?? 3, addons: false, freezeObjects: false });
  const labels = { app: 'web' };
  c.api.create(R.deployments, 'default', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: o.replicas ?? 6, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } } } as KubeObject);
  c.advance(60_000);
  Object.assign(c.aks.pool('nodepool1')!.upgradeSettings, o.settings);
  if (o.settings.maxUnavailable && o.settings.maxUnavailable !== '0') c.aks.pool('nodepool1')!.mode = 'User';
  const err = c.aks.upgrade({ kubernetesVersion: o.version ?? '1.33.1' });
  if (err) throw new Error(err);
  const step = o.sampleMs ?? 15_000;
  const timeline: ScenarioSample[] = [];
  const start = c.clock.now();
  const sample = () => {
    const dep = c.api.get(R.deployments, 'default', 'web');
    timeline.push({ t: c.clock.now() - start, nodes: c.api.list(R.nodes, undefined).items.length, available: (dep.status as { availableReplicas?: number }).availableReplicas ?? 0 });
  };
  sample();
  while (c.aks.busy() && c.clock.now() - start < 6 * 3600_000) {
    c.advance(step);
    sample();
  }
  return { durationMs: c.clock.now() - start, peakNodes: Math.max(...timeline.map((s) => s.nodes)), minAvailable: Math.min(...timeline.map((s) => s.available)), state: c.aks.cluster.provisioningState, timeline };
}
