// The live cluster graph: the Kubernetes architecture diagram, drawn from the cluster mirror.
// Read-only: every box is a button that opens the object in the inspector.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { nodeTypes } from './node-types';
import { useGraph } from './use-graph';
import { Legend } from './Legend';
import type { GraphNode } from './graph-types';
import { useStore } from '../../state/store';
import type { ObjectRef } from '../../state/ui-slice';
import './graph.css';

/** Beyond this many boxes React Flow draws only what is on screen. */
const VIRTUALISE_ABOVE = 1500;

/** A click anywhere on a box selects its object (the buttons inside do the same for the keyboard).
 *  Having a click handler also keeps React Flow from making non-draggable nodes click-through. */
function onNodeClick(_e: unknown, node: GraphNode): void {
  const ref = (node.data as { ref?: ObjectRef }).ref;
  if (ref) useStore.getState().select(ref);
}

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

function Graph({ showSystem }: { showSystem: boolean }) {
  const { nodes, edges } = useGraph(showSystem);
  const userMoved = useRef(false);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodeClick={onNodeClick}
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
  const [showSystem, setShowSystem] = useState(false);
  return (
    <section aria-label={t('graph.region')} className="kp-graph">
      <ReactFlowProvider>
        <Graph showSystem={showSystem} />
      </ReactFlowProvider>
      <Legend />
      <button type="button" className="kp-toggle" aria-pressed={showSystem} title={t('graph.systemHint')} onClick={() => setShowSystem((v) => !v)}>
        {t('graph.showSystem')}
      </button>
    </section>
  );
}
