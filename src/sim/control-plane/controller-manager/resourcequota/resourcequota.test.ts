import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../cluster';
import { R } from '../../../api/resources';
import { resourceFor } from './resourcequota';

describe('resource quota controller', () => {
  it('fills status.hard and status.used, and gives quota back when pods go', () => {
    const c = createCluster({ seed: 2 });
    c.api.create(R.deployments, 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', resources: { requests: { cpu: '250m', memory: '64Mi' } } }] } } },
    } as never);
    c.advance(10_000);
    c.api.create(R.resourcequotas, 'default', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { pods: '4', 'requests.cpu': '1', 'requests.memory': '1Gi', 'count/deployments.apps': '2', services: '5' } } } as never);
    c.advance(2_000);
    expect(c.api.get(R.resourcequotas, 'default', 'q').status).toEqual({
      hard: { 'count/deployments.apps': '2', pods: '4', 'requests.cpu': '1', 'requests.memory': '1Gi', services: '5' },
      used: { 'count/deployments.apps': '1', pods: '2', 'requests.cpu': '500m', 'requests.memory': '128Mi', services: '1' },
    });
    c.api.updateScale(R.deployments, 'default', 'web', 0);
    c.advance(60_000);
    expect(c.api.get(R.resourcequotas, 'default', 'q').status).toMatchObject({ used: { pods: '0', 'requests.cpu': '0', 'requests.memory': '0' } });
  });

  it('a charge nothing backs (a create that failed after admission) is undone by the 5-minute resync', () => {
    const c = createCluster({ seed: 2 });
    c.api.create(R.resourcequotas, 'default', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { services: '3' } } } as never);
    c.advance(2_000);
    const q = c.api.get(R.resourcequotas, 'default', 'q');
    c.api.updateStatus(R.resourcequotas, 'default', { ...q, status: { hard: { services: '3' }, used: { services: '3' } } });
    c.advance(60_000);
    expect(c.api.get(R.resourcequotas, 'default', 'q').status).toMatchObject({ used: { services: '3' } });
    c.advance(300_000);
    expect(c.api.get(R.resourcequotas, 'default', 'q').status).toMatchObject({ used: { services: '1' } }); // the kubernetes Service
  });

  it('maps quota resource names to the kinds they count', () => {
    expect(resourceFor('requests.cpu')).toBe(R.pods);
    expect(resourceFor('count/deployments.apps')).toBe(R.deployments);
    expect(resourceFor('services.loadbalancers')).toBe(R.services);
    expect(resourceFor('configmaps')).toBe(R.configmaps);
    expect(resourceFor('count/widgets.example.com')).toBeUndefined();
  });
});
