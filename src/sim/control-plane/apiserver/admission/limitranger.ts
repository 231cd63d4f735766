// The LimitRanger admission plugin: containers without requests or limits get the defaults of the
// namespace's LimitRanges (with the `kubernetes.io/limit-ranger` annotation saying what was set),
// then min, max and maxLimitRequestRatio are enforced per Container and per Pod.
// mirrors plugin/pkg/admission/limitranger/admission.go (mergeContainerResources,
// minConstraint, maxConstraint, limitRequestRatioConstraint, PodValidateLimitFunc)
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types';
import { R } from '../../../api/resources';
import type { Store } from '../../etcd/store';
import { storeKey } from '../resolve';
import { formatNano, parseQuantityExact } from '../../../api/quantity';
import type { LimitRangeItem } from 'kubernetes-types/core/v1';

type List = Record<string, string>;
/** upstream's LimitRangeItem (its quantities are strings) */
type LimitItem = LimitRangeItem;
const ANNOTATION = 'kubernetes.io/limit-ranger';

function itemsOf(store: Store, ns: string): LimitItem[] {
  return store.list(storeKey(R.limitranges), ns).flatMap((lr) => ((lr.spec as { limits?: LimitItem[] } | undefined)?.limits ?? []));
}

/** Quantity.String of what the user wrote */
const canon = (s: string): string => {
  const q = parseQuantityExact(String(s));
  return formatNano(q.nano, q.format);
};

/** mergeContainerResources: fill unset requests and limits; what was set, for the annotation */
function mergeContainer(c: Container, items: LimitItem[], containerType: string): string[] {
  const out: string[] = [];
  const setReq: string[] = [];
  const setLim: string[] = [];
  for (const item of items) {
    if (item.type !== 'Container') continue;
    for (const [k, v] of Object.entries(item.default ?? {})) {
      c.resources ??= {};
      c.resources.limits ??= {};
      if (c.resources.limits[k] === undefined) {
        c.resources.limits[k] = v;
        setLim.push(k);
      }
    }
    for (const [k, v] of Object.entries(item.defaultRequest ?? {})) {
      c.resources ??= {};
      c.resources.requests ??= {};
      if (c.resources.requests[k] === undefined) {
        c.resources.requests[k] = v;
        setReq.push(k);
      }
    }
  }
  if (setReq.length) out.push(`${setReq.sort().join(', ')} request for ${containerType} ${c.name}`);
  if (setLim.length) out.push(`${setLim.sort().join(', ')} limit for ${containerType} ${c.name}`);
  return out;
}

/** PodMutateLimitFunc: the defaults, on a pod being created */
export function limitRangerMutate(store: Store, pod: KubeObject): void {
  const items = itemsOf(store, pod.metadata.namespace ?? '');
  if (!items.length) return;
  const spec = (pod as unknown as Pod).spec;
  const notes = [...(spec?.containers ?? []).flatMap((c) => mergeContainer(c, items, 'container')), ...(spec?.initContainers ?? []).flatMap((c) => mergeContainer(c, items, 'init container'))];
  if (notes.length) pod.metadata.annotations = { ...pod.metadata.annotations, [ANNOTATION]: `LimitRanger plugin set: ${notes.join('; ')}` };
}

const nano = (s: string | undefined): bigint | undefined => (s === undefined ? undefined : parseQuantityExact(String(s)).nano);

/** the constraint checks of one resource for a Container or a Pod */
function check(kind: string, item: LimitItem, resource: string, req: string | undefined, lim: string | undefined, errs: string[]): void {
  const min = item.min?.[resource];
  const max = item.max?.[resource];
  const ratio = item.maxLimitRequestRatio?.[resource];
  if (min !== undefined) {
    if (req === undefined) errs.push(`minimum ${resource} usage per ${kind} is ${canon(min)}.  No request is specified`);
    else if (nano(req)! < nano(min)!) errs.push(`minimum ${resource} usage per ${kind} is ${canon(min)}, but request is ${canon(req)}`);
    else if (lim !== undefined && nano(lim)! < nano(min)!) errs.push(`minimum ${resource} usage per ${kind} is ${canon(min)}, but limit is ${canon(lim)}`);
  }
  if (max !== undefined) {
    if (lim === undefined) errs.push(`maximum ${resource} usage per ${kind} is ${canon(max)}.  No limit is specified`);
    else if (nano(lim)! > nano(max)!) errs.push(`maximum ${resource} usage per ${kind} is ${canon(max)}, but limit is ${canon(lim)}`);
    else if (req !== undefined && nano(req)! > nano(max)!) errs.push(`maximum ${resource} usage per ${kind} is ${canon(max)}, but request is ${canon(req)}`);
  }
  if (ratio !== undefined) {
    const r = req === undefined ? 0n : nano(req)!;
    const l = lim === undefined ? 0n : nano(lim)!;
    if (r === 0n) errs.push(`${resource} max limit to request ratio per ${kind} is ${canon(ratio)}, but no request is specified or request is 0`);
    else if (l === 0n) errs.push(`${resource} max limit to request ratio per ${kind} is ${canon(ratio)}, but no limit is specified or limit is 0`);
    else {
      const observed = Number(l) / Number(r);
      if (observed > Number(nano(ratio)!) / 1e9) errs.push(`${resource} max limit to request ratio per ${kind} is ${canon(ratio)}, but provided ratio is ${observed.toFixed(6)}`);
    }
  }
}

function sum(containers: Container[], field: 'requests' | 'limits', resource: string): string | undefined {
  let total = 0n;
  for (const c of containers) {
    const v = c.resources?.[field]?.[resource];
    if (v === undefined) return undefined; // a pod total exists only if every container sets it
    total += nano(String(v))!;
  }
  return containers.length ? formatNano(total, 'DecimalSI') : undefined;
}

/** PodValidateLimitFunc: the error messages (none: admitted) */
export function limitRangerValidate(store: Store, pod: KubeObject): string[] {
  const items = itemsOf(store, pod.metadata.namespace ?? '');
  const errs: string[] = [];
  const containers = (pod as unknown as Pod).spec?.containers ?? [];
  for (const item of items) {
    const resources = new Set([...Object.keys(item.min ?? {}), ...Object.keys(item.max ?? {}), ...Object.keys(item.maxLimitRequestRatio ?? {})]);
    if (item.type === 'Container') {
      for (const c of containers) {
        for (const r of resources) check('Container', item, r, c.resources?.requests?.[r] as string | undefined, c.resources?.limits?.[r] as string | undefined, errs);
      }
    } else if (item.type === 'Pod') {
      for (const r of resources) check('Pod', item, r, sum(containers, 'requests', r), sum(containers, 'limits', r), errs);
    }
  }
  return errs;
}

/** SetDefaults_LimitRangeItem: a Container item's default is its max, its defaultRequest the default or min */
export function defaultLimitRange(obj: KubeObject): void {
  for (const item of ((obj.spec as { limits?: LimitItem[] } | undefined)?.limits ?? [])) {
    if (item.type !== 'Container') continue;
    const def: List = { ...item.default };
    const defReq: List = { ...item.defaultRequest };
    for (const [k, v] of Object.entries(item.max ?? {})) def[k] ??= v;
    for (const [k, v] of Object.entries(def)) defReq[k] ??= v;
    for (const [k, v] of Object.entries(item.min ?? {})) defReq[k] ??= v;
    if (Object.keys(def).length) item.default = def;
    if (Object.keys(defReq).length) item.defaultRequest = defReq;
  }
}
