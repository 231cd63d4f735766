// The official JavaScript client (@kubernetes/client-node 1.3) against `kubeplay serve`: typed
// lists, and a Watch that sees ADDED, MODIFIED and DELETED as the simulator changes things.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppsV1Api, CoreV1Api, KubeConfig, Watch } from '@kubernetes/client-node';
import { R } from '../sim/api/resources';
import type { KubeObject } from '../sim/api/types';
import { serve, type Served } from './serve';

let s: Served;
let kc: KubeConfig;

beforeAll(async () => {
  s = await serve({ speed: 0, seed: 4, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-cn-')), 'kubeconfig') });
  kc = new KubeConfig();
  kc.loadFromFile(s.kubeconfig);
});
afterAll(async () => {
  await s?.close();
});

const deployment = (name: string) =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } },
  }) as KubeObject;

describe('@kubernetes/client-node 1.3 against kubeplay serve', () => {
  it('lists nodes, pods and deployments with the typed APIs', async () => {
    s.cluster.api.create(R.deployments, 'default', deployment('web'));
    s.cluster.advance(30_000);
    const core = kc.makeApiClient(CoreV1Api);
    const nodes = await core.listNode();
    expect(nodes.items.map((n) => n.metadata?.name)).toEqual([0, 1, 2].map((i) => expect.stringMatching(new RegExp(`^aks-nodepool1-\\d{8}-vmss00000${i}$`))));
    const pods = await core.listNamespacedPod({ namespace: 'default', labelSelector: 'app=web' });
    expect(pods.items).toHaveLength(2);
    expect(pods.items.every((p) => p.status?.phase === 'Running')).toBe(true);
    const apps = kc.makeApiClient(AppsV1Api);
    const ds = await apps.listNamespacedDeployment({ namespace: 'default' });
    expect(ds.items.map((d) => [d.metadata?.name, d.status?.readyReplicas])).toEqual([['web', 2]]);
    await expect(core.readNamespacedPod({ namespace: 'default', name: 'nope' })).rejects.toMatchObject({ code: 404 });
  });

  it('watches pods: ADDED, MODIFIED and DELETED as the simulator moves', async () => {
    const seen: Array<[string, string]> = [];
    const watch = new Watch(kc);
    const req = await watch.watch('/api/v1/namespaces/default/pods', { labelSelector: 'app=api' }, (type, obj: { metadata?: { name?: string } }) => seen.push([type, obj.metadata?.name ?? '']), () => undefined);
    await new Promise((r) => setTimeout(r, 100));
    s.cluster.api.create(R.deployments, 'default', deployment('api'));
    s.cluster.advance(30_000);
    s.cluster.api.delete(R.deployments, 'default', 'api');
    s.cluster.advance(60_000);
    for (let i = 0; i < 50 && !seen.some(([t]) => t === 'DELETED'); i++) await new Promise((r) => setTimeout(r, 50));
    req.abort();
    const types = new Set(seen.map(([t]) => t));
    expect([...types].sort()).toEqual(['ADDED', 'DELETED', 'MODIFIED']);
    expect(seen.every(([, name]) => name.startsWith('api-'))).toBe(true);
  });
});
