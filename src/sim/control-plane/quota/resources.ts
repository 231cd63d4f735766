// Resource lists (`requests.cpu: 500m`, `pods: 2`) as exact quantities, and what one object counts
// for against a ResourceQuota. Shared by the quota admission plugin and the quota controller.
// mirrors staging/src/k8s.io/apiserver/pkg/quota/v1/resources.go (Add, Mask, LessThanOrEqual) and
// pkg/quota/v1/evaluator/core/{pods,services,persistent_volume_claims}.go, generic/evaluator.go
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types';
import type { ResourceInfo } from '../../api/resources';
import { formatNano, parseQuantityExact, type QuantityFormat } from '../../api/quantity';

export interface Amount {
  nano: bigint;
  format: QuantityFormat;
}
export type ResourceList = Map<string, Amount>;

const ONE: Amount = { nano: 1_000_000_000n, format: 'DecimalSI' };

export function parseList(raw: Record<string, string | number> | undefined): ResourceList {
  const out: ResourceList = new Map();
  for (const [k, v] of Object.entries(raw ?? {})) out.set(k, parseQuantityExact(String(v)));
  return out;
}

export function amountString(a: Amount | undefined): string {
  return a ? formatNano(a.nano, a.format) : '0';
}

export function listToRecord(l: ResourceList): Record<string, string> {
  const keys = [...l.keys()].sort();
  return Object.fromEntries(keys.map((k) => [k, amountString(l.get(k))]));
}

function addTo(l: ResourceList, key: string, a: Amount): void {
  const cur = l.get(key);
  // Quantity.Add keeps the receiver's format
  l.set(key, cur ? { nano: cur.nano + a.nano, format: cur.format } : { ...a });
}

export function add(a: ResourceList, b: ResourceList): ResourceList {
  const out: ResourceList = new Map(a);
  for (const [k, v] of b) addTo(out, k, v);
  return out;
}

export function mask(l: ResourceList, keys: Iterable<string>): ResourceList {
  const out: ResourceList = new Map();
  for (const k of keys) {
    const v = l.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

/** the resources of `a` that exceed `limit` (keys absent from `limit` are unlimited) */
export function exceeded(a: ResourceList, limit: ResourceList): string[] {
  const out: string[] = [];
  for (const [k, v] of a) {
    const l = limit.get(k);
    if (l && v.nano > l.nano) out.push(k);
  }
  return out.sort();
}

/** quota's prettyPrint: sorted `k=v` joined by commas */
export function prettyPrint(l: ResourceList): string {
  return [...l.keys()]
    .sort()
    .map((k) => `${k}=${amountString(l.get(k))}`)
    .join(',');
}

/** the compute resources a container's usage names (podComputeUsageHelper) */
export function containerCompute(c: Container): ResourceList {
  const out: ResourceList = new Map();
  const req = c.resources?.requests ?? {};
  const lim = c.resources?.limits ?? {};
  for (const r of ['cpu', 'memory', 'ephemeral-storage']) {
    if (req[r] !== undefined) {
      const q = parseQuantityExact(String(req[r]));
      out.set(`requests.${r}`, q);
      out.set(r, q); // a request counts for both `cpu` and `requests.cpu`
    }
    if (lim[r] !== undefined) out.set(`limits.${r}`, parseQuantityExact(String(lim[r])));
  }
  return out;
}

function isTerminal(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

/** what one object uses of a quota (Evaluator.Usage) */
export function usageOf(info: ResourceInfo, obj: KubeObject): ResourceList {
  const out: ResourceList = new Map();
  const count = info.group ? `count/${info.resource}.${info.group}` : `count/${info.resource}`;
  if (info.kind === 'Pod') {
    const pod = obj as unknown as Pod;
    if (isTerminal(pod)) return out;
    out.set('pods', ONE);
    out.set(count, ONE);
    for (const c of pod.spec?.containers ?? []) for (const [k, v] of containerCompute(c)) addTo(out, k, v);
    // init containers run one at a time: the pod needs the largest of them if it is larger (max)
    for (const c of pod.spec?.initContainers ?? []) {
      for (const [k, v] of containerCompute(c)) if ((out.get(k)?.nano ?? 0n) < v.nano) out.set(k, v);
    }
    return out;
  }
  out.set(count, ONE);
  if (['services', 'configmaps', 'secrets', 'persistentvolumeclaims', 'replicationcontrollers', 'resourcequotas'].includes(info.resource) && !info.group) out.set(info.resource, ONE);
  if (info.kind === 'Service') {
    const spec = (obj.spec ?? {}) as { type?: string; ports?: Array<{ nodePort?: number }> };
    if (spec.type === 'LoadBalancer') out.set('services.loadbalancers', ONE);
    if (spec.type === 'LoadBalancer' || spec.type === 'NodePort') {
      const n = BigInt((spec.ports ?? []).length) * ONE.nano;
      out.set('services.nodeports', { nano: n, format: 'DecimalSI' });
    }
  }
  if (info.kind === 'PersistentVolumeClaim') {
    const storage = (obj.spec as { resources?: { requests?: Record<string, string> } } | undefined)?.resources?.requests?.storage;
    if (storage) out.set('requests.storage', parseQuantityExact(storage));
  }
  return out;
}

/** the resource names an evaluator for `info` may count (MatchingResources) */
export function matchesResource(info: ResourceInfo, name: string): boolean {
  const count = info.group ? `count/${info.resource}.${info.group}` : `count/${info.resource}`;
  if (name === count) return true;
  if (info.kind === 'Pod') return /^(pods|cpu|memory|ephemeral-storage|(requests|limits)\.(cpu|memory|ephemeral-storage))$/.test(name);
  if (!info.group && name === info.resource) return true;
  if (info.kind === 'Service') return name === 'services.loadbalancers' || name === 'services.nodeports';
  if (info.kind === 'PersistentVolumeClaim') return name === 'requests.storage';
  return false;
}

export { ONE };

/** a quota's scopes: which pods it tracks (only pods: a scoped quota tracks no other kind) */
export function matchesScopes(info: ResourceInfo, obj: KubeObject, scopes: readonly string[] | undefined): boolean {
  if (!scopes?.length) return true;
  if (info.kind !== 'Pod') return false;
  const pod = obj as unknown as Pod;
  // qos.GetPodQOS: BestEffort when no container names a cpu or memory request or limit
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  const bestEffort = all.every((c) => ['cpu', 'memory'].every((r) => c.resources?.requests?.[r] === undefined && c.resources?.limits?.[r] === undefined));
  const terminating = pod.spec?.activeDeadlineSeconds !== undefined && pod.spec.activeDeadlineSeconds !== null && pod.spec.activeDeadlineSeconds >= 0;
  return scopes.every((s) => {
    if (s === 'BestEffort') return bestEffort;
    if (s === 'NotBestEffort') return !bestEffort;
    if (s === 'Terminating') return terminating;
    if (s === 'NotTerminating') return !terminating;
    return true; // PriorityClass and the rest are not simulated: they match
  });
}
