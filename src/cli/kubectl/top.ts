// `kubectl top node|pod`: usage from metrics.k8s.io (metrics-server), percentages of the node's
// allocatable, columns each closed by a tab as kubectl's printer writes them (so even the last is
// padded). mirrors kubectl/pkg/cmd/top (top_node.go, top_pod.go) and pkg/metricsutil/metrics_printer.go
import { R, METRICS_RESOURCES } from '../../sim/api/resources';
import { parseQuantity } from '../../sim/api/quantity';
import { isStatusError } from '../../sim/api/status';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, ok, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { GET_TABWRITER, tabwrite } from './tabwriter';

const [NODE_METRICS, POD_METRICS] = METRICS_RESOURCES;
const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'containers', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
  { name: 'sort-by', type: 'string' },
  { name: 'sum', type: 'bool' },
  { name: 'show-capacity', type: 'bool' },
];

const HELP = `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

type Usage = { cpu?: string; memory?: string };
const milli = (u: Usage) => Math.round(parseQuantity(u.cpu ?? '0') * 1000);
const bytes = (u: Usage) => parseQuantity(u.memory ?? '0');
const cpuText = (m: number) => `${m}m`;
const memText = (b: number) => `${Math.floor(b / (1024 * 1024))}Mi`;

function table(rows: string[][], noHeaders: boolean): string {
  const lines = (noHeaders ? rows.slice(1) : rows).map((r) => `${r.join('\t')}\t`);
  return lines.length ? tabwrite(`${lines.join('\n')}\n`, GET_TABWRITER) : '';
}

/** Go's time.Duration.String for whole milliseconds and up (the age in "Metrics not available") */
function goDuration(ms: number): string {
  const s = ms / 1000;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = +(s % 60).toFixed(3);
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${sec}s`;
}

export async function kubectlTop(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'top');
    throw e;
  }
  const { args, flags } = parsed;
  const [sub, name] = args;
  const noHeaders = flags['no-headers'] === true;
  const sortBy = flags['sort-by'] as string | undefined;
  if (sortBy !== undefined && sortBy !== 'cpu' && sortBy !== 'memory') return fail(`error: --sort-by accepts only cpu or memory`);
  const order = <T>(items: T[], u: (t: T) => Usage) => (sortBy === 'cpu' ? [...items].sort((a, b) => milli(u(b)) - milli(u(a))) : sortBy === 'memory' ? [...items].sort((a, b) => bytes(u(b)) - bytes(u(a))) : items);
  try {
    if (sub === 'node' || sub === 'nodes' || sub === 'no') {
      const metrics = name ? [await ctx.client.get(NODE_METRICS, undefined, name)] : (await ctx.client.list(NODE_METRICS, undefined, { labelSelector: flags.selector as string | undefined })).items;
      if (metrics.length === 0) return fail('error: metrics not available yet');
      const nodes = new Map((await ctx.client.list(R.nodes, undefined)).items.map((n) => [n.metadata.name, n]));
      const rows = [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)']];
      for (const m of order(metrics, (x) => (x as unknown as { usage: Usage }).usage)) {
        const usage = (m as unknown as { usage: Usage }).usage;
        const alloc = ((nodes.get(m.metadata.name)?.status as { allocatable?: Usage } | undefined)?.allocatable ?? {}) as Usage;
        const pct = (v: number, of: number) => (of > 0 ? `${Math.floor((v / of) * 100)}%` : '<unknown>');
        rows.push([m.metadata.name ?? '', cpuText(milli(usage)), pct(milli(usage), milli(alloc)), memText(bytes(usage)), pct(bytes(usage), bytes(alloc))]);
      }
      return ok(table(rows, noHeaders));
    }
    if (sub === 'pod' || sub === 'pods' || sub === 'po') {
      const all = flags['all-namespaces'] === true;
      const ns = all ? undefined : ((flags.namespace as string | undefined) ?? ctx.namespace);
      let metrics: KubeObject[];
      if (name) metrics = [await ctx.client.get(POD_METRICS, ns, name)];
      else {
        metrics = (await ctx.client.list(POD_METRICS, ns, { labelSelector: flags.selector as string | undefined })).items;
        if (metrics.length === 0) {
          // pods that run but were not scraped yet, as top_pod.go verifyEmptyMetrics reports them
          const pods = (await ctx.client.list(R.pods, ns, { labelSelector: flags.selector as string | undefined })).items;
          const first = pods[0];
          if (first) {
            const age = ctx.now() - Date.parse(String(first.metadata.creationTimestamp ?? ''));
            return fail(`error: Metrics not available for pod ${first.metadata.namespace}/${first.metadata.name}, age: ${goDuration(age)}`);
          }
          return { stdout: '', stderr: all ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`, exitCode: 0 };
        }
      }
      type Pm = { containers: Array<{ name: string; usage: Usage }> };
      const total = (m: KubeObject): Usage => {
        const cs = (m as unknown as Pm).containers;
        return { cpu: `${cs.reduce((n, c) => n + milli(c.usage), 0)}m`, memory: String(cs.reduce((n, c) => n + bytes(c.usage), 0)) };
      };
      const head = [...(all ? ['NAMESPACE'] : []), ...(flags.containers ? ['POD', 'NAME'] : ['NAME']), 'CPU(cores)', 'MEMORY(bytes)'];
      const rows = [head];
      for (const m of order(metrics, total)) {
        const pre = all ? [m.metadata.namespace ?? ''] : [];
        if (flags.containers) for (const c of (m as unknown as Pm).containers) rows.push([...pre, m.metadata.name ?? '', c.name, cpuText(milli(c.usage)), memText(bytes(c.usage))]);
        else rows.push([...pre, m.metadata.name ?? '', cpuText(milli(total(m))), memText(bytes(total(m)))]);
      }
      return ok(table(rows, noHeaders));
    }
    if (sub === undefined) return fail(HELP);
    return fail(`error: unknown command "${sub}" for "kubectl top"`);
  } catch (e) {
    if (isStatusError(e) && e.status.code === 404 && e.status.message === 'the server could not find the requested resource') return fail('error: Metrics API not available');
    return fail(serverErrorMessage(e));
  }
}
