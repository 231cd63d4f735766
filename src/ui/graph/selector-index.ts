// Which pods a Service's selector picks, without scanning every pod for every Service:
// pods are indexed once by namespace and label (a WeakMap keyed by the pod Map, which the
// store replaces whenever a pod changes). Equality-based selection, as a Service selector is.
import type { KubeObject } from '../../sim/api/types';

type LabelIndex = Map<string, string[]>;
const indexes = new WeakMap<ReadonlyMap<string, KubeObject>, LabelIndex>();

function indexFor(pods: ReadonlyMap<string, KubeObject>): LabelIndex {
  let idx = indexes.get(pods);
  if (!idx) {
    const steps = buildIndex(pods, Infinity);
    while (!steps.next().done);
    idx = indexes.get(pods)!;
  }
  return idx;
}

/** Index `pods` (once per Map), yielding after every `chunk` pods: the sliced derivation's warm-up. */
export function* buildIndex(pods: ReadonlyMap<string, KubeObject>, chunk = 2000): Generator<void, void> {
  if (indexes.has(pods)) return;
  const idx: LabelIndex = new Map();
  let n = 0;
  for (const [k, p] of pods) {
    const ns = p.metadata.namespace ?? '';
    for (const [lk, lv] of Object.entries(p.metadata.labels ?? {})) {
      const key = `${ns}\u0000${lk}=${lv}`;
      const list = idx.get(key);
      if (list) list.push(k);
      else idx.set(key, [k]);
    }
    if (++n % chunk === 0) yield;
  }
  indexes.set(pods, idx);
}

/** Keys ('ns/name') of the pods in `namespace` whose labels contain every pair of `selector`.
 *  An empty or missing selector selects nothing, as for a Service (no endpoints are managed). */
export function podsSelectedBy(pods: ReadonlyMap<string, KubeObject> | undefined, namespace: string, selector: Record<string, string> | undefined): string[] {
  if (!pods || !selector) return [];
  const pairs = Object.entries(selector);
  if (pairs.length === 0) return [];
  const idx = indexFor(pods);
  // start from the rarest pair, then check the rest on those pods only
  let best: string[] | undefined;
  for (const [k, v] of pairs) {
    const list = idx.get(`${namespace}\u0000${k}=${v}`) ?? [];
    if (!best || list.length < best.length) best = list;
  }
  return (best ?? []).filter((key) => {
    const labels = pods.get(key)?.metadata.labels ?? {};
    return pairs.every(([k, v]) => labels[k] === v);
  });
}
