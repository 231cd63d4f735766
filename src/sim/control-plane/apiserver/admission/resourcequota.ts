// The ResourceQuota admission plugin: a create that would take a namespace's usage over a quota's
// hard limits is forbidden; a pod must name every compute resource a quota limits; an admitted
// create is charged to status.used at once, so a burst of creates cannot overshoot (the quota
// controller, ../../controller-manager/resourcequota, recomputes usage and gives back on deletes).
// mirrors plugin/pkg/admission/resourcequota/controller.go (checkRequest) and
// pkg/quota/v1/evaluator/core/pods.go (Constraints, enforcePodContainerConstraints)
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types';
import { R, type ResourceInfo } from '../../../api/resources';
import type { Store } from '../../etcd/store';
import { storeKey } from '../resolve';
import { add, containerCompute, exceeded, listToRecord, mask, matchesResource, matchesScopes, parseList, prettyPrint, usageOf } from '../../quota/resources';

/** the compute resources a quota forces every container to set */
const VALIDATION = ['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'];

/** Constraints: `must specify limits.cpu for: c; requests.cpu for: c` or undefined */
function podConstraints(pod: Pod, required: string[]): string | undefined {
  const need = required.filter((r) => VALIDATION.includes(r));
  if (!need.length) return undefined;
  const missing = new Map<string, string[]>();
  const visit = (c: Container) => {
    const has = containerCompute(c);
    for (const r of need) if (!has.has(r)) missing.set(r, [...(missing.get(r) ?? []), c.name]);
  };
  for (const c of pod.spec?.initContainers ?? []) visit(c);
  for (const c of pod.spec?.containers ?? []) visit(c);
  if (!missing.size) return undefined;
  const parts = [...missing.keys()].sort().map((r) => `${r} for: ${missing.get(r)!.join(',')}`);
  return `must specify ${parts.join('; ')}`;
}

interface Quota extends KubeObject {
  spec?: { hard?: Record<string, string>; scopes?: string[] };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

/**
 * checkRequest for a create: throws nothing, returns the reason a create is forbidden (or undefined),
 * and — unless dryRun — charges the usage to every quota it counts against.
 */
export function admitQuota(store: Store, info: ResourceInfo, obj: KubeObject, dryRun: boolean): string | undefined {
  const ns = obj.metadata.namespace ?? '';
  const quotas = store.list(storeKey(R.resourcequotas), ns) as Quota[];
  if (!quotas.length) return undefined;
  const delta = usageOf(info, obj);
  const charged: Quota[] = [];
  for (const q of quotas) {
    const hardKeys = Object.keys(q.spec?.hard ?? {});
    const restricted = hardKeys.filter((k) => matchesResource(info, k));
    if (!restricted.length || !matchesScopes(info, obj, q.spec?.scopes)) continue;
    if (info.kind === 'Pod') {
      const why = podConstraints(obj as unknown as Pod, restricted);
      if (why) return `failed quota: ${q.metadata.name}: ${why}`;
    }
    if (!q.status?.hard) return `status unknown for quota: ${q.metadata.name}, resources: ${restricted.sort().join(',')}`;
    const hard = parseList(q.status.hard);
    const used = parseList(q.status.used);
    const requested = mask(delta, restricted);
    if (!requested.size) continue;
    const next = mask(add(used, requested), requested.keys());
    const over = exceeded(next, hard);
    if (over.length) {
      return `exceeded quota: ${q.metadata.name}, requested: ${prettyPrint(mask(requested, over))}, used: ${prettyPrint(mask(withZeros(used, over), over))}, limited: ${prettyPrint(mask(hard, over))}`;
    }
    charged.push({ ...q, status: { ...q.status, used: listToRecord(add(used, requested)) } });
  }
  if (!dryRun) for (const q of charged) store.update(storeKey(R.resourcequotas), q);
  return undefined;
}

/** a used list with explicit zeros, so `used: pods=0` prints as upstream's does */
function withZeros(used: ReturnType<typeof parseList>, keys: string[]): ReturnType<typeof parseList> {
  const out = new Map(used);
  for (const k of keys) if (!out.has(k)) out.set(k, { nano: 0n, format: 'DecimalSI' });
  return out;
}
