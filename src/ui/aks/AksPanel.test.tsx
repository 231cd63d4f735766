// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { AksSnapshot } from '../../sim/aks/types';
import type { TimelineSeries } from '../../sim/metrics/timeline';
import type { Request } from '../../worker/protocol';
import { runUpgradeScenario } from '../../sim/aks/scenario';
import { render, type Rendered } from '../graph/render.test-util';

const t0 = 1_736_150_000_000;
const series: TimelineSeries = {
  periodMs: 10_000,
  samples: [
    { t: t0, nodes: 3, readyNodes: 3, available: { 'default/web': 6 } },
    { t: t0 + 60_000, nodes: 4, readyNodes: 3, available: { 'default/web': 5 } },
    { t: t0 + 120_000, nodes: 3, readyNodes: 3, available: { 'default/web': 6 } },
  ],
  deployments: [{ key: 'default/web', replicas: 6 }],
};
const snapshot = {
  cluster: { name: 'myAKSCluster', resourceGroup: 'myResourceGroup', location: 'japaneast', currentKubernetesVersion: '1.33.1' },
  pools: [
    { name: 'nodepool1', mode: 'System', vmSize: 'Standard_DS2_v2', count: 3, orchestratorVersion: '1.33.1', currentOrchestratorVersion: '1.32.6', provisioningState: 'Upgrading', upgradeSettings: {}, nodes: [] },
    { name: 'userpool', mode: 'User', vmSize: 'Standard_D4s_v3', count: 2, orchestratorVersion: '1.32.6', currentOrchestratorVersion: '1.32.6', provisioningState: 'Succeeded', upgradeSettings: { maxSurge: '33%' }, nodes: [] },
  ],
  upgrade: { target: '1.33.1', nodeImageOnly: false, phase: 'surge', pool: 'nodepool1', batch: 2, batches: 3, upgradedNodes: 1, totalNodes: 3 },
} as unknown as AksSnapshot;
const requests: Request[] = [];
vi.mock('../../worker/client', () => ({
  workerClient: {
    request: async (req: Request) => {
      requests.push(req);
      if (req.method === 'aks') return snapshot;
      if (req.method === 'timeline') return req.since === undefined ? series : { ...series, samples: [] };
      if (req.method === 'aksScenario') return runUpgradeScenario(req.options);
      return null;
    },
  },
}));
const { AksPanel } = await import('./AksPanel');
const { openAksPanel, useAksPanel } = await import('./panel-store');

let r: Rendered | undefined;
afterEach(() => {
  r?.unmount();
  r = undefined;
});

const settle = (ms = 30) => act(async () => new Promise((res) => setTimeout(res, ms)));

describe('the AKS panel', () => {
  it('Live: every pool with its max surge, a progress bar for the one upgrading, and the chart with its current values', async () => {
    openAksPanel('live');
    r = await render(<AksPanel />);
    await settle();
    const text = r.container.textContent ?? '';
    expect(text).toContain('Cluster myAKSCluster in myResourceGroup (japaneast), control plane 1.33.1.');
    expect(r.container.querySelector('[data-testid="aks-pool-nodepool1"]')!.textContent).toContain('max surge 1');
    expect(r.container.querySelector('[data-testid="aks-pool-userpool"]')!.textContent).toContain('max surge 33%');
    const bar = r.container.querySelector('[data-testid="aks-pool-nodepool1"] progress') as HTMLProgressElement;
    expect([bar.max, bar.value]).toEqual([3, 1]);
    expect(r.container.querySelector('[data-testid="aks-pool-userpool"]')!.textContent).toContain('Waits for its turn in the upgrade.');
    expect(r.container.querySelector('[data-testid="aks-legend-nodes"]')!.textContent).toBe('nodes: 3');
    expect(r.container.querySelector('[data-testid="aks-legend-default/web"]')!.textContent).toBe('web available: 6');
    expect(r.container.querySelectorAll('[data-testid="aks-live-chart"] path')).toHaveLength(2);
    // the second read asks only for what is newer than the last sample held
    await settle(1100);
    expect(requests.filter((q) => q.method === 'timeline').at(-1)).toEqual({ method: 'timeline', since: t0 + 120_000 });
  });

  it('Compare: four results side by side, then the plot of duration against the fewest available', async () => {
    openAksPanel('compare');
    r = await render(<AksPanel />);
    const inputs = r.container.querySelectorAll('input[type="number"]');
    await act(async () => {
      for (const [el, v] of [[inputs[0], '4'], [inputs[1], '8']] as const) {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    const run = [...r.container.querySelectorAll('button')].find((b) => b.textContent === 'Run the four upgrades')!;
    await act(async () => run.click());
    await settle(200);
    for (const id of ['surge1', 'surge33', 'surge100', 'unavailable1']) expect(r.container.querySelector(`[data-testid="aks-result-${id}"]`)).not.toBeNull();
    expect(requests.filter((q) => q.method === 'aksScenario').map((q) => (q as { options: { nodes: number; replicas: number } }).options)).toMatchObject([
      { nodes: 4, replicas: 8 },
      { nodes: 4, replicas: 8 },
      { nodes: 4, replicas: 8 },
      { nodes: 4, replicas: 8 },
    ]);
    expect(r.container.querySelector('[data-testid="aks-result-surge100"]')!.textContent).toContain('most nodes8');
    expect(r.container.querySelectorAll('[data-testid="aks-compare-plot"] circle')).toHaveLength(4);
    expect(useAksPanel.getState().tab).toBe('compare');
  });
});
