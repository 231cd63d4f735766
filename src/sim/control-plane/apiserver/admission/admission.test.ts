import { describe, expect, it } from 'vitest';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { errOf, newServer, pod } from '../test-helpers';

const quota = (hard: Record<string, string>): KubeObject => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard } });
const limits = (item: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr' }, spec: { limits: [{ type: 'Container', ...item }] } });
const withCpu = (req?: string, lim?: string) => [{ name: 'c', image: 'nginx', resources: { ...(req ? { requests: { cpu: req } } : {}), ...(lim ? { limits: { cpu: lim } } : {}) } }];

/** a server whose quota has been synced as the quota controller would (status.hard, used zero) */
function withQuota(hard: Record<string, string>) {
  const s = newServer();
  const q = s.api.create(R.resourcequotas, 'default', quota(hard));
  s.api.updateStatus(R.resourcequotas, 'default', { ...q, status: { hard, used: Object.fromEntries(Object.keys(hard).map((k) => [k, '0'])) } });
  return s;
}

describe('ResourceQuota admission', () => {
  it('forbids the pod that would exceed pods, with upstream wording, and charges admitted pods to status.used', () => {
    const { api } = withQuota({ pods: '2' });
    api.create(R.pods, 'default', pod('a'));
    api.create(R.pods, 'default', pod('b'));
    expect(api.get(R.resourcequotas, 'default', 'q').status).toMatchObject({ used: { pods: '2' } });
    const e = errOf(() => api.create(R.pods, 'default', pod('c')));
    expect(e).toMatchObject({ code: 403, reason: 'Forbidden', message: 'pods "c" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2' });
  });

  it('requires every container to name the compute resources a quota limits', () => {
    const { api } = withQuota({ 'requests.cpu': '1', 'limits.cpu': '2' });
    const e = errOf(() => api.create(R.pods, 'default', pod('x', {}, withCpu())));
    expect(e.message).toBe('pods "x" is forbidden: failed quota: q: must specify limits.cpu for: c; requests.cpu for: c');
    api.create(R.pods, 'default', pod('y', {}, withCpu('600m', '1')));
    expect(api.get(R.resourcequotas, 'default', 'q').status).toMatchObject({ used: { 'requests.cpu': '600m', 'limits.cpu': '1' } });
    expect(errOf(() => api.create(R.pods, 'default', pod('z', {}, withCpu('600m', '1')))).message).toBe('pods "z" is forbidden: exceeded quota: q, requested: requests.cpu=600m, used: requests.cpu=600m, limited: requests.cpu=1');
  });

  it('counts object counts (count/deployments.apps, configmaps) and ignores kinds the quota does not name', () => {
    const { api } = withQuota({ configmaps: '1', 'count/deployments.apps': '0' });
    api.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
    expect(errOf(() => api.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } })).message).toBe('configmaps "b" is forbidden: exceeded quota: q, requested: configmaps=1, used: configmaps=1, limited: configmaps=1');
    expect(errOf(() => api.create(R.deployments, 'default', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'x' }] } } } })).message).toContain('exceeded quota: q, requested: count/deployments.apps=1, used: count/deployments.apps=0, limited: count/deployments.apps=0');
    expect(() => api.create(R.secrets, 'default', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } })).not.toThrow();
  });

  it('a dry run is checked but not charged', () => {
    const { api } = withQuota({ pods: '1' });
    api.create(R.pods, 'default', pod('a'), { dryRun: 'All' });
    expect(api.get(R.resourcequotas, 'default', 'q').status).toMatchObject({ used: { pods: '0' } });
  });
});

describe('LimitRanger admission', () => {
  it('fills default requests and limits and says so in the limit-ranger annotation', () => {
    const { api } = newServer();
    api.create(R.limitranges, 'default', limits({ default: { cpu: '500m', memory: '256Mi' }, defaultRequest: { cpu: '100m' } }));
    const p = api.create(R.pods, 'default', pod('a', {}, [{ name: 'c', image: 'nginx', resources: { limits: { memory: '128Mi' } } }]));
    const c = (p.spec as { containers: Array<{ resources: unknown }> }).containers[0];
    expect(c.resources).toEqual({ limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '100m', memory: '128Mi' } });
    expect(p.metadata.annotations?.['kubernetes.io/limit-ranger']).toBe('LimitRanger plugin set: cpu request for container c; cpu limit for container c');
    // the memory request came from the pod's own defaulting (requests = limits), before admission
  });

  it('defaults the LimitRange itself: default from max, defaultRequest from default', () => {
    const { api } = newServer();
    const lr = api.create(R.limitranges, 'default', limits({ max: { cpu: '1' } }));
    expect((lr.spec as { limits: unknown[] }).limits[0]).toEqual({ type: 'Container', max: { cpu: '1' }, default: { cpu: '1' }, defaultRequest: { cpu: '1' } });
  });

  it('forbids a container over max, under min, or over maxLimitRequestRatio', () => {
    const { api } = newServer();
    api.create(R.limitranges, 'default', limits({ max: { cpu: '1' }, min: { cpu: '100m' }, maxLimitRequestRatio: { cpu: '4' } }));
    expect(errOf(() => api.create(R.pods, 'default', pod('x', {}, withCpu('500m', '2')))).message).toBe('pods "x" is forbidden: maximum cpu usage per Container is 1, but limit is 2');
    expect(errOf(() => api.create(R.pods, 'default', pod('y', {}, withCpu('50m', '100m')))).message).toBe('pods "y" is forbidden: minimum cpu usage per Container is 100m, but request is 50m');
    expect(errOf(() => api.create(R.pods, 'default', pod('z', {}, withCpu('200m', '1')))).message).toBe('pods "z" is forbidden: cpu max limit to request ratio per Container is 4, but provided ratio is 5.000000');
    expect(() => api.create(R.pods, 'default', pod('ok', {}, withCpu('500m', '1')))).not.toThrow();
  });
});

describe('quota scopes', () => {
  it('a BestEffort quota counts only pods without requests or limits', () => {
    const s = newServer();
    const hard = { pods: '1' };
    const q = s.api.create(R.resourcequotas, 'default', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'be' }, spec: { hard, scopes: ['BestEffort'] } });
    s.api.updateStatus(R.resourcequotas, 'default', { ...q, status: { hard, used: { pods: '0' } } });
    s.api.create(R.pods, 'default', pod('a'));
    s.api.create(R.pods, 'default', pod('burstable', {}, withCpu('100m')));
    expect(errOf(() => s.api.create(R.pods, 'default', pod('b'))).message).toBe('pods "b" is forbidden: exceeded quota: be, requested: pods=1, used: pods=1, limited: pods=1');
    expect(s.api.get(R.resourcequotas, 'default', 'be').status).toMatchObject({ used: { pods: '1' } });
  });
});
