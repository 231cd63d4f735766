// The graph for the current cluster mirror. Re-derives only when a kind the graph draws changes
// (the store replaces a kind's Map on change), and shares unchanged nodes with the previous graph.
// At scale it derives outside React's render, in slices, and shows the previous graph meanwhile.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { KubeObject } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { deriveGraph, deriveGraphSteps, type DeriveOptions, type ObjectsByKind } from './derive';
import { Slicer } from './sliced';
import { detachCounts, type LiveCountStore } from './live-counts';
import type { Graph } from './graph-types';
import { SlotAllocator } from './layout';
import { reuseEdges, reuseNodes } from './reuse';
import { Ghosts } from './ghosts';

const DRAWN_KINDS = ['Pod', 'Node', 'Service', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'PersistentVolumeClaim'] as const;

/** Above this many pods the graph re-derives at most every pods/10 ms (250 ms at 2,500 pods, 1 s at
 *  10,000): watch batches fold together and the page stays responsive. The derivation then runs in
 *  slices between frames (./sliced.ts), not during React's render. */
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

export function useGraph(showSystem: boolean, aspect?: number, counts?: LiveCountStore): Graph {
  const live = useStore(useShallow((s) => DRAWN_KINDS.map((k) => s.objects[k])));
  const pods = live[0]?.size ?? 0;
  const big = pods > THROTTLE_ABOVE;
  const maps = useThrottled(live, big, Math.min(1000, Math.round(pods / 10)));
  const slots = useRef(new SlotAllocator());
  const ghosts = useRef(new Ghosts());
  const prev = useRef<Graph>({ nodes: [], edges: [] });
  const slicer = useRef<Slicer<Graph>>(undefined);
  const [tick, setTick] = useState(0);
  const [sliced, setSliced] = useState<Graph>();

  const inputs = (): [ObjectsByKind, DeriveOptions] => {
    const objects: Record<string, ReadonlyMap<string, KubeObject> | undefined> = {};
    DRAWN_KINDS.forEach((k, i) => (objects[k] = maps[i]));
    return [objects, { slots: slots.current, hideSystem: !showSystem, aspect }];
  };
  /** ghosts of deleted pods, and the previous graph's objects where nothing changed */
  const finish = (derived: Graph): Graph => {
    let next = derived;
    if (counts && big) {
      // the counts that change on every derivation go to the live store; the nodes stay the same objects
      const split = detachCounts(derived.nodes);
      counts.publish(split.live);
      next = { nodes: split.nodes, edges: derived.edges };
    }
    const withGhosts = ghosts.current.apply(prev.current.nodes, next.nodes, performance.now());
    const shared = { nodes: reuseNodes(prev.current.nodes, withGhosts), edges: reuseEdges(prev.current.edges, next.edges) };
    prev.current = shared;
    return shared;
  };

  // a small cluster: derived during render, so the graph never lags the mirror
  const direct = useMemo(() => (big ? undefined : finish(deriveGraph(...inputs()))), [big, maps, showSystem, aspect, tick]); // eslint-disable-line react-hooks/exhaustive-deps -- tick only re-runs it
  // a big one (issue 4): derived in slices of a few ms between frames, never one long task
  useEffect(() => {
    if (!big) return;
    slicer.current ??= new Slicer<Graph>();
    const [objects, opts] = inputs();
    slicer.current.request(() => deriveGraphSteps(objects, opts), (g) => setSliced(finish(g)));
  }, [big, maps, showSystem, aspect, tick]); // eslint-disable-line react-hooks/exhaustive-deps -- tick only re-runs it
  useEffect(() => () => slicer.current?.dispose(), []);

  const graph = direct ?? sliced ?? prev.current;
  useEffect(() => {
    const at = ghosts.current.nextExpiry();
    if (at === undefined) return;
    const id = setTimeout(() => setTick((t) => t + 1), Math.max(0, at - performance.now()) + 10);
    return () => clearTimeout(id);
  }, [graph]);
  return graph;
}
