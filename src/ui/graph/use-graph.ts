// The graph for the current cluster mirror. Re-derives only when a kind the graph draws changes
// (the store replaces a kind's Map on change), and shares unchanged nodes with the previous graph.
import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { KubeObject } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { deriveGraph } from './derive';
import type { Graph } from './graph-types';
import { SlotAllocator } from './layout';
import { reuseEdges, reuseNodes } from './reuse';

const DRAWN_KINDS = ['Pod', 'Node', 'Service', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const;

export function useGraph(showSystem: boolean, aspect?: number): Graph {
  const maps = useStore(useShallow((s) => DRAWN_KINDS.map((k) => s.objects[k])));
  const slots = useRef(new SlotAllocator());
  const prev = useRef<Graph>({ nodes: [], edges: [] });
  return useMemo(() => {
    const objects: Record<string, ReadonlyMap<string, KubeObject> | undefined> = {};
    DRAWN_KINDS.forEach((k, i) => (objects[k] = maps[i]));
    const next = deriveGraph(objects, { slots: slots.current, hideSystem: !showSystem, aspect });
    const shared = { nodes: reuseNodes(prev.current.nodes, next.nodes), edges: reuseEdges(prev.current.edges, next.edges) };
    prev.current = shared;
    return shared;
  }, [maps, showSystem, aspect]);
}
