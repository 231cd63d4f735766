// `serve-get-pods`: median wall time of the real `kubectl get pods -A` through `kubeplay serve` on a
// cluster with a 1,000-replica Deployment (discovery, the Table list and kubectl's own startup included).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCluster } from '../src/sim/cluster';
import { R } from '../src/sim/api/resources';
import type { KubeObject } from '../src/sim/api/types';
import { serve } from '../src/server/serve';
import { kubectl, requireKubectl } from '../src/server/kubectl-harness';

export async function serveGetPods(replicas: number, runs: number): Promise<Record<string, unknown>> {
  requireKubectl();
  const cluster = createCluster({ seed: 1, nodes: 20 });
  const deploy = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'bench' },
    spec: { replicas, selector: { matchLabels: { app: 'bench' } }, template: { metadata: { labels: { app: 'bench' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.28' }] } } },
  } as unknown as KubeObject;
  cluster.api.create(R.deployments, 'default', deploy);
  cluster.advance(60_000);
  const pods = cluster.api.list(R.pods, undefined).items.length;
  const s = await serve({ cluster, speed: 0, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-bench-')), 'kubeconfig') });
  const times: number[] = [];
  let lines = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await kubectl(s.kubeconfig, ['get', 'pods', '-A']);
      times.push(performance.now() - t0);
      if (r.code !== 0) throw new Error(`kubectl get pods -A failed: ${r.stderr}`);
      lines = r.stdout.split('\n').length - 2;
    }
  } finally {
    await s.close();
  }
  times.sort((a, b) => a - b);
  return { pods, rows: lines, runs, medianMs: Math.round(times[Math.floor(times.length / 2)]), minMs: Math.round(times[0]) };
}
