// Objects → graph: the pure function behind the cluster graph. Cheap enough to run on every batch
// of watch events at 10,000 pods: one pass over the pods, label lookups through an index, per-pod
// view data cached by object identity, and no pod-to-pod comparisons.
import { deriveCluster, type ObjectsByKind } from './derive-cluster';
import { deriveWorkloads } from './derive-workloads';
import type { Graph } from './graph-types';
import { SlotAllocator } from './layout';

export type { ObjectsByKind };

export interface DeriveOptions {
  /** a node with more pods than this shows counts by status (default 30) */
  aggregateAbove?: number;
  /** with more pods than this in the cluster, every node shows counts (default 1500) */
  aggregateAllAbove?: number;
  /** keeps pods in their places between calls; pass the same one each time */
  slots?: SlotAllocator;
}

export const AGGREGATE_ABOVE = 30;
export const AGGREGATE_ALL_ABOVE = 1500;

export function deriveGraph(objects: ObjectsByKind, opts: DeriveOptions = {}): Graph {
  const cluster = deriveCluster(
    objects,
    { aggregateAbove: opts.aggregateAbove ?? AGGREGATE_ABOVE, aggregateAllAbove: opts.aggregateAllAbove ?? AGGREGATE_ALL_ABOVE },
    opts.slots ?? new SlotAllocator(),
  );
  const around = deriveWorkloads(objects, cluster.podTarget, cluster.width);
  return { nodes: [...around.nodes, ...cluster.nodes], edges: around.edges };
}
