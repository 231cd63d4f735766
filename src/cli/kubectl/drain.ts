// `kubectl drain NODE`: cordon, then evict every pod the filters allow through the eviction
// subresource (which honours PodDisruptionBudgets: 429 → retry every 5 s), then wait for each
// to be gone. Messages as kubectl 1.32 prints them, checked against it on `kubeplay serve`.
// mirrors kubectl/pkg/cmd/drain/drain.go (RunDrain, evictPods, deletePods) and kubectl/pkg/drain
// (filters.go: daemonSetFilter, localStorageFilter, unreplicatedFilter; PodDeleteList.errors/warnings)
import { R } from '../../sim/api/resources';
import { isStatusError } from '../../sim/api/status';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { parseDuration } from './duration';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'ignore-daemonsets', type: 'bool' },
  { name: 'delete-emptydir-data', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'timeout', type: 'string' },
  { name: 'pod-selector', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'disable-eviction', type: 'bool' },
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
];
const RETRY_MS = 5_000;
const POLL_MS = 1_000;

interface PodLike extends KubeObject {
  spec?: { volumes?: Array<{ emptyDir?: unknown }> };
  status?: { phase?: string };
}

// the filters' messages; the order errors and warnings are listed in (upstream: Go map order)
const UNREPLICATED = { error: 'cannot delete Pods that declare no controller (use --force to override)', warning: 'deleting Pods that declare no controller' };
const DAEMONSET = { error: 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)', warning: 'ignoring DaemonSet-managed Pods' };
const LOCAL_STORAGE = { error: 'Pods with local storage (use --delete-emptydir-data to override)', warning: 'deleting Pods with local storage' };
const ORDER = [UNREPLICATED, DAEMONSET, LOCAL_STORAGE];

type Verdict = { delete: boolean; kind?: (typeof ORDER)[number]; level?: 'error' | 'warning' };

function verdict(pod: PodLike, f: Record<string, unknown>): Verdict {
  const finished = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
  const controller = (pod.metadata.ownerReferences ?? []).find((o) => o.controller);
  if (controller?.kind === 'DaemonSet') return f['ignore-daemonsets'] ? { delete: false, kind: DAEMONSET, level: 'warning' } : { delete: false, kind: DAEMONSET, level: 'error' };
  if (pod.metadata.annotations?.['kubernetes.io/config.mirror']) return { delete: false };
  if (!finished && (pod.spec?.volumes ?? []).some((v) => v.emptyDir !== undefined)) {
    if (!f['delete-emptydir-data']) return { delete: false, kind: LOCAL_STORAGE, level: 'error' };
    if (!controller) return f.force ? { delete: true, kind: UNREPLICATED, level: 'warning' } : { delete: false, kind: UNREPLICATED, level: 'error' };
    return { delete: true, kind: LOCAL_STORAGE, level: 'warning' };
  }
  if (!controller && !finished) return f.force ? { delete: true, kind: UNREPLICATED, level: 'warning' } : { delete: false, kind: UNREPLICATED, level: 'error' };
  return { delete: true };
}

function grouped(items: Array<{ pod: PodLike; v: Verdict }>, level: 'error' | 'warning'): string[] {
  return ORDER.flatMap((kind) => {
    const pods = items.filter((i) => i.v.kind === kind && i.v.level === level).map((i) => `${i.pod.metadata.namespace}/${i.pod.metadata.name}`);
    if (pods.length === 0) return [];
    return [level === 'error' ? `cannot delete ${kind.error}: ${pods.join(', ')}` : `${kind.warning}: ${pods.join(', ')}`];
  });
}

function pendingNode(node: string, errors: string[]): string {
  const agg = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
  return `error: unable to drain node "${node}" due to error: ${agg}, continuing command...\nThere are pending nodes to be drained:\n ${node}\n${errors.join('\n')}\n`;
}

