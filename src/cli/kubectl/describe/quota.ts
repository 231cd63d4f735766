// `kubectl describe resourcequota|limitrange|hpa`, and the quota and limit sections of describe namespace.
// mirrors staging/src/k8s.io/kubectl/pkg/describe/describe.go (describeQuota, DescribeResourceQuotas,
// describeLimitRange, describeLimitRangeSpec, DescribeLimitRanges, describeHorizontalPodAutoscalerV2,
// printDirectionBehavior)
import type { KubeObject } from '../../../sim/api/types';
import { canonicalQuantity } from '../../../sim/api/quantity';
import { PrefixWriter } from './writer';
import type { LimitRangeItem } from 'kubernetes-types/core/v1';

type List = Record<string, string>;
interface Quota extends KubeObject {
  spec?: { scopes?: string[] };
  status?: { hard?: List; used?: List };
}
/** upstream's LimitRangeItem (its quantities are strings) */
type LimitItem = LimitRangeItem;

const SCOPE_HELP: Record<string, string> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

const qty = (v: string | undefined) => (v === undefined ? '0' : canonicalQuantity(String(v)));

/** the quota table; `level` 1 and `---` rules inside describe namespace */
function quotaBody(q: Quota, w: PrefixWriter, level: number, rule: string): void {
  const scopes = [...(q.spec?.scopes ?? [])].sort();
  if (scopes.length) {
    w.write(level, `Scopes:\t${scopes.join(', ')}\n`);
    for (const s of scopes) if (SCOPE_HELP[s]) w.write(level, level ? `* ${SCOPE_HELP[s]}\n` : ` * ${SCOPE_HELP[s]}\n`);
  }
  w.write(level, 'Resource\tUsed\tHard\n');
  w.write(level, `--------\t${rule}\t${rule}\n`);
  for (const r of Object.keys(q.status?.hard ?? {}).sort()) w.write(level, `${r}\t${qty(q.status?.used?.[r])}\t${qty(q.status!.hard![r])}\n`);
}

export function describeQuota(obj: KubeObject): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  quotaBody(obj as Quota, w, 0, '----');
  return w.toString();
}

function limitRows(limits: LimitItem[], prefix: string, w: PrefixWriter): void {
  for (const item of limits) {
    const names = new Set<string>();
    for (const l of [item.max, item.min, item.default, item.defaultRequest, item.maxLimitRequestRatio]) for (const k of Object.keys(l ?? {})) names.add(k);
    // upstream ranges over a Go map here (random order); sorted is one of its orders
    for (const k of [...names].sort()) {
      const v = (l: List | undefined) => (l?.[k] === undefined ? '-' : qty(l[k]));
      w.write(0, `${prefix}${item.type}\t${k}\t${v(item.min)}\t${v(item.max)}\t${v(item.defaultRequest)}\t${v(item.default)}\t${v(item.maxLimitRequestRatio)}\n`);
    }
  }
}

const LIMIT_HEADER = 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n';
const LIMIT_RULE = '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n';

export function describeLimitRange(obj: KubeObject): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  w.write(0, LIMIT_HEADER);
  w.write(0, LIMIT_RULE);
  limitRows((obj.spec as { limits?: LimitItem[] } | undefined)?.limits ?? [], '', w);
  return w.toString();
}

/** describe namespace's sections: `Resource Quotas` / `No resource quota.`, `Resource Limits` / `No LimitRange resource.` */
export function namespaceQuotaSections(w: PrefixWriter, quotas: KubeObject[], limitRanges: KubeObject[]): void {
  w.write(0, '\n');
  if (!quotas.length) w.write(0, 'No resource quota.\n');
  else {
    w.write(0, 'Resource Quotas\n');
    for (const q of [...quotas].sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''))) {
      w.write(1, `Name:\t${q.metadata.name}\n`);
      quotaBody(q as Quota, w, 1, '---');
    }
  }
  w.write(0, '\n');
  if (!limitRanges.length) w.write(0, 'No LimitRange resource.\n');
  else {
    w.write(0, `Resource Limits\n ${LIMIT_HEADER}`);
    w.write(0, ` ${LIMIT_RULE}`);
    for (const lr of limitRanges) limitRows((lr.spec as { limits?: LimitItem[] } | undefined)?.limits ?? [], ' ', w);
  }
}
