// Invisible connection points for edges. Outside a React Flow node (unit tests render cards alone)
// there is no flow to attach to, so nothing is rendered.
import { Handle, Position, useNodeId } from '@xyflow/react';

type Side = 'in' | 'out' | 'sel' | 'sel-in';

const SPEC: Record<Side, { type: 'source' | 'target'; position: Position }> = {
  in: { type: 'target', position: Position.Left },
  out: { type: 'source', position: Position.Right },
  sel: { type: 'source', position: Position.Left },
  'sel-in': { type: 'target', position: Position.Right },
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
