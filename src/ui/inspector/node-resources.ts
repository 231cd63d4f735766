// A node's resources as `kubectl describe node` shows them: capacity, allocatable, and the sum of
// the requests of the pods bound to it ("Allocated resources"), which is what the scheduler's
// NodeResourcesFit filter compares against allocatable.
import type { KubeObject, Node, Pod } from '../../sim/api/types';
import { formatQuantity, milliValue, parseQuantity } from '../../sim/api/quantity';

export interface ResourceRow {
  resource: string;
  capacity: string;
  allocatable: string;
  /** e.g. "950m (50%)" */
  requested: string;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback; // a malformed quantity shows as unknown rather than breaking the panel
  }
}

export function podsOnNode(nodeName: string, pods: ReadonlyMap<string, KubeObject> | undefined): Pod[] {
  const out: Pod[] = [];
  for (const o of pods?.values() ?? []) if ((o as Pod).spec?.nodeName === nodeName) out.push(o as Pod);
  return out.sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
}

function isTerminal(p: Pod): boolean {
  return p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
}

export function nodeResources(node: Node, pods: readonly Pod[]): ResourceRow[] {
  const cap = node.status?.capacity ?? {};
  const alloc = node.status?.allocatable ?? {};
  const active = pods.filter((p) => !isTerminal(p));
  const sumMilli = (res: string) => active.reduce((n, p) => n + (p.spec?.containers ?? []).reduce((m, c) => m + safe(() => milliValue(c.resources?.requests?.[res] ?? '0'), 0), 0), 0);
  const rows: ResourceRow[] = [];
  for (const resource of ['cpu', 'memory', 'pods']) {
    if (!(resource in cap) && !(resource in alloc)) continue;
    let used: number;
    let usedText: string;
    let allocValue: number;
    if (resource === 'pods') {
      used = active.length;
      usedText = String(used);
      allocValue = safe(() => parseQuantity(alloc.pods ?? '0'), 0);
    } else if (resource === 'cpu') {
      used = sumMilli('cpu');
      usedText = `${used}m`;
      allocValue = safe(() => milliValue(alloc.cpu ?? '0'), 0);
    } else {
      used = sumMilli('memory') / 1000;
      usedText = used === 0 ? '0' : formatQuantity(Math.ceil(used), 'BinarySI');
      allocValue = safe(() => parseQuantity(alloc.memory ?? '0'), 0);
    }
    const pct = allocValue > 0 ? Math.floor((used * 100) / allocValue) : 0;
    rows.push({ resource, capacity: cap[resource] ?? '', allocatable: alloc[resource] ?? '', requested: `${usedText} (${pct}%)` });
  }
  return rows;
}
