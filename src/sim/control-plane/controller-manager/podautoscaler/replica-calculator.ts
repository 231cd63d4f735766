// How many replicas a resource-utilization metric asks for: usage over requests of the ready pods,
// a 10% tolerance, missing pods counted against the direction of the change, unready pods as 0% on
// a scale up. Pure: the controller (./horizontal.ts) gathers pods and metrics.
// mirrors pkg/controller/podautoscaler/replica_calculator.go (GetResourceReplicas, groupPods,
// calcPlainMetricReplicas) and metrics/utilization.go (GetResourceUtilizationRatio)

export const TOLERANCE = 0.1;

export interface PodSample {
  name: string;
  /** Running and Ready */
  ready: boolean;
  /** deleted or failed: not counted at all */
  ignored: boolean;
  /** the sum of its containers' requests (millicores); undefined if a container sets none */
  requestMilli?: number;
  /** the first container without a request, for the error */
  missingRequestContainer?: string;
  /** usage from the metrics API, undefined if metrics-server has none */
  usageMilli?: number;
}

export interface Recommendation {
  replicas: number;
  /** the utilization the ready pods show (percent of request) */
  utilization: number;
  /** their average usage in millicores */
  averageMilli: number;
}

export class MetricError extends Error {}

function ratio(metrics: Map<string, number>, requests: Map<string, number>, target: number): { usageRatio: number; utilization: number; average: number } {
  let usage = 0;
  let req = 0;
  for (const [name, v] of metrics) {
    const r = requests.get(name);
    if (r === undefined) continue;
    usage += v;
    req += r;
  }
  if (req === 0) throw new MetricError('no metrics returned matched known pods');
  const utilization = Math.trunc((usage * 100) / req);
  return { usageRatio: utilization / target, utilization, average: Math.trunc(usage / metrics.size) };
}

/** the usage ratio for an AverageValue target: average usage over the target (GetMetricUsageRatio) */
function valueRatio(metrics: Map<string, number>, targetMilli: number): { usageRatio: number; utilization: number; average: number } {
  let sum = 0;
  for (const v of metrics.values()) sum += v;
  const average = Math.trunc(sum / metrics.size);
  return { usageRatio: average / targetMilli, utilization: 0, average };
}

/**
 * GetResourceReplicas for a Utilization target (percent of request), or, given `averageValueMilli`,
 * GetRawResourceReplicas for an AverageValue target (no requests needed).
 */
export function resourceReplicas(currentReplicas: number, targetUtilization: number, pods: PodSample[], resource = 'cpu', averageValueMilli?: number): Recommendation {
  const byValue = averageValueMilli !== undefined;
  const ratioOf = (m: Map<string, number>, requests: Map<string, number>) => (byValue ? valueRatio(m, averageValueMilli) : ratio(m, requests, targetUtilization));
  if (!pods.length) throw new MetricError('no pods returned by selector while calculating replica count');
  if (!pods.some((p) => p.usageMilli !== undefined)) throw new MetricError(`unable to get metrics for resource ${resource}: no metrics returned from resource metrics API`);
  const metrics = new Map<string, number>();
  const requests = new Map<string, number>();
  const unready: string[] = [];
  const missing: string[] = [];
  let readyCount = 0;
  for (const p of pods) {
    if (p.ignored) continue;
    if (p.requestMilli === undefined && !byValue) throw new MetricError(`missing request for ${resource} in container ${p.missingRequestContainer ?? ''} of Pod ${p.name}`);
    // a missing pod counts as its whole request on a scale down (or the target, for AverageValue)
    requests.set(p.name, byValue ? averageValueMilli : p.requestMilli!);
    if (p.usageMilli === undefined) missing.push(p.name);
    else if (!p.ready) unready.push(p.name);
    else {
      metrics.set(p.name, p.usageMilli);
      readyCount++;
    }
  }
  if (!metrics.size) throw new MetricError('did not receive metrics for targeted pods (pods might be unready)');
  const first = ratioOf(metrics, requests);
  const same = { replicas: currentReplicas, utilization: first.utilization, averageMilli: first.average };
  const scaleUpWithUnready = unready.length > 0 && first.usageRatio > 1;
  if (!scaleUpWithUnready && !missing.length) {
    if (Math.abs(1 - first.usageRatio) <= TOLERANCE) return same;
    return { replicas: Math.ceil(first.usageRatio * readyCount), utilization: first.utilization, averageMilli: first.average };
  }
  // on a scale down a missing pod counts as using its whole request, on a scale up as using nothing
  if (first.usageRatio < 1) for (const n of missing) metrics.set(n, requests.get(n)!);
  else if (first.usageRatio > 1) for (const n of missing) metrics.set(n, 0);
  if (scaleUpWithUnready) for (const n of unready) metrics.set(n, 0);
  const next = ratioOf(metrics, requests).usageRatio;
  if (Math.abs(1 - next) <= TOLERANCE || (first.usageRatio < 1 && next > 1) || (first.usageRatio > 1 && next < 1)) return same;
  const replicas = Math.ceil(next * metrics.size);
  if ((next < 1 && replicas > currentReplicas) || (next > 1 && replicas < currentReplicas)) return same;
  return { replicas, utilization: first.utilization, averageMilli: first.average };
}
