// `kubeplay helm template NAME ./chart-dir [--set …] [-f values.yaml] [-n NS]`: the terminal's helm
// run on charts from the local disk, with no cluster behind it — what `helm template` needs — so its
// output can be diffed against the real helm's. Paths on the command line are read into a virtual
// workspace under the same relative names (absolute paths too, as the workspace has them).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { KubeClient } from '../sim/api/client';
import { runHelm } from '../cli/helm';
import { MemoryWorkspace } from '../cli/workspace';
import type { CliContext } from '../cli/types';
import type { CliIO } from './cli';
import { readTree } from './cli';

/** a client for a context with no cluster: any call says so */
const noCluster = new Proxy({} as KubeClient, {
  get: () => () => Promise.reject(new Error('kubeplay helm runs without a cluster: only `helm template`, `helm show`, `helm create` and `helm search repo` work here (use `kubeplay serve` with the real helm for the rest)')),
});

export async function runHelmCli(argv: string[], io: CliIO, cwd = process.cwd()): Promise<number> {
  const ws = new MemoryWorkspace({});
  const rewritten = argv.map((a) => {
    if (a.startsWith('-') || !existsSync(resolve(cwd, a))) return a;
    const abs = resolve(cwd, a);
    const rel = isAbsolute(a) ? abs.replace(/^\/+/, '') : relative(cwd, abs);
    if (statSync(abs).isDirectory()) for (const [p, text] of Object.entries(readTree(abs))) ws.write(`${rel}/${p}`, text);
    else ws.write(rel, readFileSync(abs, 'utf8'));
    return rel;
  });
  let t = 0;
  const ctx: CliContext = { client: noCluster, workspace: ws, namespace: 'default', now: () => t };
  t = Date.now();
  const r = await runHelm(rewritten, ctx);
  io.stdout(r.stdout);
  io.stderr(r.stderr);
  return r.exitCode;
}
