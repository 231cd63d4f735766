// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { PodExplanation } from '../../sim/explain';
import { useStore } from '../../state/store';
import { add, deployment, node, pod, replicaSet, type Objects } from '../graph/fixtures.test-util';
import { byLabel, render, type Rendered } from '../graph/render.test-util';

const explanation: PodExplanation = {
  scheduling: {
    at: 0, node: 'n2',
    verdicts: [
      { node: 'n1', rejectedBy: { plugin: 'NodeResourcesFit', reason: 'Insufficient cpu' } },
      { node: 'n2', scores: { NodeResourcesFit: 80, BalancedAllocation: 95 }, total: 175 },
    ],
  },
  owners: [],
  fidelityNotes: ['Scores are computed for cpu and memory only.'],
};
const request = vi.fn(async () => explanation);
vi.mock('../../worker/client', () => ({ workerClient: { request: (...a: unknown[]) => request(...(a as [])) } }));

const { Inspector } = await import('./Inspector');

let r: Rendered | undefined;
const d = deployment('web');
const rs = replicaSet('web-5d4f', d);
const p = pod('web-5d4f-x2k4p', { owner: rs, nodeName: 'n2', phase: 'Running' });

function load(objects: Objects) {
  const all = Object.values(objects).flatMap((m) => [...m.values()]);
  act(() => useStore.getState().replaceAll(all, '1', { now: Date.UTC(2025, 0, 6, 9, 5), paused: false, speed: 1 }));
}

beforeEach(() => {
  load(add({}, node('n1'), node('n2'), d, rs, p));
});
afterEach(() => {
  r?.unmount();
  r = undefined;
  act(() => useStore.getState().select(undefined));
});

const region = () => r!.container.querySelector('section[aria-label="Inspector"]');
const click = (el: Element | null | undefined) => act(async () => (el as HTMLElement).click());
const buttonWith = (text: string) => [...r!.container.querySelectorAll('button')].find((b) => b.textContent?.includes(text));

describe('Inspector', () => {
  it('renders nothing until something is selected, then a region named "Inspector"', async () => {
    r = await render(<Inspector />);
    expect(region()).toBeNull();
    await act(async () => useStore.getState().select({ kind: 'Pod', namespace: 'default', name: 'web-5d4f-x2k4p' }));
    expect(region()).not.toBeNull();
    expect(region()?.textContent).toContain('Running');
  });

  it("shows the scheduler's verdicts and a clickable owner chain", async () => {
    act(() => useStore.getState().select({ kind: 'Pod', namespace: 'default', name: 'web-5d4f-x2k4p' }));
    r = await render(<Inspector />);
    await act(async () => {});
    expect(request).toHaveBeenCalledWith({ method: 'explain', namespace: 'default', name: 'web-5d4f-x2k4p' });
    const text = region()?.textContent ?? '';
    expect(text).toContain('Placed on n2');
    expect(text).toContain('Filtered out by NodeResourcesFit: Insufficient cpu');
    expect(text).toContain('Score 175');
    // where the simulator simplifies, in the learner's language, naming what it stands in for
    expect(text).toContain('How Kubeplay simulates this');
    expect(text).toContain('standing in for the kubelet image manager');
    await click(buttonWith('ReplicaSet/web-5d4f'));
    expect(useStore.getState().selected).toEqual({ kind: 'ReplicaSet', namespace: 'default', name: 'web-5d4f' });
    await click(buttonWith('Deployment/web'));
    expect(useStore.getState().selected).toEqual({ kind: 'Deployment', namespace: 'default', name: 'web' });
    expect(region()?.textContent).toContain('ReplicaSet/web-5d4f'); // the Deployment owns it
  });

  it('shows live YAML that follows the object', async () => {
    act(() => useStore.getState().select({ kind: 'Pod', namespace: 'default', name: 'web-5d4f-x2k4p' }));
    r = await render(<Inspector />);
    await click(r.container.querySelector('#kp-tab-yaml'));
    expect(r.container.querySelector('pre')?.textContent).toContain('phase: Running');
    const deleting = { ...p, metadata: { ...p.metadata, deletionTimestamp: '2025-01-06T09:05:00Z' } };
    act(() => useStore.getState().applyEvents([{ type: 'MODIFIED', object: deleting }], '2', { now: 0, paused: false, speed: 1 }));
    expect(r.container.querySelector('pre')?.textContent).toContain("deletionTimestamp: 2025-01-06T09:05:00Z");
    expect(region()?.textContent).toContain('Terminating');
  });

  it('shows a node\'s resources and pods, and closes with the button or Escape', async () => {
    act(() => useStore.getState().select({ kind: 'Node', name: 'n2' }));
    r = await render(<Inspector />);
    const text = region()?.textContent ?? '';
    expect(text).toContain('Allocatable');
    expect(text).toContain('1900m');
    expect(text).toContain('default/web-5d4f-x2k4p');
    await click(byLabel(r.container, /^Close inspector$/)[0]);
    expect(useStore.getState().selected).toBeUndefined();
    act(() => useStore.getState().select({ kind: 'ControlPlaneComponent', name: 'kube-scheduler' }));
    expect(region()?.textContent).toContain('Filters out nodes');
    act(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(useStore.getState().selected).toBeUndefined();
    expect(region()).toBeNull();
  });

  it("falls back to the scheduler's FailedScheduling event when no decision is recorded", async () => {
    request.mockResolvedValueOnce(null as never);
    const pending = pod('big-pod');
    const failed = {
      apiVersion: 'v1', kind: 'Event', metadata: { name: 'big-pod.1', namespace: 'default' },
      involvedObject: { kind: 'Pod', namespace: 'default', name: 'big-pod', uid: 'uid-big-pod' }, reason: 'FailedScheduling', type: 'Warning',
      message: '0/2 nodes are available: 2 Insufficient cpu.', lastTimestamp: '2025-01-06T09:04:00Z', source: { component: 'default-scheduler' },
    };
    load(add({}, node('n1'), node('n2'), pending, failed));
    act(() => useStore.getState().select({ kind: 'Pod', namespace: 'default', name: 'big-pod' }));
    r = await render(<Inspector />);
    await act(async () => {});
    const text = region()?.textContent ?? '';
    expect(text).toContain('Not placed on any node');
    expect(text).toContain('0/2 nodes are available: 2 Insufficient cpu.');
    await click(r.container.querySelector('#kp-tab-events'));
    const cells = [...r.container.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).toEqual(['Warning', 'FailedScheduling', '60s', 'default-scheduler', '0/2 nodes are available: 2 Insufficient cpu.']);
  });

  it('uses the Japanese region name in the Japanese UI', async () => {
    act(() => useStore.getState().select({ kind: 'Node', name: 'n1' }));
    r = await render(<Inspector />, 'ja');
    expect(r.container.querySelector('section[aria-label="インスペクター"]')).not.toBeNull();
  });

  it('offers the faults that fit the selected object and sends the chosen one to the worker', async () => {
    request.mockClear();
    act(() => useStore.getState().select({ kind: 'Node', name: 'n1' }));
    r = await render(<Inspector />);
    await act(async () => {});
    expect(region()?.textContent).toContain('Inject a fault');
    await click(buttonWith('Stop node'));
    expect(request).toHaveBeenCalledWith({ method: 'fault', fault: { action: 'stopNode', kind: 'Node', namespace: undefined, name: 'n1', value: undefined } });
  });
});
