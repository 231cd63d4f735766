// Invisible connection points for edges. Outside a React Flow node (unit tests render cards alone)
// there is no flow to attach to, so nothing is rendered.
import { Handle, Position, useNodeId } from '@xyflow/react';

type Side = 'in' | 'out' | 'sel' | 'sel-in';

// The graph reads top to bottom: edges leave an owner or a Service at its bottom and enter the
// ReplicaSet, pod or node below at its top.
const SPEC: Record<Side, { type: 'source' | 'target'; position: Position }> = {
  in: { type: 'target', position: Position.Top },
  out: { type: 'source', position: Position.Bottom },
  sel: { type: 'source', position: Position.Bottom },
  'sel-in': { type: 'target', position: Position.Top },
};

export function Handles({ sides }: { sides: Side[] }) {
  const id = useNodeId();
  if (!id) return null;
  return (
    <>
      {sides.map((s) => (
        <Handle key={s} id={s} type={SPEC[s].type} position={SPEC[s].position} isConnectable={false} className="kp-handle" />
      ))}
    </>
  );
}
