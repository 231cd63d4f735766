// Object deltas for the worker → main-thread mirror (issue 4, UI at scale). A pod's watch event
// carries the whole object (~3 KB), though a status update changes a few hundred bytes of it;
// structured-cloning 10,000 of them per rollout step was the main thread's longest task. The worker
// keeps the object it last posted and sends only what changed; the main thread rebuilds the new
// object from its copy, sharing the unchanged parts (which also keeps the mirror's memory flat).
//
// Not a JSON merge patch (RFC 7386): Kubernetes objects hold meaningful nulls (`lastProbeTime:
// null`), so removals travel apart from values. Arrays are compared whole and replaced whole.

/** What changed between two versions of one JSON object. */
export interface ObjectDelta {
  /** [path, new value]: set (or add) the value at the path */
  set: Array<[path: string[], value: unknown]>;
  /** paths of keys that are gone */
  unset?: string[][];
}

type Json = Record<string, unknown>;

function isPlainObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep equality of JSON values (what the api-server stores: no Dates, Maps or cycles). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!jsonEqual((a as Json)[k], (b as Json)[k])) return false;
  }
  return true;
}

function walk(prev: Json, next: Json, path: string[], out: ObjectDelta): void {
  for (const k of Object.keys(next)) {
    const a = prev[k];
    const b = next[k];
    if (a === b) continue;
    if (!Object.prototype.hasOwnProperty.call(prev, k)) out.set.push([[...path, k], b]);
    else if (isPlainObject(a) && isPlainObject(b)) walk(a, b, [...path, k], out);
    else if (!jsonEqual(a, b)) out.set.push([[...path, k], b]);
  }
  for (const k of Object.keys(prev)) {
    if (!Object.prototype.hasOwnProperty.call(next, k)) (out.unset ??= []).push([...path, k]);
  }
}

/** The delta that turns `prev` into `next`. */
export function diffObject(prev: object, next: object): ObjectDelta {
  const out: ObjectDelta = { set: [] };
  walk(prev as Json, next as Json, [], out);
  return out;
}

/** Copies the objects along `path` below `root` (already a copy) and returns the innermost one. */
function own(root: Json, path: string[], copied: Set<object>): Json {
  let at = root;
  for (const k of path) {
    const child = at[k];
    let mine: Json;
    if (isPlainObject(child) && copied.has(child)) mine = child;
    else {
      mine = isPlainObject(child) ? { ...child } : {};
      copied.add(mine);
      at[k] = mine;
    }
    at = mine;
  }
  return at;
}

/**
 * `prev` with `delta` applied, as a new object: `prev` is not changed, and what the delta does not
 * touch is shared with it (the mirror's objects are immutable, so sharing is safe).
 */
export function applyDelta<T extends object>(prev: T, delta: ObjectDelta): T {
  const root = { ...(prev as Json) };
  const copied = new Set<object>([root]);
  for (const [path, value] of delta.set) {
    const parent = own(root, path.slice(0, -1), copied);
    parent[path[path.length - 1]] = value;
  }
  for (const path of delta.unset ?? []) {
    const parent = own(root, path.slice(0, -1), copied);
    delete parent[path[path.length - 1]];
  }
  return root as T;
}
