// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { AksSnapshot } from '../../sim/aks/types';
import { render, type Rendered } from '../graph/render.test-util';

const pool = (nodes: AksSnapshot['pools'][number]['nodes']) => ({ name: 'nodepool1', mode: 'System', vmSize: 'Standard_DS2_v2', count: 3, orchestratorVersion: '1.33.3', currentOrchestratorVersion: '1.32.6', provisioningState: 'Upgrading', upgradeSettings: { maxSurge: '33%' }, nodes });
let snapshot: unknown;
vi.mock('../../worker/client', () => ({ workerClient: { request: async () => snapshot } }));
const { AksPool } = await import('./AksPool');

let r: Rendered | undefined;
afterEach(() => {
  r?.unmount();
  r = undefined;
});

describe('AksPool', () => {
  it('shows the node\'s pool and, while it upgrades, the phase, the batch and a progress bar', async () => {
    snapshot = {
      cluster: {},
      pools: [pool([{ name: 'aks-nodepool1-1-vmss000000', id: 0, state: 'draining', version: 'v1.32.6', nodeImageVersion: 'x' }, { name: 'aks-nodepool1-1-vmss000003', id: 3, state: 'running', version: 'v1.33.3', nodeImageVersion: 'x', surge: true }])],
      upgrade: { target: '1.33.3', nodeImageOnly: false, phase: 'drain', pool: 'nodepool1', batch: 1, batches: 3, upgradedNodes: 1, totalNodes: 3 },
    } as unknown as AksSnapshot;
    r = await render(<AksPool node="aks-nodepool1-1-vmss000003" />);
    await act(async () => new Promise((res) => setTimeout(res, 20)));
    const text = r.container.textContent ?? '';
    expect(text).toContain('Pool nodepool1 (System, Standard_DS2_v2, 3 nodes, Kubernetes 1.32.6).');
    expect(text).toContain('It is a surge node, added for the upgrade.');
    expect(text).toContain('max surge 33%');
    expect(text).toContain('Cordoning and draining old nodes · batch 1 of 3, 1 of 3 nodes upgraded');
    const bar = r.container.querySelector('progress')!;
    expect([bar.max, bar.value]).toEqual([3, 1]);
  });

  it('shows nothing for a node no pool has, or without an AKS model', async () => {
    snapshot = null;
    r = await render(<AksPool node="n1" />);
    await act(async () => new Promise((res) => setTimeout(res, 20)));
    expect(r.container.textContent).toBe('');
  });
});
