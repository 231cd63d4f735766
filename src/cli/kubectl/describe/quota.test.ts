import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../sim/api/types';
import { describeLimitRange, describeQuota } from './quota';
import { describeHpa } from './hpa';

// expected texts are the real kubectl 1.32's describe output through `kubeplay serve`
describe('describe quota, limitrange, hpa', () => {
  it('quota: Resource/Used/Hard, scopes with their help text', () => {
    const q = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q2', namespace: 'default' }, spec: { scopes: ['BestEffort'] }, status: { hard: { pods: '1' }, used: { pods: '1' } } } as KubeObject;
    expect(describeQuota(q)).toBe(
      'Name:       q2\nNamespace:  default\nScopes:     BestEffort\n * Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.\nResource  Used  Hard\n--------  ----  ----\npods      1     1\n',
    );
  });

  it('limitrange: a row per type and resource, - for unset', () => {
    const lr = { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr', namespace: 'default' }, spec: { limits: [{ type: 'Container', max: { cpu: '1', memory: '1Gi' }, min: { cpu: '50m' }, default: { cpu: '500m', memory: '1Gi' }, defaultRequest: { cpu: '500m', memory: '1Gi' }, maxLimitRequestRatio: { cpu: '4' } }, { type: 'Pod', max: { cpu: '2' } }] } } as KubeObject;
    expect(describeLimitRange(lr)).toBe(
      [
        'Name:       lr',
        'Namespace:  default',
        'Type        Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio',
        '----        --------  ---  ---  ---------------  -------------  -----------------------',
        'Container   cpu       50m  1    500m             500m           4',
        'Container   memory    -    1Gi  1Gi              1Gi            -',
        'Pod         cpu       -    2    -                -              -',
        '',
      ].join('\n'),
    );
  });

  it('hpa: metrics, behavior and conditions', () => {
    const hpa = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'h3', namespace: 'default', creationTimestamp: '2025-01-06T09:02:04Z' },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        minReplicas: 1,
        maxReplicas: 5,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }],
        behavior: { scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] }, scaleDown: { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] } },
      },
      status: { currentReplicas: 1, desiredReplicas: 1, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 1, averageValue: '1m' } } }] },
    } as unknown as KubeObject;
    expect(describeHpa(hpa, undefined, 0)).toBe(
      [
        'Name:                                                  h3',
        'Namespace:                                             default',
        'Labels:                                                <none>',
        'Annotations:                                           <none>',
        'CreationTimestamp:                                     Mon, 06 Jan 2025 09:02:04 +0000',
        'Reference:                                             Deployment/web',
        'Metrics:                                               ( current / target )',
        '  resource cpu on pods  (as a percentage of request):  1% (1m) / 80%',
        'Min replicas:                                          1',
        'Max replicas:                                          5',
        'Behavior:',
        '  Scale Up:',
        '    Stabilization Window: 0 seconds',
        '    Select Policy: Max',
        '    Policies:',
        '      - Type: Pods  Value: 1  Period: 60 seconds',
        '  Scale Down:',
        '    Stabilization Window: 300 seconds',
        '    Select Policy: Max',
        '    Policies:',
        '      - Type: Percent  Value: 100  Period: 15 seconds',
        'Deployment pods:       1 current / 1 desired',
        '',
      ].join('\n'),
    );
  });
});
