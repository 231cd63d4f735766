import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../cluster';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';

function setup(replicas = 1, behavior?: unknown) {
  const c = createCluster({ seed: 7 });
  c.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', resources: { requests: { cpu: '100m' } } }] } } },
  } as never);
  c.api.create(R.horizontalpodautoscalers, 'default', {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }], ...(behavior ? { behavior } : {}) },
  } as never);
  const hpa = () => c.api.get(R.horizontalpodautoscalers, 'default', 'web') as KubeObject & { status: { currentReplicas: number; desiredReplicas: number; currentMetrics?: Array<{ resource: { current: { averageUtilization: number } } }>; conditions: Array<{ type: string; status: string; reason: string }> } };
  const scale = () => (c.api.get(R.deployments, 'default', 'web').spec as { replicas: number }).replicas;
  const events = () => c.api.list(R.events, 'default').items.filter((e) => (e as unknown as { reason: string }).reason === 'SuccessfulRescale').map((e) => (e as unknown as { message: string }).message);
  return { c, hpa, scale, events };
}

describe('HorizontalPodAutoscaler controller', () => {
  it('reports utilization at rest and does not scale within tolerance or below minReplicas', () => {
    const { c, hpa, scale } = setup();
    c.advance(60_000);
    expect(hpa().status.currentMetrics?.[0].resource.current.averageUtilization).toBeLessThan(10);
    expect(scale()).toBe(1);
    expect(hpa().status.conditions.map((x) => [x.type, x.status, x.reason])).toEqual([
      ['AbleToScale', 'True', 'ReadyForNewScale'],
      ['ScalingActive', 'True', 'ValidMetricFound'],
      ['ScalingLimited', 'False', 'DesiredWithinRange'],
    ]);
  });

  it('scales up under load as ceil(current * utilization / target), with the upstream event', () => {
    const { c, hpa, scale, events } = setup();
    c.advance(60_000);
    c.load.set({ namespace: 'default', kind: 'Deployment', name: 'web' }, 190); // 190% of one pod's request (+ ~1% at rest)
    c.advance(45_000);
    expect(scale()).toBe(4); // ceil(191%/50%) = 4
    expect(events()[0]).toBe('New size: 4; reason: cpu resource utilization (percentage of request) above target');
    c.advance(120_000);
    // 190m over 4 pods is ~48%: within tolerance, it stays
    expect(scale()).toBe(4);
    expect(hpa().status.currentReplicas).toBe(4);
  });

  it('keeps the highest recommendation for 300 s before scaling down', () => {
    const { c, scale, events } = setup();
    c.advance(60_000);
    c.load.set({ namespace: 'default', kind: 'Deployment', name: 'web' }, 190);
    c.advance(120_000);
    expect(scale()).toBe(4);
    c.load.set({ namespace: 'default', kind: 'Deployment', name: 'web' }, 0);
    c.advance(240_000);
    expect(scale()).toBe(4); // still within the stabilization window
    c.advance(120_000);
    expect(scale()).toBe(1);
    expect(events().at(-1)).toBe('New size: 1; reason: All metrics below target');
  });

  it('never goes over maxReplicas', () => {
    const { c, hpa, scale } = setup();
    c.advance(60_000);
    c.load.set({ namespace: 'default', kind: 'Deployment', name: 'web' }, 5000);
    c.advance(300_000);
    expect(scale()).toBe(10);
    expect(hpa().status.conditions.find((x) => x.type === 'ScalingLimited')).toMatchObject({ status: 'True', reason: 'TooManyReplicas' });
  });

  it('with behavior: a Pods policy of 1 per 60 s adds one pod a minute', () => {
    const { c, scale } = setup(1, { scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } });
    c.advance(60_000);
    c.load.set({ namespace: 'default', kind: 'Deployment', name: 'web' }, 1000);
    c.advance(30_000);
    expect(scale()).toBe(2);
    c.advance(30_000);
    expect(scale()).toBe(2);
    c.advance(45_000);
    expect(scale()).toBe(3);
  });

  it('says why it cannot scale when the pods have no cpu request', () => {
    const c = createCluster({ seed: 7 });
    c.api.create(R.deployments, 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
    } as never);
    c.api.create(R.horizontalpodautoscalers, 'default', { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 3 } } as never);
    c.advance(60_000);
    const st = c.api.get(R.horizontalpodautoscalers, 'default', 'web').status as { conditions: Array<{ type: string; status: string; reason: string; message: string }> };
    const active = st.conditions.find((x) => x.type === 'ScalingActive')!;
    expect(active).toMatchObject({ status: 'False', reason: 'FailedGetResourceMetric' });
    expect(active.message).toMatch(/^the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container nginx of Pod web-/);
    expect((st as unknown as { currentMetrics: unknown[] }).currentMetrics).toEqual([{ type: '' }]); // kubectl: cpu: <unknown>/80%
  });
});
