// kubectl apply's three-way merge, computed client-side: fields in the last applied configuration
// that the new manifest dropped are removed; fields the manifest sets win; fields set by others
// (defaults, controllers) are kept. Lists of named things (containers, env, ports, volumes) merge
// element by element on their key, as strategic merge patch does.
// mirrors staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (CreateThreeWayMergePatch), simplified.

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** the merge keys strategic merge patch uses for the lists learners write */
const MERGE_KEYS = ['name', 'containerPort', 'port', 'mountPath', 'devicePath', 'ip'];

function mergeKeyOf(list: unknown[]): string | undefined {
  if (list.length === 0 || !list.every(isObj)) return undefined;
  return MERGE_KEYS.find((k) => list.every((item) => (item as Obj)[k] !== undefined));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

function mergeList(original: unknown, modified: unknown[], current: unknown): unknown[] {
  const cur = Array.isArray(current) ? current : [];
  const orig = Array.isArray(original) ? original : [];
  const key = mergeKeyOf(modified);
  if (!key || !cur.every(isObj)) return modified;
  const find = (list: unknown[], v: unknown) => list.find((x) => isObj(x) && x[key] === v);
  const result = modified.map((m) => threeWayMerge(find(orig, (m as Obj)[key]), m, find(cur, (m as Obj)[key])));
  // keep what others added: in current, neither in the manifest now nor in the last applied one
  for (const c of cur) {
    const k = (c as Obj)[key];
    if (find(modified, k) === undefined && find(orig, k) === undefined) result.push(c);
  }
  return result;
}

/** The object `kubectl apply` leaves behind: current, changed by (original → modified). */
export function threeWayMerge(original: unknown, modified: unknown, current: unknown): unknown {
  if (isObj(modified)) {
    if (!isObj(current)) return modified;
    const orig = isObj(original) ? original : {};
    const result: Obj = { ...current };
    for (const k of Object.keys(orig)) if (!(k in modified)) delete result[k];
    for (const [k, v] of Object.entries(modified)) result[k] = threeWayMerge(orig[k], v, current[k]);
    return result;
  }
  if (Array.isArray(modified)) return mergeList(original, modified, current);
  return modified;
}

/** A JSON merge patch from `from` to `to` (for messages; lists are whole). */
export function diffPatch(from: unknown, to: unknown): unknown {
  if (!isObj(from) || !isObj(to)) return to;
  const patch: Obj = {};
  for (const k of Object.keys(from)) if (!(k in to)) patch[k] = null;
  for (const [k, v] of Object.entries(to)) if (!deepEqual(from[k], v)) patch[k] = diffPatch(from[k], v);
  return patch;
}
