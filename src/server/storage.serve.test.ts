// StatefulSets and storage through the in-browser kubectl (runCommand) and through the real kubectl
// against `kubeplay serve` on the same cluster: the get tables (server-side Table columns) and the
// client-side describers print the same (ages and generated uids masked).
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
const cluster = createCluster({ seed: 5 });

beforeAll(async () => {
  requireKubectl();
  cluster.api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', labels: { app: 'nginx' } }, spec: { clusterIP: 'None', selector: { app: 'nginx' }, ports: [{ name: 'web', port: 80 }] } } as never);
  cluster.api.create(R.statefulsets, 'default', {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      serviceName: 'nginx',
      replicas: 2,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ name: 'web', containerPort: 80 }], volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] } },
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    },
  } as never);
  cluster.advance(120_000);
  s = await serve({ cluster, speed: 0, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-storage-')), 'kubeconfig') });
});
afterAll(async () => {
  await s?.close();
});

function mask(out: string): string {
  return out.replace(/\b\d+(s|m|h|d)(\d+(s|m))?\b/g, '<age>');
}

it.each([
  ['get sts'],
  ['get sts -o wide'],
  ['get pvc'],
  ['get pvc -o wide'],
  ['get pv'],
  ['get sc'],
  ['describe sts web'],
  ['describe pvc www-web-0'],
  ['describe pv'],
  ['describe sc default'],
  ['describe sc azurefile-csi'],
  ['rollout status sts/web'],
  ['describe pod web-1'],
  ['get controllerrevisions'],
  ['rollout history sts/web'],
])('kubectl %s prints the same both ways', async (line) => {
  const ctx: CliContext = { client: cluster.client, workspace: new MemoryWorkspace({}), now: () => cluster.clock.now(), namespace: 'default', setNamespace: () => {}, sleep: async () => {} };
  const ours = await runCommand(`kubectl ${line}`, ctx);
  const real = await kubectl(s.kubeconfig, line.split(' '));
  expect(real.stderr).toBe('');
  expect(ours.stdout.length).toBeGreaterThan(0);
  const squeeze = (t: string) => (line.startsWith('describe') ? t.replace(/<age> +/g, '<age> ').replace(/ {2,}(?=\S)/g, '  ') : t);
  expect(squeeze(mask(ours.stdout))).toBe(squeeze(mask(real.stdout)));
});
