// The busy nodes' counts by status, kept beside React Flow's nodes rather than in them (issue 4).
// During a 10,000-pod rollout every node's counts change every derivation; had they stayed in the
// nodes' data, React Flow would re-render all 500 node wrappers (some 250 ms a time). Detached, the
// nodes stay the same objects, and only the small count views of the nodes whose counts changed
// re-render, each subscribed to its own entry.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { GraphNode, StatusCount } from './graph-types';

export interface LiveCounts {
  podCount: number;
  counts: StatusCount[];
}

const NONE: StatusCount[] = [];

function sameCounts(a: LiveCounts, b: LiveCounts): boolean {
  if (a.podCount !== b.podCount || a.counts.length !== b.counts.length) return false;
  return a.counts.every((c, i) => c.status === b.counts[i].status && c.count === b.counts[i].count && c.tone === b.counts[i].tone);
}

export class LiveCountStore {
  private entries = new Map<string, LiveCounts>();
  private listeners = new Set<() => void>();

  /** Replace every entry; an entry equal to the last one keeps its object (no re-render). */
  publish(next: ReadonlyMap<string, LiveCounts>): void {
    let changed = next.size !== this.entries.size;
    const out = new Map<string, LiveCounts>();
    for (const [id, v] of next) {
      const old = this.entries.get(id);
      if (old && sameCounts(old, v)) out.set(id, old);
      else {
        out.set(id, v);
        changed = true;
      }
    }
    this.entries = out;
    if (changed) for (const fn of this.listeners) fn();
  }

  get(id: string): LiveCounts | undefined {
    return this.entries.get(id);
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
}

/**
 * The graph with the counts of aggregated nodes (worker nodes, Pending) moved to `live`: their data
 * keeps `detached: true`, a podCount of 0 and no counts, so that it stays equal between derivations.
 */
export function detachCounts(nodes: readonly GraphNode[]): { nodes: GraphNode[]; live: Map<string, LiveCounts> } {
  const live = new Map<string, LiveCounts>();
  const out = nodes.map((n) => {
    if (n.type !== 'clusterNode' && n.type !== 'pending') return n;
    const data = n.data as { aggregated: boolean; podCount: number; counts: StatusCount[] };
    if (!data.aggregated) return n;
    live.set(n.id, { podCount: data.podCount, counts: data.counts });
    return { ...n, data: { ...data, podCount: 0, counts: NONE, detached: true } } as GraphNode;
  });
  return { nodes: out, live };
}

export const LiveCountsContext = createContext<LiveCountStore | undefined>(undefined);

const noop = () => () => {};

/** A node's counts: from the live store when its data was detached, else from the data itself. */
export function useLiveCounts(id: string, data: LiveCounts & { detached?: boolean }): LiveCounts {
  const store = useContext(LiveCountsContext);
  const live = useSyncExternalStore(store && data.detached ? store.subscribe : noop, () => (data.detached ? store?.get(id) : undefined));
  return live ?? data;
}
