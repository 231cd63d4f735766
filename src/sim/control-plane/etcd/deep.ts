// Small structural helpers for plain JSON objects.

/** Freeze an object graph so the stored copy can never be mutated in place (frozen subtrees are skipped). */
export function deepFreeze<T>(o: T): T {
  if (typeof o !== 'object' || o === null || Object.isFrozen(o)) return o;
  Object.freeze(o);
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) deepFreeze(o[i]);
  } else {
    const r = o as Record<string, unknown>;
    for (const k in r) deepFreeze(r[k]);
  }
  return o;
}

/** A deep copy of plain JSON data (faster than structuredClone for small objects); drops undefined fields. */
export function cloneJson<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = cloneJson(v[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  const r = v as Record<string, unknown>;
  for (const k in r) {
    const x = r[k];
    if (x !== undefined) out[k] = cloneJson(x);
  }
  return out as T;
}

/** Structural equality of JSON values (key order does not matter; undefined fields count as absent). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let na = 0;
  for (const k in ao) {
    if (ao[k] === undefined) continue;
    na++;
    if (!deepEqual(ao[k], bo[k])) return false;
  }
  let nb = 0;
  for (const k in bo) if (bo[k] !== undefined) nb++;
  return na === nb;
}
