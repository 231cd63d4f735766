// The pods of an HPA's target as the replica calculator sees them: ready or not, their requests,
// their usage from the metrics API. mirrors replica_calculator.go (groupPods, calculatePodRequests)
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types';
import { milliValue } from '../../../api/quantity';
import { isPodReady } from '../pod-utils';
import type { PodSample } from './replica-calculator';

interface PodMetrics {
  containers?: Array<{ name: string; usage?: Record<string, string> }>;
}

export function podSamples(pods: Pod[], metrics: KubeObject[], resource: string): PodSample[] {
  const usage = new Map<string, number>();
  for (const m of metrics) {
    let sum = 0;
    for (const c of (m as unknown as PodMetrics).containers ?? []) sum += milliValue(c.usage?.[resource] ?? '0');
    usage.set(m.metadata.name ?? '', sum);
  }
  return pods.map((p) => {
    let request: number | undefined = 0;
    let missing: string | undefined;
    for (const c of p.spec?.containers ?? []) {
      const r = c.resources?.requests?.[resource];
      if (r === undefined) {
        missing ??= c.name;
        request = undefined;
      } else if (request !== undefined) request += milliValue(String(r));
    }
    const name = p.metadata?.name ?? '';
    return {
      name,
      ready: p.status?.phase === 'Running' && isPodReady(p),
      ignored: Boolean(p.metadata?.deletionTimestamp) || p.status?.phase === 'Failed',
      requestMilli: request,
      missingRequestContainer: missing,
      usageMilli: usage.get(name),
    };
  });
}
