// ResourceQuota and HorizontalPodAutoscaler rows (LimitRange has NAME and CREATED AT: the generic printer's).
// mirrors pkg/printers/internalversion/printers.go (printResourceQuota, printHorizontalPodAutoscaler, formatHPAMetrics)
import type { KubeObject } from '../../../sim/api/types';
import { canonicalQuantity } from '../../../sim/api/quantity';
import { AGE_COLUMN, NAME_COLUMN, col, type KindPrinter } from './table';
import { translateTimestampSince } from './duration';

const age = (o: KubeObject, now: number) => translateTimestampSince(o.metadata.creationTimestamp as string | undefined, now);

const q = (v: string | undefined): string => (v === undefined ? '0' : canonicalQuantity(String(v)));

export const resourceQuotaPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    AGE_COLUMN,
    col('Request', 'string', 'Request represents a minimum amount of cpu/memory that a container may consume.'),
    col('Limit', 'string', 'Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node.'),
  ],
  cells(o, now) {
    const st = (o.status ?? {}) as { hard?: Record<string, string>; used?: Record<string, string> };
    const request: string[] = [];
    const limit: string[] = [];
    for (const r of Object.keys(st.hard ?? {}).sort()) {
      const parts = r.split('.');
      // a resource named limits.* goes to the LIMIT column
      (parts.length > 1 && parts[0] === 'limits' ? limit : request).push(`${r}: ${q(st.used?.[r])}/${q(st.hard![r])}`);
    }
    return [o.metadata.name ?? '', age(o, now), request.join(', '), limit.join(', ')];
  },
};

interface MetricSpec {
  type: string;
  resource?: { name: string; target?: { averageUtilization?: number; averageValue?: string } };
}
interface MetricStatus {
  resource?: { current?: { averageUtilization?: number; averageValue?: string } };
}

/** formatHPAMetrics for Resource metrics: `cpu: 12%/50%`, `<unknown>` before the first sync */
export function formatHpaMetrics(specs: MetricSpec[] | undefined, statuses: MetricStatus[] | undefined): string {
  if (!specs?.length) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const [i, spec] of specs.entries()) {
    if (spec.type !== 'Resource' || !spec.resource) {
      list.push(`<unknown>/<unknown>`);
    } else if (spec.resource.target?.averageValue !== undefined) {
      const cur = statuses?.[i]?.resource?.current?.averageValue;
      list.push(`${spec.resource.name}: ${cur !== undefined ? q(cur) : '<unknown>'}/${q(spec.resource.target.averageValue)}`);
    } else {
      const cur = statuses?.[i]?.resource?.current?.averageUtilization;
      const target = spec.resource.target?.averageUtilization;
      list.push(`${spec.resource.name}: ${cur !== undefined ? `${cur}%` : '<unknown>'}/${target !== undefined ? `${target}%` : '<auto>'}`);
    }
    count++;
    if (list.length === 2) break;
  }
  const ret = list.join(', ');
  return specs.length > count ? `${ret} + ${specs.length - count} more...` : ret;
}

export const hpaPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Reference', 'string', 'scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count.'),
    col('Targets', 'string', 'metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used).'),
    col('MinPods', 'string', 'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.'),
    col('MaxPods', 'integer', 'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas.'),
    col('Replicas', 'string', 'currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler.'),
    AGE_COLUMN,
  ],
  cells(o: KubeObject, now) {
    const spec = (o.spec ?? {}) as { scaleTargetRef?: { kind?: string; name?: string }; minReplicas?: number; maxReplicas?: number; metrics?: MetricSpec[] };
    const st = (o.status ?? {}) as { currentReplicas?: number; currentMetrics?: MetricStatus[] };
    return [
      o.metadata.name ?? '',
      `${spec.scaleTargetRef?.kind ?? ''}/${spec.scaleTargetRef?.name ?? ''}`,
      formatHpaMetrics(spec.metrics, st.currentMetrics),
      spec.minReplicas !== undefined ? String(spec.minReplicas) : '<unset>',
      spec.maxReplicas ?? 0,
      st.currentReplicas ?? 0,
      age(o, now),
    ];
  },
};