export async function kubectlDrain(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'drain');
    throw e;
  }
  const { args, flags } = parsed;
  const node = args[0]?.replace(/^nodes?\//, '');
  if (!node) return fail("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples");
  const dryRun = flags['dry-run'] as string | undefined;
  const dry = dryRun === 'client' || dryRun === 'server';
  const timeoutText = (flags.timeout as string | undefined) ?? '0s';
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === undefined) return fail(`Error: invalid argument "${timeoutText}" for "--timeout" flag: time: invalid duration "${timeoutText}"\nSee 'kubectl drain --help' for usage.`);
  let stdout = '';
  let stderr = '';
  // printed as it happens where the context can (the terminal), else returned at the end
  const out = (s: string) => {
    if (ctx.print) ctx.print(s);
    else stdout += s;
  };

  try {
    const n = await ctx.client.get(R.nodes, undefined, node);
    const cordoned = (n.spec as { unschedulable?: boolean } | undefined)?.unschedulable === true;
    if (cordoned) out(`node/${node} already cordoned${dry ? ' (dry run)' : ''}\n`);
    else {
      if (!dry) await ctx.client.patch(R.nodes, undefined, node, 'strategic', { spec: { unschedulable: true } });
      out(`node/${node} cordoned${dry ? ' (dry run)' : ''}\n`);
    }
    const list = await ctx.client.list(R.pods, undefined, { fieldSelector: `spec.nodeName=${node}`, labelSelector: (flags['pod-selector'] as string | undefined) || undefined });
    const items = (list.items as PodLike[]).filter((p) => !p.metadata.deletionTimestamp).map((pod) => ({ pod, v: verdict(pod, flags) }));
    const errors = grouped(items, 'error');
    if (errors.length > 0) return { stdout, stderr: pendingNode(node, errors), exitCode: 1 };
    const warnings = grouped(items, 'warning');
    // (kubectl writes the warning and the retries to stderr; they go out in order with the rest
    // so that the terminal and transcripts show them where kubectl's terminal does)
    if (warnings.length > 0) out(`Warning: ${warnings.join('; ')}\n`);
    const doomed = items.filter((i) => i.v.delete).map((i) => i.pod);
    if (dry) {
      for (const p of doomed) out(`evicting pod ${p.metadata.namespace}/${p.metadata.name} (dry run)\n`);
      out(`node/${node} drained (dry run)\n`);
      return { stdout, stderr, exitCode: 0 };
    }
    const left = await evictAll(doomed, ctx, flags, timeoutMs, out);
    if (left) {
      const [pod, cause] = left;
      const msg = `error when evicting pods/"${pod.metadata.name}" -n "${pod.metadata.namespace}": ${cause}`;
      stderr += `There are pending pods in node "${node}" when an error occurred: ${msg}\npod/${pod.metadata.name}\n${pendingNode(node, [msg])}`;
      return { stdout, stderr, exitCode: 1 };
    }
    out(`node/${node} drained\n`);
    return { stdout, stderr, exitCode: 0 };
  } catch (e) {
    return { stdout, stderr: stderr + `${serverErrorMessage(e)}\n`, exitCode: 1 };
  }
}

/**
 * Evicts (or deletes, --disable-eviction) every pod, the ones a budget holds back again every 5 s,
 * and waits until each is gone. Returns the pod left and why when --timeout runs out.
 */
async function evictAll(pods: PodLike[], ctx: CliContext, flags: Record<string, unknown>, timeoutMs: number, out: (s: string) => void): Promise<[PodLike, string] | undefined> {
  const grace = flags['grace-period'] as number | undefined;
  const deleteOpts = grace !== undefined && grace >= 0 ? { gracePeriodSeconds: grace } : {};
  let waiting = [...pods];
  const gone: PodLike[] = [];
  const printed = new Set<string>();
  let elapsed = 0;
  let nextTry = 0;
  while (waiting.length > 0 || gone.length > printed.size) {
    if (elapsed >= nextTry && waiting.length > 0) {
      const held: PodLike[] = [];
      for (const pod of waiting) {
        const { namespace, name } = pod.metadata;
        out(`evicting pod ${namespace}/${name}\n`);
        try {
          if (flags['disable-eviction']) await ctx.client.delete(R.pods, namespace, name!, deleteOpts);
          else await ctx.client.create(R.pods, namespace, { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace }, ...(grace !== undefined ? { deleteOptions: deleteOpts } : {}) } as unknown as KubeObject);
          gone.push(pod);
        } catch (e) {
          if (isStatusError(e) && e.status.code === 404) {
            gone.push(pod);
            continue;
          }
          if (isStatusError(e) && e.status.code === 429) {
            out(`error when evicting pods/"${name}" -n "${namespace}" (will retry after 5s): ${e.status.message}\n`);
            held.push(pod);
            continue;
          }
          throw e;
        }
      }
      waiting = held;
      nextTry = elapsed + RETRY_MS;
    }
    // kubectl waits for each evicted pod to disappear (or be replaced under the same name)
    for (const pod of gone) {
      const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
      if (printed.has(key)) continue;
      try {
        const now = await ctx.client.get(R.pods, pod.metadata.namespace, pod.metadata.name!);
        if (now.metadata.uid !== pod.metadata.uid) throw new Error('replaced');
      } catch {
        printed.add(key);
        out(`pod/${pod.metadata.name} ${flags['disable-eviction'] ? 'deleted' : 'evicted'}\n`);
      }
    }
    if (waiting.length === 0 && gone.length === printed.size) break;
    if (timeoutMs > 0 && elapsed >= timeoutMs) {
      const stuck = waiting[0] ?? gone.find((p) => !printed.has(`${p.metadata.namespace}/${p.metadata.name}`))!;
      return [stuck, `global timeout reached: ${formatSeconds(timeoutMs)}`];
    }
    if (!ctx.sleep) return [waiting[0] ?? gone[0], 'cannot wait in this terminal'];
    await ctx.sleep(POLL_MS);
    elapsed += POLL_MS;
  }
  return undefined;
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}
