// Objects → graph: the pure function behind the cluster graph. Cheap enough to run on every batch
// of watch events at 10,000 pods: one pass over the pods, label lookups through an index, per-pod
// view data cached by object identity, and no pod-to-pod comparisons.
import { controlPlaneNodes, deriveCluster, estimatedHeights, groupPods, podData, type ObjectsByKind } from './derive-cluster';
import { buildIndex } from './selector-index';
import type { Pod } from '../../sim/api/types';
import { deriveEdges, placeWorkloads } from './derive-workloads';
import type { Graph } from './graph-types';
import { hideSystem } from './system-filter';
import { BAND_GAP, CP_H, SlotAllocator, chooseColumns, clusterWidth } from './layout';

export type { ObjectsByKind };

export interface DeriveOptions {
  /** a node with more pods than this shows counts by status (default 30) */
  aggregateAbove?: number;
  /** with more pods than this in the cluster, every node shows counts (default 1500) */
  aggregateAllAbove?: number;
  /** keeps pods in their places between calls; pass the same one each time */
  slots?: SlotAllocator;
  /** leave out objects in kube-system and the other system namespaces */
  hideSystem?: boolean;
  /** the viewport's width / height: the node grid takes the shape that shows everything largest */
  aspect?: number;
}

export const AGGREGATE_ABOVE = 30;
export const AGGREGATE_ALL_ABOVE = 1500;
/** pods a slice of the warm-up handles (podData, then the label index at twice as many) */
const WARM_CHUNK = 1000;

export function deriveGraph(all: ObjectsByKind, opts: DeriveOptions = {}): Graph {
  const steps = deriveGraphSteps(all, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * deriveGraph as a generator that yields between its passes, for the main thread to run at scale in
 * several tasks (./sliced.ts): at 10,000 pods each pass takes a few ms, the whole some 50.
 */
export function* deriveGraphSteps(all: ObjectsByKind, opts: DeriveOptions = {}): Generator<void, Graph> {
  const objects = opts.hideSystem ? hideSystem(all) : all;
  yield;
  // the per-pod work, cached per object, in chunks: what changed since the last derivation
  const pods = objects.Pod;
  if (pods) {
    let n = 0;
    for (const p of pods.values()) {
      podData(p as Pod);
      if (++n % WARM_CHUNK === 0) yield;
    }
    yield* buildIndex(pods, WARM_CHUNK * 2);
  }
  const groups = groupPods(objects);
  yield;
  const clusterOpts = { aggregateAbove: opts.aggregateAbove ?? AGGREGATE_ABOVE, aggregateAllAbove: opts.aggregateAllAbove ?? AGGREGATE_ALL_ABOVE };
  const cols = chooseColumns(estimatedHeights(groups, objects.Pod?.size ?? 0, clusterOpts), opts.aspect);
  const width = clusterWidth(groups.names.length, cols);
  const workloads = placeWorkloads(objects, CP_H + BAND_GAP, width);
  yield;
  const cluster = deriveCluster(objects, groups, clusterOpts, opts.slots ?? new SlotAllocator(), workloads.bottom + BAND_GAP, width, cols);
  yield;
  const edges = deriveEdges(objects, workloads, cluster.podTarget);
  return { nodes: [...controlPlaneNodes(width), ...workloads.nodes, ...cluster.nodes], edges };
}
