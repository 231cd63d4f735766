// The same commands through the in-browser kubectl (runCommand) and through the real kubectl against
// `kubeplay serve` on the same cluster print the same tables (AGE masked).
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
const cluster = createCluster({ seed: 11 });

beforeAll(async () => {
  requireKubectl();
  cluster.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } } },
  } as never);
  cluster.api.create(R.services, 'default', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 80 }] },
  } as never);
  cluster.advance(60_000); // the pods run and the cloud controller gives the load balancer its IP
  s = await serve({ cluster, speed: 0, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-diff-')), 'kubeconfig') });
});
afterAll(async () => {
  await s?.close();
});

/** AGE cells and generated name suffixes differ by construction, not by printing */
function mask(out: string): string {
  return out.replace(/\b\d+(s|m|h|d)(\d+(s|m))?\b/g, '<age>').replace(/-[a-z0-9]{5}\b/g, '-<sfx>');
}

it.each([['get pods -A'], ['get nodes'], ['get deployments'], ['get pods -o wide'], ['get rs'], ['describe events'], ['describe rs'], ['get svc'], ['describe svc web'], ['get endpointslices'], ['describe endpointslices']])('kubectl %s prints the same both ways', async (line) => {
  const ctx: CliContext = { client: cluster.client, workspace: new MemoryWorkspace({}), now: () => cluster.clock.now(), namespace: 'default', setNamespace: () => {}, sleep: async () => {} };
  const ours = await runCommand(`kubectl ${line}`, ctx);
  const real = await kubectl(s.kubeconfig, line.split(' '));
  expect(real.stderr).toBe('');
  expect(ours.stdout.length).toBeGreaterThan(0);
  // describe's event table sizes its AGE column to the text: the real kubectl measures ages against
  // the wall clock, ours against the virtual one, so only there are runs of spaces compared loosely
  const squeeze = (t: string) => (line.startsWith('describe') ? t.replace(/<age> +/g, '<age> ').replace(/ {2,}(?=\S)/g, '  ') : t);
  expect(squeeze(mask(real.stdout))).toBe(squeeze(mask(ours.stdout)));
});
