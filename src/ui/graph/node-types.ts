// React Flow's nodeTypes, defined once at module scope so React Flow never sees a new object.
import type { NodeTypes } from '@xyflow/react';
import { ClusterNodeGroup } from './nodes/ClusterNodeGroup';
import { ComponentNode, ControlPlaneGroup } from './nodes/ControlPlane';
import { PendingArea } from './nodes/PendingArea';
import { PodNode } from './nodes/PodNode';
import { ServiceNode, WorkloadNode } from './nodes/WorkloadNode';
import { ReleaseGroup } from './nodes/ReleaseGroup';

export const nodeTypes: NodeTypes = {
  pod: PodNode,
  clusterNode: ClusterNodeGroup,
  pending: PendingArea,
  controlPlane: ControlPlaneGroup,
  component: ComponentNode,
  workload: WorkloadNode,
  service: ServiceNode,
  release: ReleaseGroup,
};
