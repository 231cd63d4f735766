// The graph for the current cluster mirror. Re-derives only when a kind the graph draws changes
// (the store replaces a kind's Map on change), and shares unchanged nodes with the previous graph.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { KubeObject } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { deriveGraph } from './derive';
import type { Graph } from './graph-types';
import { SlotAllocator } from './layout';
import { reuseEdges, reuseNodes } from './reuse';
import { Ghosts } from './ghosts';

const DRAWN_KINDS = ['Pod', 'Node', 'Service', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'PersistentVolumeClaim'] as const;

/** Above this many pods the graph re-derives at most every pods/10 ms (250 ms at 2,500 pods, 1 s at
 *  10,000): watch batches fold together and the page stays responsive. */
const THROTTLE_ABOVE = 2000;

function useThrottled<T>(value: T, enabled: boolean, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const id = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, Math.max(0, last.current + ms - performance.now()));
    return () => clearTimeout(id);
  }, [value, enabled, ms]);
  return enabled ? shown : value;
}

export function useGraph(showSystem: boolean, aspect?: number): Graph {
  const live = useStore(useShallow((s) => DRAWN_KINDS.map((k) => s.objects[k])));
  const pods = live[0]?.size ?? 0;
  const maps = useThrottled(live, pods > THROTTLE_ABOVE, Math.min(1000, Math.round(pods / 10)));
  const slots = useRef(new SlotAllocator());
  const ghosts = useRef(new Ghosts());
  const prev = useRef<Graph>({ nodes: [], edges: [] });
  const [tick, setTick] = useState(0);
  const graph = useMemo(() => {
    const objects: Record<string, ReadonlyMap<string, KubeObject> | undefined> = {};
    DRAWN_KINDS.forEach((k, i) => (objects[k] = maps[i]));
    const next = deriveGraph(objects, { slots: slots.current, hideSystem: !showSystem, aspect });
    const withGhosts = ghosts.current.apply(prev.current.nodes, next.nodes, performance.now());
    const shared = { nodes: reuseNodes(prev.current.nodes, withGhosts), edges: reuseEdges(prev.current.edges, next.edges) };
    prev.current = shared;
    return shared;
  }, [maps, showSystem, aspect, tick]); // eslint-disable-line react-hooks/exhaustive-deps -- tick only re-runs it
  useEffect(() => {
    const at = ghosts.current.nextExpiry();
    if (at === undefined) return;
    const id = setTimeout(() => setTick((t) => t + 1), Math.max(0, at - performance.now()) + 10);
    return () => clearTimeout(id);
  }, [graph]);
  return graph;
}
