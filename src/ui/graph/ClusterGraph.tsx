// The live cluster graph: the Kubernetes architecture diagram, drawn from the cluster mirror.
// Read-only: every box is a button that opens the object in the inspector.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, ReactFlow, ReactFlowProvider, getViewportForBounds, useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { nodeTypes } from './node-types';
import { useGraph } from './use-graph';
import { Legend } from './Legend';
import { LiveCountStore, LiveCountsContext } from './live-counts';
import { nodeIdOf, type GraphNode } from './graph-types';
import { useStore } from '../../state/store';
import type { ObjectRef } from '../../state/ui-slice';
import './graph.css';

/** Beyond this many boxes React Flow draws only what is on screen. */
const VIRTUALISE_ABOVE = 1500;
/** Beyond this many boxes they stop animating (graph.css `.kp-many`). */
const STILL_ABOVE = 200;
const MIN_ZOOM = 0.05;
/** pixels kept clear for the system-pods toggle and the legend */
const OVERLAY_TOP = 34;
const OVERLAY_BOTTOM = 48;

/** A click anywhere on a box selects its object (the buttons inside do the same for the keyboard).
 *  Having a click handler also keeps React Flow from making non-draggable nodes click-through. */
function onNodeClick(_e: unknown, node: GraphNode): void {
  const ref = (node.data as { ref?: ObjectRef }).ref;
  if (ref) useStore.getState().select(ref);
}

/** Everything drawn, from the top-level boxes (children sit inside their parents). */
function boundsOf(nodes: GraphNode[]): { x: number; y: number; width: number; height: number } {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) {
    if (n.parentId) continue;
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  return x0 === Infinity ? { x: 0, y: 0, width: 1, height: 1 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Keeps the whole cluster in view as it changes shape, until the user pans or zooms. Computed from
 * the layout's own sizes (React Flow's fitView waits for measurements, which lag a batch behind).
 */
function AutoFit({ nodes, userMoved }: { nodes: GraphNode[]; userMoved: { current: boolean } }) {
  const { setViewport } = useReactFlow();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const b = useMemo(() => boundsOf(nodes), [nodes]);
  useEffect(() => {
    if (userMoved.current || !width || !height) return;
    // leave the toggle (top) and the legend (bottom) uncovered
    const vp = getViewportForBounds(b, width, Math.max(80, height - OVERLAY_TOP - OVERLAY_BOTTOM), MIN_ZOOM, 1.25, 0.04);
    // a big graph jumps: an animated viewport repaints (and re-layers) all of it on every frame
    void setViewport({ ...vp, y: vp.y + OVERLAY_TOP }, { duration: nodes.length > STILL_ABOVE ? 0 : 200 });
  }, [b.x, b.y, b.width, b.height, width, height, setViewport, userMoved]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}

function Graph({ showSystem, aspect }: { showSystem: boolean; aspect?: number }) {
  const [live] = useState(() => new LiveCountStore());
  const graph = useGraph(showSystem, aspect, live);
  const selectedId = useStore((s) => nodeIdOf(s.selected));
  const requests = useStore((s) => s.requests);
  const edges = useMemo(() => {
    const traced = new Set(requests.map((r) => `sel:${nodeIdOf(r.service)}->${nodeIdOf(r.pod)}`));
    if (!selectedId && traced.size === 0) return graph.edges;
    return graph.edges.map((e) => {
      // a request just went this way: the Service's edge to the pod that answered runs for a moment
      if (traced.has(e.id)) return { ...e, className: `${e.className} kp-edge-request`, animated: true, zIndex: 2 };
      return selectedId && (e.source === selectedId || e.target === selectedId) ? { ...e, className: `${e.className} kp-edge-active`, zIndex: 1 } : e;
    });
  }, [graph.edges, selectedId, requests]);
  const nodes = useMemo(() => {
    const hit = new Set(requests.flatMap((r) => [nodeIdOf(r.service), nodeIdOf(r.pod)]).filter(Boolean));
    return hit.size === 0 ? graph.nodes : graph.nodes.map((n) => (hit.has(n.id) ? { ...n, className: 'kp-request' } : n));
  }, [graph.nodes, requests]);
  const userMoved = useRef(false);
  return (
    <LiveCountsContext.Provider value={live}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        fitView
        fitViewOptions={{ padding: 0.08 }}
        minZoom={MIN_ZOOM}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panActivationKeyCode={null}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomActivationKeyCode={null}
        onlyRenderVisibleElements={nodes.length > VIRTUALISE_ABOVE}
        className={nodes.length > STILL_ABOVE ? 'kp-many' : undefined}
        onMoveStart={(event) => {
          if (event) userMoved.current = true; // a null event is our own fitView
        }}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-right" />
        <AutoFit nodes={nodes} userMoved={userMoved} />
      </ReactFlow>
    </LiveCountsContext.Provider>
  );
}

/** The panel's width / height, in steps of 0.1 so that small resizes do not re-lay the graph out. */
function useAspect(ref: { current: HTMLElement | null }): number | undefined {
  const [aspect, setAspect] = useState<number>();
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0 && height > 0) setAspect(Math.round((width / height) * 10) / 10);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return aspect;
}

export function ClusterGraph() {
  const { t } = useTranslation();
  const [showSystem, setShowSystem] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const aspect = useAspect(ref);
  return (
    <section ref={ref} aria-label={t('graph.region')} className="kp-graph">
      <ReactFlowProvider>
        <Graph showSystem={showSystem} aspect={aspect} />
      </ReactFlowProvider>
      <Legend />
      <button type="button" className="kp-toggle" aria-pressed={showSystem} title={t('graph.systemHint')} onClick={() => setShowSystem((v) => !v)}>
        {t('graph.showSystem')}
      </button>
    </section>
  );
}
