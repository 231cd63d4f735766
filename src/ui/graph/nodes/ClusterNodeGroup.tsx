// A worker node (a VM in an AKS node pool) drawn as a box holding its pods.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ClusterNodeData, ClusterNodeNode } from '../graph-types';
import { Handles } from './Handles';
import { StatusCounts } from './StatusCounts';
import { useSelectable } from './use-select';

export const NodeHeader = memo(function NodeHeader({ data }: { data: ClusterNodeData }) {
  const { t } = useTranslation();
  const [selected, select] = useSelectable(data.ref);
  const pods = t('graph.podCount', { count: data.podCount });
  return (
    <button type="button" className={`kp-node-head nodrag nopan${selected ? ' kp-selected' : ''}`} aria-label={t('graph.a11y.node', { name: data.name, status: data.status, pods })} aria-pressed={selected} onClick={select}>
      <span className="kp-node-title">
        <span className="kp-kind">{t('graph.node')}</span>
        <span className={`kp-badge ${data.ready ? 'kp-tone-ok' : 'kp-tone-error'}`}>{data.status}</span>
        <span className="kp-node-pods">{pods}</span>
      </span>
      <span className="kp-node-name">{data.name}</span>
      <span className="kp-node-meta">
        {[data.pool && t('graph.nodePool', { pool: data.pool }), data.cpu && t('graph.nodeCapacity', { cpu: data.cpu, memory: data.memory ?? '?' })].filter(Boolean).join(' · ')}
      </span>
    </button>
  );
});

export const ClusterNodeGroup = memo(function ClusterNodeGroup({ data }: NodeProps<ClusterNodeNode>) {
  const { t } = useTranslation();
  return (
    <div className={`kp-group kp-node-group${data.ready ? '' : ' kp-not-ready'}`}>
      <Handles sides={['in', 'sel-in']} />
      <NodeHeader data={data} />
      {data.aggregated ? <StatusCounts counts={data.counts} /> : data.podCount === 0 && <p className="kp-empty">{t('graph.noPods')}</p>}
    </div>
  );
});
