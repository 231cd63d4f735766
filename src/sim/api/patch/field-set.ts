// The set of fields an object sets, as server-side apply tracks ownership: leaf paths such as
// `.spec.replicas` or `.spec.template.spec.containers[name="app"].image` (list items by their
// merge key, other lists as a whole). mirrors sigs.k8s.io/structured-merge-diff fieldpath (a subset)
import { isPlainObject } from './merge';
import { mergeKeyFor } from './strategic';

export type Segment = string | { key: string; value: unknown };
export type FieldSet = Map<string, Segment[]>;

/** Fields the server owns or that name the object: never part of an applier's set. */
const SKIPPED = new Set(['.apiVersion', '.kind', '.status', '.metadata.name', '.metadata.namespace', '.metadata.resourceVersion', '.metadata.managedFields', '.metadata.uid', '.metadata.creationTimestamp', '.metadata.generation']);

export function pathString(segs: Segment[]): string {
  return segs.map((s) => (typeof s === 'string' ? `.${s}` : `[${s.key}=${JSON.stringify(s.value)}]`)).join('');
}

export function fieldSetOf(obj: unknown): FieldSet {
  const out: FieldSet = new Map();
  walk(obj, [], out);
  return out;
}

function walk(v: unknown, segs: Segment[], out: FieldSet): void {
  const p = pathString(segs);
  if (SKIPPED.has(p)) return;
  if (isPlainObject(v) && Object.keys(v).length > 0) {
    for (const [k, x] of Object.entries(v)) walk(x, [...segs, k], out);
    return;
  }
  const field = segs[segs.length - 1];
  if (Array.isArray(v) && typeof field === 'string') {
    const key = mergeKeyFor(field, v);
    if (key && v.every((item) => isPlainObject(item) && item[key] !== undefined)) {
      for (const item of v as Record<string, unknown>[]) walk(item, [...segs, { key, value: item[key] }], out);
      return;
    }
  }
  out.set(p, segs);
}

/** The value at a path, or undefined. */
export function getAt(obj: unknown, segs: Segment[]): unknown {
  let cur = obj;
  for (const s of segs) {
    if (typeof s === 'string') cur = isPlainObject(cur) ? cur[s] : undefined;
    else cur = Array.isArray(cur) ? cur.find((i) => isPlainObject(i) && i[s.key] === s.value) : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** Remove the field at a path (in place), then drop maps and list items it leaves empty. */
export function removeAt(obj: Record<string, unknown>, segs: Segment[]): void {
  const parents: unknown[] = [obj];
  let cur: unknown = obj;
  for (const s of segs.slice(0, -1)) {
    cur = getAt(cur, [s]);
    if (cur === undefined) return;
    parents.push(cur);
  }
  deleteChild(parents[parents.length - 1], segs[segs.length - 1]);
  // prune upwards: empty maps, and list items left with only their key
  for (let i = segs.length - 1; i > 0; i--) {
    const node = parents[i];
    const seg = segs[i - 1];
    const emptyMap = isPlainObject(node) && Object.keys(node).length === 0;
    const bareItem = typeof seg !== 'string' && isPlainObject(node) && Object.keys(node).length === 1 && seg.key in node;
    if (!emptyMap && !bareItem) break;
    deleteChild(parents[i - 1], seg);
  }
}

function deleteChild(parent: unknown, s: Segment): void {
  if (typeof s === 'string') {
    if (isPlainObject(parent)) delete parent[s];
  } else if (Array.isArray(parent)) {
    const i = parent.findIndex((x) => isPlainObject(x) && x[s.key] === s.value);
    if (i >= 0) parent.splice(i, 1);
  }
}
