// `kubectl logs`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go (argument checks, the
// default container and its "Defaulted container" notice).
import { R, resourceForName, type ResourceInfo } from '../../sim/api/resources';
import { labelSelectorToString } from '../../sim/api/labels';
import type { Pod } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'container', short: 'c', type: 'string' },
  { name: 'tail', type: 'int' },
  { name: 'previous', short: 'p', type: 'bool' },
  { name: 'follow', short: 'f', type: 'bool' },
  { name: 'timestamps', type: 'bool' },
  { name: 'all-containers', type: 'bool' },
];

const USAGE = `error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.
POD or TYPE/NAME is a required argument for the logs command
See 'kubectl logs -h' for help and examples`;

export async function kubectlLogs(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'logs');
    throw e;
  }
  const { args, flags } = parsed;
  if (args.length === 0 || args.length > 2) return fail(USAGE);
  let name = args[0];
  let container = flags.container as string | undefined;
  if (args.length === 2) container = args[1];
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  let stderr = '';
  const target = await podOfArg(name, ns, ctx);
  if ('error' in target) return fail(target.error);
  name = target.pod;
  stderr = target.notice;
  try {
    const pod = (await ctx.client.get(R.pods, ns, name)) as unknown as Pod;
    const containers = pod.spec?.containers ?? [];
    if (!container && containers.length > 1) {
      const d = defaultContainer(pod);
      container = d.container;
      stderr += d.notice;
    }
    const tailLines = (flags.tail as number | undefined) !== undefined && (flags.tail as number) >= 0 ? (flags.tail as number) : undefined;
    const text = await ctx.client.logs(ns, name, { container, previous: flags.previous === true, tailLines });
    if (!flags.follow || flags.previous) return { stdout: text, stderr, exitCode: 0 };
    return follow(ctx, ns, pod, container ?? containers[0]?.name ?? '', text, stderr);
  } catch (e) {
    return fail(stderr + serverErrorMessage(e));
  }
}

/**
 * POD or TYPE/NAME (deploy/web: one of its pods, with kubectl's "Found N pods" notice), as logs
 * and exec take it.
 */
export async function podOfArg(arg: string, ns: string, ctx: CliContext): Promise<{ pod: string; notice: string } | { error: string }> {
  if (!arg.includes('/')) return { pod: arg, notice: '' };
  const [type, n] = arg.split('/');
  const r = resourceForName(type);
  if (!r) return { error: `error: the server doesn't have a resource type "${type}"` };
  if (r.resource === 'pods') return { pod: n, notice: '' };
  return podForController(r, n, ns, ctx);
}

/** the container kubectl picks without -c: the default-container annotation, else the first (with a notice) */
export function defaultContainer(pod: Pod): { container: string | undefined; notice: string } {
  const containers = pod.spec?.containers ?? [];
  const annotated = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && containers.some((c) => c.name === annotated)) return { container: annotated, notice: '' };
  const first = containers[0]?.name;
  return { container: first, notice: containers.length > 1 ? `Defaulted container "${first}" out of: ${containers.map((c) => c.name).join(', ')}\n` : '' };
}

/** mirrors pkg/controller ByLogging: scheduled, then Running > Unknown > Pending, ready, more restarts, older */
function loggingRank(a: Pod, b: Pod): number {
  const assigned = (p: Pod) => (p.spec?.nodeName ? 0 : 1);
  const phase = (p: Pod) => ({ Running: 0, Unknown: 1, Pending: 2 })[p.status?.phase ?? ''] ?? 3;
  const ready = (p: Pod) => ((p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True') ? 0 : 1);
  const restarts = (p: Pod) => -(p.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
  const created = (p: Pod) => String(p.metadata?.creationTimestamp ?? '');
  return assigned(a) - assigned(b) || phase(a) - phase(b) || ready(a) - ready(b) || restarts(a) - restarts(b) || (created(a) < created(b) ? -1 : created(a) > created(b) ? 1 : 0);
}

/** `kubectl logs deploy/web`: one of the controller's pods, with kubectl's "Found N pods" notice */
export async function podForController(r: ResourceInfo, name: string, ns: string, ctx: CliContext): Promise<{ pod: string; notice: string } | { error: string }> {
  try {
    const owner = await ctx.client.get(r, ns, name);
    const selector = (owner.spec as { selector?: Parameters<typeof labelSelectorToString>[0] } | undefined)?.selector;
    if (!selector) return { error: `error: cannot get the logs from ${r.kind.toLowerCase()}: selector is not set` };
    const labelSelector = labelSelectorToString(selector);
    const pods = ((await ctx.client.list(R.pods, ns, { labelSelector })).items as unknown as Pod[]).sort(loggingRank);
    if (pods.length === 0) return { error: `error: timed out waiting for the condition` };
    const pod = pods[0].metadata?.name ?? '';
    return { pod, notice: pods.length > 1 ? `Found ${pods.length} pods, using pod/${pod}\n` : '' };
  } catch (e) {
    return { error: serverErrorMessage(e) };
  }
}

const FOLLOW_POLL_MS = 1000;

/**
 * `logs -f`: what is there, then each new line as the container writes it, until the container
 * ends (or is restarted, or the pod goes) — or Ctrl+C. The log subresource is read again each
 * second; what was already shown is skipped by length.
 * mirrors logs.go (DefaultConsumeRequest on a follow=true stream)
 */
async function follow(ctx: CliContext, ns: string, first: Pod, container: string, shown: string, stderr: string): Promise<CommandResult> {
  let stdout = '';
  const out = (s: string) => {
    if (ctx.print) ctx.print(s);
    else stdout += s;
  };
  out(shown);
  // the full log so far, to find what is new (tail only limits the first screen)
  let full = await ctx.client.logs(ns, first.metadata?.name ?? '', { container });
  const uid = first.metadata?.uid;
  while (ctx.sleep) {
    await ctx.sleep(FOLLOW_POLL_MS);
    let pod: Pod;
    try {
      pod = (await ctx.client.get(R.pods, ns, first.metadata?.name ?? '')) as unknown as Pod;
    } catch {
      break; // the pod is gone: the stream ends
    }
    if (pod.metadata?.uid !== uid) break;
    const now = await ctx.client.logs(ns, first.metadata?.name ?? '', { container });
    if (now.length > full.length && now.startsWith(full)) out(now.slice(full.length));
    full = now;
    const status = (pod.status?.containerStatuses ?? []).find((c) => c.name === container);
    if (status?.state?.terminated || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') break;
    if ((status?.restartCount ?? 0) > ((first.status?.containerStatuses ?? []).find((c) => c.name === container)?.restartCount ?? 0)) break;
  }
  return { stdout, stderr, exitCode: 0 };
}
