import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../sim/api/types';
import { formatHpaMetrics, hpaPrinter, resourceQuotaPrinter } from './quota';

const NOW = Date.parse('2025-01-06T09:05:00Z');
const meta = { name: 'x', namespace: 'default', creationTimestamp: '2025-01-06T09:00:00Z' };

describe('quota and hpa printers (kubectl 1.32 columns, checked against the real kubectl through serve)', () => {
  it('quota: REQUEST and LIMIT columns, sorted, limits.* in LIMIT, missing used as 0', () => {
    const q = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: meta, status: { hard: { pods: '10', 'requests.cpu': '2', 'limits.cpu': '4', 'count/deployments.apps': '3', 'requests.memory': '1Gi' }, used: { pods: '2', 'requests.cpu': '200m', 'count/deployments.apps': '1' } } } as KubeObject;
    expect(resourceQuotaPrinter.columns.map((c) => c.name)).toEqual(['Name', 'Age', 'Request', 'Limit']);
    expect(resourceQuotaPrinter.cells(q, NOW)).toEqual(['x', '5m', 'count/deployments.apps: 1/3, pods: 2/10, requests.cpu: 200m/2, requests.memory: 0/1Gi', 'limits.cpu: 0/4']);
  });

  it('hpa: REFERENCE, TARGETS as `cpu: 12%/50%`, <unknown> before the first sync, MINPODS <unset>', () => {
    const spec = { scaleTargetRef: { kind: 'Deployment', name: 'web' }, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] };
    const hpa = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta, spec, status: { currentReplicas: 3, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 12, averageValue: '12m' } } }] } } as unknown as KubeObject;
    expect(hpaPrinter.columns.map((c) => c.name)).toEqual(['Name', 'Reference', 'Targets', 'MinPods', 'MaxPods', 'Replicas', 'Age']);
    expect(hpaPrinter.cells(hpa, NOW)).toEqual(['x', 'Deployment/web', 'cpu: 12%/50%', '<unset>', 10, 3, '5m']);
    expect(formatHpaMetrics(spec.metrics, undefined)).toBe('cpu: <unknown>/50%');
    expect(formatHpaMetrics([{ type: 'Resource', resource: { name: 'memory', target: { averageValue: '100Mi' } } }], undefined)).toBe('memory: <unknown>/100Mi');
    expect(formatHpaMetrics([], undefined)).toBe('<none>');
  });
});
