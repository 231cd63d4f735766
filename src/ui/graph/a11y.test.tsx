// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { useStore } from '../../state/store';
import { PodCard } from './nodes/PodCard';
import { FarNode, NodeHeader } from './nodes/ClusterNodeGroup';
import { ComponentCard } from './nodes/ControlPlane';
import { ServiceCard, WorkloadCard } from './nodes/WorkloadNode';
import { deriveGraph } from './derive';
import type { ClusterNodeData, PodData } from './graph-types';
import { add, node, pod } from './fixtures.test-util';
import { byLabel, render, type Rendered } from './render.test-util';

let r: Rendered | undefined;
afterEach(() => {
  r?.unmount();
  r = undefined;
  useStore.getState().select(undefined);
});

function graphData() {
  const g = deriveGraph(add({}, node('aks-nodepool1-12345678-vmss000000'), pod('myapp-pod', { nodeName: 'aks-nodepool1-12345678-vmss000000', phase: 'Running' }), pod('web', { nodeName: 'aks-nodepool1-12345678-vmss000000', waiting: 'CrashLoopBackOff', phase: 'Running' })));
  const data = (id: string) => g.nodes.find((n) => n.id === id)?.data;
  return { myapp: data('pod:default/myapp-pod') as PodData, web: data('pod:default/web') as PodData, node: data('node:aks-nodepool1-12345678-vmss000000') as ClusterNodeData };
}

describe('accessible names', () => {
  it('names pods "Pod <name> <status>" and nodes "Node <name> <status>"', async () => {
    const d = graphData();
    r = await render(<><NodeHeader data={d.node} /><PodCard data={d.myapp} /><PodCard data={d.web} /></>);
    const buttons = [...r.container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(buttons).toEqual(['Node aks-nodepool1-12345678-vmss000000 Ready, 2 pods', 'Pod myapp-pod Running', 'Pod web CrashLoopBackOff']);
    // the status is visible text too, not colour alone
    expect(r.container.textContent).toContain('CrashLoopBackOff');
    expect(r.container.textContent).toMatch(/Pod\s*myapp-pod[\s\S]*Running/);
  });

  it('uses Japanese words in the Japanese UI', async () => {
    const d = graphData();
    r = await render(<><NodeHeader data={d.node} /><PodCard data={d.myapp} /></>, 'ja');
    expect(byLabel(r.container, /^ポッド myapp-pod Running$/)).toHaveLength(1);
    expect(byLabel(r.container, /^ノード aks-nodepool1-12345678-vmss000000 Ready/)).toHaveLength(1);
  });

  it('selects the object in the store on click, and marks it pressed', async () => {
    const d = graphData();
    r = await render(<><PodCard data={d.myapp} /><ComponentCard data={{ ref: { kind: 'ControlPlaneComponent', name: 'kube-scheduler' }, component: 'kube-scheduler' }} /></>);
    const [podButton, schedButton] = [...r.container.querySelectorAll('button')];
    expect(schedButton.getAttribute('aria-label')).toBe('Control plane component kube-scheduler');
    await act(async () => podButton.click());
    expect(useStore.getState().selected).toEqual({ kind: 'Pod', namespace: 'default', name: 'myapp-pod' });
    expect(podButton.getAttribute('aria-pressed')).toBe('true');
    await act(async () => schedButton.click());
    expect(useStore.getState().selected).toEqual({ kind: 'ControlPlaneComponent', name: 'kube-scheduler' });
    expect(podButton.getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps a long pod name whole in the text while the box shows it shortened', async () => {
    const d = graphData();
    const long = { ...d.myapp, name: 'web-7c5d7d5b4b-6tlt4', ref: { ...d.myapp.ref, name: 'web-7c5d7d5b4b-6tlt4' } };
    r = await render(<PodCard data={long} />);
    expect(r.container.textContent).toContain('Pod web-7c5d7d5b4b-6tlt4');
    expect(r.container.querySelector('.kp-pod-name')?.textContent).toBe('web-7c5d…b4b-6tlt4');
  });

  it('names a node seen from far away as its header does, and draws one bar segment a status', async () => {
    const d = graphData();
    const busy: ClusterNodeData = { ...d.node, podCount: 30, aggregated: true, counts: [{ status: 'Pending', tone: 'pending', count: 2 }, { status: 'Running', tone: 'ok', count: 28 }] };
    r = await render(<FarNode data={busy} />);
    const [button] = [...r.container.querySelectorAll('button')];
    expect(button.getAttribute('aria-label')).toBe('Node aks-nodepool1-12345678-vmss000000 Ready, 30 pods');
    const segs = [...r.container.querySelectorAll<HTMLElement>('.kp-far-seg')];
    expect(segs.map((s) => [s.className, s.style.flexGrow])).toEqual([['kp-far-seg kp-tone-pending', '2'], ['kp-far-seg kp-tone-ok', '28']]);
    await act(async () => button.click());
    expect(useStore.getState().selected).toEqual({ kind: 'Node', name: 'aks-nodepool1-12345678-vmss000000' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('names workloads and services by kind', async () => {
    r = await render(
      <>
        <WorkloadCard data={{ ref: { kind: 'Deployment', namespace: 'default', name: 'web' }, kind: 'Deployment', name: 'web', namespace: 'default', summary: '2/3', idle: false }} />
        <ServiceCard data={{ ref: { kind: 'Service', namespace: 'default', name: 'web' }, name: 'web', namespace: 'default', type: 'ClusterIP', clusterIP: '10.0.0.12', ports: '80/TCP', podCount: 3 }} />
      </>,
    );
    const labels = [...r.container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Deployment web 2/3 ready', 'Service web ClusterIP 10.0.0.12']);
  });
});
