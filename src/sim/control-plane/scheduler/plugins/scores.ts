// Score plugins of the default profile that the simulator models, with their default weights.
// mirrors pkg/scheduler/framework/plugins/noderesources/{least_allocated,balanced_allocation}.go
// and tainttoleration/taint_toleration.go
import type { NodeInfo, PodToSchedule } from '../node-info';
import type { Taint } from 'kubernetes-types/core/v1';
import { tolerates } from './filters';

const NONE: readonly Taint[] = [];

export interface ScorePlugin {
  name: string;
  weight: number;
  /** raw score for one node */
  score(p: PodToSchedule, n: NodeInfo): number;
  /** maps raw scores onto 0–100 across the feasible nodes (in place) */
  normalize?(scores: number[]): void;
}

function leastAllocated(req: number, cap: number): number {
  return cap === 0 || req > cap ? 0 : Math.floor(((cap - req) * 100) / cap);
}

function fraction(req: number, cap: number): number {
  return cap === 0 ? 0 : Math.min(1, req / cap);
}

/** (allocatable - requested) * 100 / allocatable per resource, cpu and memory weighted equally */
export const LeastAllocated: ScorePlugin = {
  name: 'NodeResourcesFit',
  weight: 1,
  score: (p, n) => {
    const cpu = leastAllocated(n.nonZeroRequested.milliCPU + p.resources.nonZero.milliCPU, n.allocatable.milliCPU);
    const mem = leastAllocated(n.nonZeroRequested.memory + p.resources.nonZero.memory, n.allocatable.memory);
    return Math.floor((cpu + mem) / 2);
  },
};

/** favours nodes whose cpu and memory fractions stay close: (1 - std) * 100 */
export const BalancedAllocation: ScorePlugin = {
  name: 'NodeResourcesBalancedAllocation',
  weight: 1,
  score: (p, n) => {
    const cpu = fraction(n.requested.milliCPU + p.resources.milliCPU, n.allocatable.milliCPU);
    const mem = fraction(n.requested.memory + p.resources.memory, n.allocatable.memory);
    const std = Math.abs(cpu - mem) / 2;
    return Math.floor((1 - std) * 100);
  },
};

/** counts PreferNoSchedule taints the pod does not tolerate; fewer is better */
export const TaintTolerationScore: ScorePlugin = {
  name: 'TaintToleration',
  weight: 3,
  score: (p, n) => {
    let count = 0;
    for (const t of n.node.spec?.taints ?? NONE) if (t.effect === 'PreferNoSchedule' && !tolerates(p.pod.spec?.tolerations, t)) count++;
    return count;
  },
  normalize: (scores) => {
    let max = 0;
    for (const s of scores) if (s > max) max = s;
    for (let i = 0; i < scores.length; i++) scores[i] = max === 0 ? 100 : Math.floor(100 - (scores[i] * 100) / max);
  },
};

export const SCORES: readonly ScorePlugin[] = [TaintTolerationScore, LeastAllocated, BalancedAllocation];
