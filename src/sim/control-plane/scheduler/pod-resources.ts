// A pod's effective requests: the sum over containers, at least the largest init container, plus
// overhead; and the scoring variant with 100m CPU / 200Mi for containers that request nothing.
// mirrors pkg/api/v1/resource/helpers.go (PodRequests) and scheduler/util/pod_resources.go (GetNonzeroRequests)
import type { Container, Pod } from '../../api/types';
import type { PodResources, Resources } from './node-info';
import { parseQuantity } from '../../api/quantity';

export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** The numeric value of a quantity (`500m` → 0.5, `1Gi` → 1073741824); invalid → 0 (validation rejects those earlier). */
export function quantityValue(q: string | number | undefined): number {
  if (q === undefined) return 0;
  if (typeof q === 'number') return q;
  try {
    return parseQuantity(q);
  } catch {
    return 0;
  }
}

function containerRequests(c: Container): Resources {
  const r = c.resources?.requests ?? {};
  return { milliCPU: Math.ceil(quantityValue(r.cpu) * 1000 - 1e-9), memory: Math.ceil(quantityValue(r.memory)) };
}

export function podResources(pod: Pod): PodResources {
  const sum: Resources = { milliCPU: 0, memory: 0 };
  const nonZero: Resources = { milliCPU: 0, memory: 0 };
  for (const c of pod.spec?.containers ?? []) {
    const r = containerRequests(c);
    sum.milliCPU += r.milliCPU;
    sum.memory += r.memory;
    nonZero.milliCPU += c.resources?.requests?.cpu !== undefined ? r.milliCPU : DEFAULT_MILLI_CPU_REQUEST;
    nonZero.memory += c.resources?.requests?.memory !== undefined ? r.memory : DEFAULT_MEMORY_REQUEST;
  }
  for (const c of pod.spec?.initContainers ?? []) {
    const r = containerRequests(c);
    sum.milliCPU = Math.max(sum.milliCPU, r.milliCPU);
    sum.memory = Math.max(sum.memory, r.memory);
  }
  const o = pod.spec?.overhead ?? {};
  sum.milliCPU += Math.ceil(quantityValue(o.cpu) * 1000);
  sum.memory += Math.ceil(quantityValue(o.memory));
  return { ...sum, nonZero };
}
