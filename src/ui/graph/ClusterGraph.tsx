// The live cluster graph: the Kubernetes architecture diagram, drawn from the cluster mirror.
// Read-only: every box is a button that opens the object in the inspector.
import { useEffect, useMemo, useRef } from 'react';
import { Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { nodeTypes } from './node-types';
import { useGraph } from './use-graph';
import { Legend } from './Legend';
import type { GraphNode } from './graph-types';
import './graph.css';

/** Beyond this many boxes React Flow draws only what is on screen. */
const VIRTUALISE_ABOVE = 1500;

/** Re-fits the view when the cluster's shape changes (nodes, owners, Services), until the user pans or zooms. */
function AutoFit({ nodes, userMoved }: { nodes: GraphNode[]; userMoved: { current: boolean } }) {
  const flow = useReactFlow();
  const shape = useMemo(() => nodes.filter((n) => n.type !== 'pod').map((n) => n.id).join('|'), [nodes]);
  useEffect(() => {
    if (userMoved.current) return;
    const id = requestAnimationFrame(() => void flow.fitView({ padding: 0.08, duration: 250 }));
    return () => cancelAnimationFrame(id);
  }, [shape, flow, userMoved]);
  return null;
}

function Graph() {
  const { nodes, edges } = useGraph();
  const userMoved = useRef(false);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      fitView
      fitViewOptions={{ padding: 0.08 }}
      minZoom={0.05}
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
      onMoveStart={(event) => {
        if (event) userMoved.current = true; // a null event is our own fitView
      }}
    >
      <Background gap={24} size={1} />
      <Controls showInteractive={false} position="bottom-right" />
      <AutoFit nodes={nodes} userMoved={userMoved} />
    </ReactFlow>
  );
}

export function ClusterGraph() {
  const { t } = useTranslation();
  return (
    <section aria-label={t('graph.region')} className="kp-graph">
      <ReactFlowProvider>
        <Graph />
      </ReactFlowProvider>
      <Legend />
    </section>
  );
}
