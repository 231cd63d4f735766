// `kubectl patch` through the in-browser kubectl and through the real kubectl 1.32 against serve:
// the same commands on two clusters with the same seed print the same, errors included.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../cli/run';
import { clusterContext } from '../cli/cluster-context';
import { MemoryWorkspace } from '../cli/workspace';
import { createCluster, type Cluster } from '../sim/cluster';
import { R } from '../sim/api/resources';
import { serve, type Served } from './serve';
import { kubectl, requireKubectl } from './kubectl-harness';

const LINES = [
  ['patch', 'deployment', 'web', '-p', '{"spec":{"replicas":2}}'],
  ['patch', 'deployment', 'web', '-p', '{"spec":{"replicas":2}}'],
  ['patch', 'deployment/web', '--type=merge', '-p', '{"metadata":{"labels":{"tier":"front"}}}'],
  ['patch', 'deployment', 'web', '--type=json', '-p', '[{"op":"replace","path":"/spec/replicas","value":3}]'],
  ['patch', 'deployment', 'web', '-p', '{"spec":{"replicas":4}}', '-o', 'jsonpath={.spec.replicas}'],
  ['patch', 'deployment', 'web', '--dry-run=client', '-p', '{"spec":{"replicas":5}}', '-o', 'jsonpath={.spec.replicas}'],
  ['patch', 'deployment', 'web', '-p', '{bad'],
  ['patch', 'deployment', 'web', '--type=merge', '-p', '{"a":1 "b":2}'],
  ['patch', 'deployment', 'nope', '-p', '{}'],
  ['patch', 'deployment', 'web'],
  ['patch', 'deployment', 'web', '--type=foo', '-p', '{}'],
  ['patch', 'service', 'kubernetes', '-p', '{"metadata":{"annotations":{"a":"b"}}}', '-o', 'name'],
];

let s: Served;
let real: Cluster;
const ours = createCluster({ seed: 21 });

function seed(c: Cluster) {
  c.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
  } as never);
  c.advance(10_000);
}

beforeAll(async () => {
  requireKubectl();
  real = createCluster({ seed: 21 });
  seed(real);
  seed(ours);
  s = await serve({ cluster: real, speed: 0, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-patch-')), 'kubeconfig') });
});
afterAll(async () => {
  await s?.close();
});

it('prints what the real kubectl prints, command after command', async () => {
  const ctx = clusterContext(ours, new MemoryWorkspace({}));
  for (const args of LINES) {
    const quoted = args.map((a) => (/[\s{}"'[\]]/.test(a) ? `'${a}'` : a)).join(' ');
    const mine = await runCommand(`kubectl ${quoted}`, ctx);
    const theirs = await kubectl(s.kubeconfig, args);
    expect({ line: quoted, stdout: mine.stdout, stderr: mine.stderr, code: mine.exitCode }).toEqual({ line: quoted, stdout: theirs.stdout, stderr: theirs.stderr, code: theirs.code });
  }
});
