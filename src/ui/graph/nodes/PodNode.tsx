// A pod inside a cluster node (or the Pending area) on the React Flow canvas.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { PodNode as PodNodeType } from '../graph-types';
import { Handles } from './Handles';
import { PodCard } from './PodCard';

export const PodNode = memo(function PodNode({ data }: NodeProps<PodNodeType>) {
  return (
    <>
      <Handles sides={['in', 'sel-in']} />
      <PodCard data={data} />
    </>
  );
});
