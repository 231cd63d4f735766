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
  /** a PodDisruptionBudget over the Deployment's pods with this minAvailable (e.g. '80%' or 4) */
  pdbMinAvailable?: string | number;
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
  if (o.pdbMinAvailable !== undefined) {
    c.api.create(R.poddisruptionbudgets, 'default', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { minAvailable: o.pdbMinAvailable, selector: { matchLabels: labels } } } as KubeObject);
  }
  c.advance(60_000);
  Object.assign(c.aks.pool('nodepool1')!.upgradeSettings, o.settings);
  if (o.settings.maxUnavailable && o.settings.maxUnavailable !== '0') c.aks.pool('nodepool1')!.mode = 'User';
  const err = c.aks.upgrade({ kubernetesVersion: o.version ?? '1.33.1' });
  if (err) throw new Error(err);
  const step = o.sampleMs ?? 15_000;
  const timeline: ScenarioSample[] = [];
  const start = c.clock.now();
  const availableOf = (dep: KubeObject) => (dep.status as { availableReplicas?: number } | undefined)?.availableReplicas ?? 0;
  // the fewest available replicas at any moment, not only at the samples: a dip between two samples
  // (pods evicted and not yet Ready elsewhere) is what the compare view is about
  let minAvailable = availableOf(c.api.get(R.deployments, 'default', 'web'));
  let peakNodes = c.api.list(R.nodes, undefined).items.length;
  const stopDeployments = c.api.watch(R.deployments, 'default', {}, (ev) => {
    if (ev.type === 'MODIFIED') minAvailable = Math.min(minAvailable, availableOf(ev.object));
  });
  const stopNodes = c.api.watch(R.nodes, undefined, {}, (ev) => {
    if (ev.type === 'ADDED') peakNodes = Math.max(peakNodes, c.api.list(R.nodes, undefined).items.length);
  });
  const sample = () => {
    timeline.push({ t: c.clock.now() - start, nodes: c.api.list(R.nodes, undefined).items.length, available: availableOf(c.api.get(R.deployments, 'default', 'web')) });
  };
  sample();
  while (c.aks.busy() && c.clock.now() - start < 6 * 3600_000) {
    c.advance(step);
    sample();
  }
  stopDeployments();
  stopNodes();
  return { durationMs: c.clock.now() - start, peakNodes, minAvailable, state: c.aks.cluster.provisioningState, timeline };
}
