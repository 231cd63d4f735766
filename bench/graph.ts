// The graph's derivation from the cluster mirror at 10,000 pods on 500 nodes (it runs on the main
// thread on every batch, so it must stay well inside a frame budget).
import { deriveGraph } from '../src/ui/graph/derive';
import { createCluster } from '../src/sim/cluster';
import { R } from '../src/sim/api/resources';
import type { KubeObject } from '../src/sim/api/types';

export function graphDerive(nodes = 500, replicas = 10_000) {
  const c = createCluster({ seed: 1, nodes, addons: false, freezeObjects: false });
  c.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'bench' },
    spec: { replicas, selector: { matchLabels: { app: 'bench' } }, template: { metadata: { labels: { app: 'bench' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
  });
  c.advance(30_000);
  const byKind: Record<string, Map<string, KubeObject>> = {};
  for (const o of c.api.listAll()) (byKind[o.kind] ??= new Map()).set(`${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    deriveGraph(byKind);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { pods: byKind.Pod?.size ?? 0, nodes, medianMs: +runs[2].toFixed(1) };
}
