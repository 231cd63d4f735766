// `kubectl explain` through the in-browser kubectl and through the real kubectl 1.32 against
// `kubeplay serve`: both read the same OpenAPI v3 documents, so every line must match — headers,
// type names, wrapping, -required-, recursion, and the errors (stdout, stderr and exit code).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../cli/run';
import type { CliContext } from '../cli/types';
import { MemoryWorkspace } from '../cli/workspace';
import { createCluster } from '../sim/cluster';
import { serve, type Served } from './serve';
import { kubectl, requireKubectl } from './kubectl-harness';
import { loadSchema } from './openapi';

let s: Served;
const cluster = createCluster({ seed: 3 });

beforeAll(async () => {
  requireKubectl();
  s = await serve({ cluster, speed: 0, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-explain-')), 'kubeconfig') });
});
afterAll(async () => {
  await s?.close();
});

const CASES = [
  'explain pods',
  'explain po.spec',
  'explain deployment.spec.strategy',
  'explain deployments.apps.spec.replicas',
  'explain deploy.spec.template.spec.containers.ports.containerPort',
  'explain pods.spec.containers.resources.limits',
  'explain svc.spec.ports.targetPort',
  'explain pods.metadata.labels',
  'explain svc --recursive',
  'explain cronjobs.spec --recursive',
  'explain node.status.conditions',
  'explain Pod.spec.',
  'explain pods.spec.foo',
  'explain pods.spec.containers.name.foo',
  'explain deployment.apps',
  'explain podz',
  'explain podz.spec',
  'explain',
  'explain pods svc',
  'explain pods,svc',
  'explain pods --output=foo',
  'explain deploy --api-version=apps/v2',
  'explain deploy --api-version=v1',
  'explain pods --api-version=apps',
  'explain pods --api-version=a/b/c',
  'explain jobs --api-version=batch/v1',
  // the older explain over /openapi/v2 (served as protobuf, as kubectl asks for it)
  'explain pods --output=plaintext-openapiv2',
  'explain deployment.spec.strategy --output=plaintext-openapiv2',
  'explain deploy.spec.replicas -o plaintext-openapiv2',
  'explain pods.spec.containers --output=plaintext-openapiv2',
  'explain pods.spec.containers.name.foo --output=plaintext-openapiv2',
  'explain pods.metadata.labels --output=plaintext-openapiv2',
  'explain pods.spec.containers.resources.limits --output=plaintext-openapiv2',
  'explain svc.spec.ports.targetPort --output=plaintext-openapiv2',
  'explain svc --recursive --output=plaintext-openapiv2',
  'explain cronjobs.spec --recursive --output=plaintext-openapiv2',
  'explain pods.spec.foo --output=plaintext-openapiv2',
  'explain deploy --api-version=apps/v2 --output=plaintext-openapiv2',
  'explain node.status --output=plaintext-openapiv2',
];

it.each(CASES)('kubectl %s prints the same both ways', async (line) => {
  const ctx: CliContext = { client: cluster.client, workspace: new MemoryWorkspace({}), now: () => cluster.clock.now(), namespace: 'default', openApiSchema: loadSchema };
  const ours = await runCommand(`kubectl ${line}`, ctx);
  const real = await kubectl(s.kubeconfig, line.split(' '));
  expect({ stdout: ours.stdout, stderr: ours.stderr, exitCode: ours.exitCode }).toEqual({ stdout: real.stdout, stderr: real.stderr, exitCode: real.code });
});
