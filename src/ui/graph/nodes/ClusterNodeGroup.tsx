// A worker node (a VM in an AKS node pool) drawn as a box holding its pods (or, zoomed far out, a bar).
import { memo } from 'react';
import { useStore as useFlowStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ClusterNodeData, ClusterNodeNode } from '../graph-types';
import { Handles } from './Handles';
import { StatusCounts } from './StatusCounts';
import { useSelectable } from './use-select';
import { useLiveCounts } from '../live-counts';

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
        {[data.pool && t('graph.nodePool', { pool: data.pool }), data.version, data.cpu && t('graph.nodeCapacity', { cpu: data.cpu, memory: data.memory ?? '?' })].filter(Boolean).join(' · ')}
      </span>
    </button>
  );
});

/** Below this zoom a busy node's text is too small to read: it draws as a bar of its counts. */
export const FAR_ZOOM = 0.4;
const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/**
 * A node seen from far away (issue 4, UI at scale): one button whose bar shows the pods' statuses in
 * proportion, named as the full header is. Three elements and a few segments instead of some twenty,
 * so that 500 nodes lay out and paint within a frame.
 */
export const FarNode = memo(function FarNode({ data }: { data: ClusterNodeData }) {
  const { t } = useTranslation();
  const [selected, select] = useSelectable(data.ref);
  const pods = t('graph.podCount', { count: data.podCount });
  return (
    <div className={`kp-group kp-node-group kp-far${data.ready ? '' : ' kp-not-ready'}${data.versionTone ? ` kp-ver-${data.versionTone}` : ''}`}>
      <Handles sides={['in', 'sel-in']} />
      <button type="button" className={`kp-far-head nodrag nopan${selected ? ' kp-selected' : ''}`} aria-label={t('graph.a11y.node', { name: data.name, status: data.status, pods })} aria-pressed={selected} onClick={select}>
        <span className="kp-far-bar">
          {data.counts.map((c) => (
            <span key={c.status} className={`kp-far-seg kp-tone-${c.tone}`} style={{ flexGrow: c.count }} />
          ))}
        </span>
      </button>
    </div>
  );
});

function NearNode({ data }: { data: ClusterNodeData }) {
  const { t } = useTranslation();
  return (
    <div className={`kp-group kp-node-group${data.ready ? '' : ' kp-not-ready'}${data.versionTone ? ` kp-ver-${data.versionTone}` : ''}`}>
      <Handles sides={['in', 'sel-in']} />
      <NodeHeader data={data} />
      {data.aggregated ? <StatusCounts counts={data.counts} /> : data.podCount === 0 && <p className="kp-empty">{t('graph.noPods')}</p>}
    </div>
  );
}

export const ClusterNodeGroup = memo(function ClusterNodeGroup({ id, data }: NodeProps<ClusterNodeNode>) {
  // re-renders only when the zoom crosses FAR_ZOOM, not on every pan or zoom step
  const far = useFlowStore(isFar);
  const live = useLiveCounts(id, data);
  const shown = live === data ? data : { ...data, podCount: live.podCount, counts: live.counts };
  // an empty node is far-drawn too: when pods arrive and it turns to counts, only its bar changes
  return far && (data.aggregated || shown.podCount === 0) ? <FarNode data={shown} /> : <NearNode data={shown} />;
});
