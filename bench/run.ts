// `npm run bench`: benchmarks, not tests. Each case prints one JSON line; nothing here asserts.
// Run one case with `npm run bench -- converge`.
import { converge } from './converge';
import { rollingUpdate } from './rolling';
import { uiScale } from './ui-scale';
import { apiserverCreate } from './apiserver';
import { graphDerive } from './graph';
import { scriptThroughput } from './script';
import { serveGetPods } from './serve';
import { helmTemplateBench } from './helm';
import { uiHelmPreview } from './ui-helm-preview';

interface Case {
  name: string;
  run(): Record<string, unknown> | Promise<Record<string, unknown>>;
}

const cases: Case[] = [
  { name: 'converge', run: () => ({ ...pick(converge({ nodes: 100, replicas: 1_000 })) }) },
  { name: 'converge', run: () => ({ ...pick(converge({ nodes: 500, replicas: 10_000 })) }) },
  { name: 'rolling-update', run: () => rollingUpdate({ nodes: 500, replicas: 10_000 }) },
  { name: 'apiserver-create', run: () => apiserverCreate(10_000) },
  { name: 'graph-derive', run: () => graphDerive(500, 10_000) },
  { name: 'script', run: () => scriptThroughput(10) },
  { name: 'serve-get-pods', run: () => serveGetPods(1_000, 7) },
  { name: 'helm-template', run: () => helmTemplateBench(50) },
  // the production build in Chromium: needs `npm run build` first
  { name: 'ui-scale', run: () => uiScale({ nodes: 500, replicas: 10_000 }) },
  { name: 'ui-helm-preview', run: () => uiHelmPreview(25) },
];

function pick(r: ReturnType<typeof converge>) {
  return { pods: r.replicas, nodes: r.nodes, ms: r.ms, podsPerSec: r.podsPerSec, heapMB: r.heapMB, virtualSeconds: r.virtualSeconds };
}

const only = process.argv[2];
for (const c of cases) {
  if (only && c.name !== only) continue;
  try {
    console.log(JSON.stringify({ case: c.name, ...(await c.run()) }));
  } catch (e) {
    console.log(JSON.stringify({ case: c.name, error: (e as Error).message }));
  }
}
