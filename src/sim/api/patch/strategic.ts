// Strategic merge patch: merge patch, except that the lists Kubernetes marks `patchStrategy: merge`
// are merged element by element by their patch merge key (containers by name, ports by
// containerPort …), and `$patch` directives apply. kubectl apply and `kubectl patch` use it.
// mirrors staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (the common subset)
import { isPlainObject } from './merge';

/** Merge keys by field name, from the `patchMergeKey` tags of the core and apps types. */
const MERGE_KEYS: Record<string, string | ((items: unknown[]) => string)> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  env: 'name',
  imagePullSecrets: 'name',
  resourceClaims: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  conditions: 'type',
  ownerReferences: 'uid',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  // container ports merge by containerPort, Service ports by port
  ports: (items) => (items.some((p) => isPlainObject(p) && 'containerPort' in p) ? 'containerPort' : 'port'),
};
/** The merge key of a list field, or undefined for atomic lists (shared with server-side apply). */
export function mergeKeyFor(field: string, items: unknown[]): string | undefined {
  const spec = MERGE_KEYS[field];
  if (spec === undefined) return undefined;
  return typeof spec === 'string' ? spec : spec(items);
}

/** Lists of scalars merged as sets. */
const MERGED_SCALAR_LISTS = new Set(['finalizers']);

export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  return mergeValue(target, patch, undefined);
}

function mergeValue(target: unknown, patch: unknown, field: string | undefined): unknown {
  if (isPlainObject(patch)) return mergeMap(isPlainObject(target) ? target : {}, patch);
  if (Array.isArray(patch) && Array.isArray(target) && field !== undefined) {
    if (MERGED_SCALAR_LISTS.has(field)) return [...target, ...patch.filter((v) => !target.includes(v))];
    const keySpec = MERGE_KEYS[field];
    if (keySpec) return mergeList(target, patch, typeof keySpec === 'string' ? keySpec : keySpec([...patch, ...target]));
  }
  return stripDirectives(structuredClone(patch));
}

function mergeMap(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  if (patch.$patch === 'replace') return stripDirectives(structuredClone(patch)) as Record<string, unknown>;
  if (patch.$patch === 'delete') return {};
  const out: Record<string, unknown> = { ...target };
  const retain = Array.isArray(patch.$retainKeys) ? new Set(patch.$retainKeys as string[]) : undefined;
  if (retain) for (const k of Object.keys(out)) if (!retain.has(k)) delete out[k];
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const f = k.slice('$deleteFromPrimitiveList/'.length);
      if (Array.isArray(out[f]) && Array.isArray(v)) out[f] = (out[f] as unknown[]).filter((x) => !v.includes(x));
      continue;
    }
    if (k.startsWith('$')) continue; // $setElementOrder/…, $retainKeys: ordering hints we do not need
    if (v === null) delete out[k];
    else out[k] = mergeValue(out[k], v, k);
  }
  return out;
}

function mergeList(target: unknown[], patch: unknown[], key: string): unknown[] {
  const out = [...target];
  for (const item of patch) {
    if (!isPlainObject(item) || !(key in item)) {
      out.push(stripDirectives(structuredClone(item)));
      continue;
    }
    const i = out.findIndex((t) => isPlainObject(t) && t[key] === item[key]);
    if (item.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
    } else if (i >= 0) {
      out[i] = mergeMap(out[i] as Record<string, unknown>, item);
    } else {
      out.push(stripDirectives(structuredClone(item)));
    }
  }
  return out;
}

function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$') && x !== null) out[k] = stripDirectives(x);
  return out;
}
