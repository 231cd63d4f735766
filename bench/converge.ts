// Convergence benchmark: a cluster of N nodes, one Deployment of M replicas, virtual time advanced
// until every pod runs. Wall-clock cost per pod is what the 10,000-pod goal is about.
import { createCluster } from '../src/sim/cluster';
import { R } from '../src/sim/api/resources';

export interface ConvergeResult {
  nodes: number;
  replicas: number;
  /** wall-clock milliseconds from the apply to all pods Running */
  ms: number;
  podsPerSec: number;
  heapMB: number;
  /** virtual seconds the rollout took */
  virtualSeconds: number;
}

/** the benchmarks' workload: one nginx Deployment named bench */
export function benchDeployment(replicas: number) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'bench' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'bench' } },
      template: { metadata: { labels: { app: 'bench' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
    },
  };
}

export function converge(opts: { nodes?: number; replicas?: number; seed?: number } = {}): ConvergeResult {
  const nodes = opts.nodes ?? 500;
  const replicas = opts.replicas ?? 10_000;
  // as the playground runs it: stored objects unfrozen (tests freeze them)
  const c = createCluster({ seed: opts.seed ?? 1, nodes, addons: false, freezeObjects: false });
  const t0 = performance.now();
  const v0 = c.clock.now();
  c.api.create(R.deployments, 'default', benchDeployment(replicas));
  let running = 0;
  for (let i = 0; i < 600 && running < replicas; i++) {
    c.advance(5_000);
    running = c.api.list(R.pods, 'default', { fieldSelector: 'status.phase=Running' }).items.length;
  }
  const ms = performance.now() - t0;
  if (running < replicas) throw new Error(`only ${running}/${replicas} pods running after ${(c.clock.now() - v0) / 1000}s of virtual time`);
  // the heap the converged cluster holds: collect the garbage first when node runs with --expose-gc
  (globalThis as { gc?: () => void }).gc?.();
  const heapMB = Math.round(process.memoryUsage().heapUsed / 1048576);
  return { nodes, replicas, ms: Math.round(ms), podsPerSec: Math.round((replicas / ms) * 1000), heapMB, virtualSeconds: (c.clock.now() - v0) / 1000 };
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('converge.ts');
if (isMain) {
  const [n, m] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(converge({ nodes: n || undefined, replicas: m || undefined })));
}
