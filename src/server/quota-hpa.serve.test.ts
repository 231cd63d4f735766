// ResourceQuota, LimitRange and HorizontalPodAutoscaler through our kubectl and through the real
// kubectl 1.32 against `kubeplay serve` on the same cluster: the same tables and describe texts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../cli/run';
import type { CliContext } from '../cli/types';
import { MemoryWorkspace } from '../cli/workspace';
import { createCluster } from '../sim/cluster';
import { R } from '../sim/api/resources';
import { serve, type Served } from './serve';
import { kubectl, requireKubectl } from './kubectl-harness';

let s: Served;
const cluster = createCluster({ seed: 13 });

beforeAll(async () => {
  requireKubectl();
  const hard = { pods: '10', 'requests.cpu': '2', 'limits.cpu': '4', 'requests.memory': '1Gi', 'count/deployments.apps': '3' };
  cluster.api.create(R.resourcequotas, 'default', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard } } as never);
  cluster.api.create(R.resourcequotas, 'default', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'besteffort' }, spec: { hard: { pods: '5' }, scopes: ['BestEffort'] } } as never);
  cluster.advance(1_000); // the quota controller fills status.hard (until then admission answers `status unknown`)
  // one resource per item: describe ranges over a Go map, so several would print in random order
  cluster.api.create(R.limitranges, 'default', { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr' }, spec: { limits: [{ type: 'Container', max: { cpu: '1' }, min: { cpu: '50m' }, default: { cpu: '500m' }, maxLimitRequestRatio: { cpu: '4' } }, { type: 'Pod', max: { memory: '2Gi' } }] } } as never);
  cluster.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.28', resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '200m', memory: '64Mi' } } }] } } },
  } as never);
  cluster.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'api' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'api' } }, template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'redis', image: 'redis:7', resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '200m', memory: '64Mi' } } }] } } },
  } as never);
  const target = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' };
  cluster.api.create(R.horizontalpodautoscalers, 'default', { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: target, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] } } as never);
  cluster.api.create(R.horizontalpodautoscalers, 'default', { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'mem' }, spec: { scaleTargetRef: { ...target, name: 'api' }, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } }], behavior: { scaleDown: { policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } } } } as never);
  cluster.advance(60_000);
  cluster.load.set({ namespace: 'default', kind: 'Deployment', name: 'web' }, 250);
  cluster.advance(40_000);
  s = await serve({ cluster, speed: 0, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-quota-')), 'kubeconfig') });
});
afterAll(async () => {
  await s?.close();
});

const mask = (out: string) => out.replace(/\b\d+(s|m|h|d)(\d+(s|m))?\b/g, '<age>');

it.each([['get quota'], ['get limits'], ['get hpa'], ['get hpa -o wide'], ['describe quota'], ['describe limitrange lr'], ['describe hpa'], ['describe namespace default'], ['autoscale deployment api --cpu-percent=50 --min=1 --max=3 --name=cmp --dry-run=client -o yaml'], ['autoscale deployment api --max=3 --name=cmp2 --dry-run=server']])('kubectl %s prints the same both ways', async (line) => {
  const ctx: CliContext = { client: cluster.client, workspace: new MemoryWorkspace({}), now: () => cluster.clock.now(), namespace: 'default', setNamespace: () => {}, sleep: async () => {} };
  const ours = await runCommand(`kubectl ${line}`, ctx);
  const real = await kubectl(s.kubeconfig, line.split(' '));
  expect(real.stderr).toBe('');
  expect(ours.stdout.length).toBeGreaterThan(0);
  // event ages: the real kubectl measures against the wall clock, ours against the virtual one
  const squeeze = (t: string) => (line.startsWith('describe') ? t.replace(/<age>( \(x\d+ over <age>\))? +/g, '<age> ').replace(/ {2,}(?=\S)/g, '  ') : t);
  expect(squeeze(mask(real.stdout))).toBe(squeeze(mask(ours.stdout)));
});

it('the real kubectl 1.32 autoscale posts autoscaling/v1: the simulator stores the v2 object', async () => {
  const out = await kubectl(s.kubeconfig, ['autoscale', 'deployment', 'api', '--cpu-percent=60', '--min=1', '--max=4', '--name=api-cpu']);
  expect(out.stderr).toBe('');
  expect(out.stdout).toBe('horizontalpodautoscaler.autoscaling/api-cpu autoscaled\n');
  const stored = cluster.api.get(R.horizontalpodautoscalers, 'default', 'api-cpu');
  expect(stored.spec).toEqual({ scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }, minReplicas: 1, maxReplicas: 4, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }] });
  const v1 = JSON.parse((await kubectl(s.kubeconfig, ['get', '--raw', '/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers/api-cpu'])).stdout);
  expect(v1).toMatchObject({ apiVersion: 'autoscaling/v1', spec: { maxReplicas: 4, minReplicas: 1, targetCPUUtilizationPercentage: 60 }, status: { currentReplicas: 0, desiredReplicas: 0 } });
  const dup = await kubectl(s.kubeconfig, ['autoscale', 'deployment', 'api', '--max=4', '--name=api-cpu']);
  expect(dup.stderr).toBe('Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "api-cpu" already exists\n');
});
