// `helm template` of the stable wordpress chart (with its mariadb subchart) in Node: load, values,
// schema check, render and sort, as the terminal's helm does it. The bar: under 20 ms.
import { join } from 'node:path';
import { readTree } from '../src/node/cli';
import { runHelm } from '../src/cli/helm';
import { MemoryWorkspace } from '../src/cli/workspace';
import type { CliContext } from '../src/cli/types';

export async function helmTemplateBench(runs = 50): Promise<Record<string, unknown>> {
  const ws = new MemoryWorkspace({});
  for (const [p, text] of Object.entries(readTree(join(import.meta.dirname, '..', 'charts', 'stable', 'wordpress')))) ws.write(`wordpress/${p}`, text);
  const ctx = { workspace: ws, namespace: 'default', now: () => 0 } as unknown as CliContext;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 5; i++) {
    const t0 = performance.now();
    const r = await runHelm(['template', 'my-wp', './wordpress', '--set', 'replicaCount=2'], ctx);
    const ms = performance.now() - t0;
    if (r.exitCode !== 0) throw new Error(r.stderr);
    bytes = r.stdout.length;
    if (i >= 5) times.push(ms); // the first runs warm the JIT up
  }
  times.sort((a, b) => a - b);
  return { chart: 'wordpress', runs, medianMs: +times[Math.floor(runs / 2)]!.toFixed(2), p95Ms: +times[Math.floor(runs * 0.95)]!.toFixed(2), outputBytes: bytes };
}
