// The requests and limits part of `kubectl describe node`: mirrors describe.go describeNodeResource
// (per-pod rows, with an empty column after Name as upstream writes `Name\t\t`) and the
// "Allocated resources" totals; percentages are of allocatable, truncated.
import { formatNano, parseQuantityExact, type QuantityFormat } from '../../../sim/api/quantity';
import type { Node, Pod } from '../../../sim/api/types';
import { translateTimestampSince } from '../printers/duration';
import type { PrefixWriter } from './writer';

interface Amount {
  nano: bigint;
  format: QuantityFormat;
}

type Totals = Record<string, Amount>;

function amount(q: unknown): Amount | undefined {
  if (q === undefined || q === null) return undefined;
  try {
    const p = parseQuantityExact(String(q));
    return { nano: p.nano, format: p.format };
  } catch {
    return undefined;
  }
}

function add(t: Totals, name: string, q: unknown): void {
  const a = amount(q);
  if (!a) return;
  t[name] = t[name] ? { nano: t[name].nano + a.nano, format: t[name].format } : a;
}

/** PodRequestsAndLimits: containers summed, then at least each init container's own */
function podTotals(pod: Pod, kind: 'requests' | 'limits'): Totals {
  const t: Totals = {};
  for (const c of pod.spec?.containers ?? []) for (const [k, v] of Object.entries((c.resources?.[kind] ?? {}) as Record<string, unknown>)) add(t, k, v);
  for (const c of pod.spec?.initContainers ?? []) {
    for (const [k, v] of Object.entries((c.resources?.[kind] ?? {}) as Record<string, unknown>)) {
      const a = amount(v);
      if (a && (!t[k] || a.nano > t[k].nano)) t[k] = a;
    }
  }
  return t;
}

function text(a: Amount | undefined): string {
  return a ? formatNano(a.nano, a.format) : '0';
}

function percent(a: Amount | undefined, of: Amount | undefined): number {
  if (!a || !of || of.nano === 0n) return 0;
  return Math.trunc((Number(a.nano) / Number(of.nano)) * 100);
}

export function describeNodeResources(pods: Pod[], node: Node, w: PrefixWriter, now: number): void {
  const allocList = (Object.keys(node.status?.allocatable ?? {}).length > 0 ? node.status?.allocatable : node.status?.capacity) ?? {};
  const alloc = (name: string) => amount((allocList as Record<string, unknown>)[name]);
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const reqs: Totals = {};
  const limits: Totals = {};
  for (const p of pods) {
    const r = podTotals(p, 'requests');
    const l = podTotals(p, 'limits');
    for (const [k, v] of Object.entries(r)) add(reqs, k, formatNano(v.nano, v.format));
    for (const [k, v] of Object.entries(l)) add(limits, k, formatNano(v.nano, v.format));
    const cell = (t: Totals, name: string) => `${text(t[name])} (${percent(t[name], alloc(name))}%)`;
    w.write(1, `${p.metadata?.namespace}\t${p.metadata?.name}\t\t${cell(r, 'cpu')}\t${cell(l, 'cpu')}\t${cell(r, 'memory')}\t${cell(l, 'memory')}\t${translateTimestampSince(p.metadata?.creationTimestamp as string | undefined, now)}\n`);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const row = (name: string) => w.write(1, `${name}\t${text(reqs[name])} (${percent(reqs[name], alloc(name))}%)\t${text(limits[name])} (${percent(limits[name], alloc(name))}%)\n`);
  row('cpu');
  row('memory');
  row('ephemeral-storage');
  for (const name of Object.keys(allocList).filter((n) => n.startsWith('hugepages-')).sort()) row(name);
}
