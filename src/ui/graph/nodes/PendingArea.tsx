// Where unscheduled pods wait: no spec.nodeName yet (the scheduler has not bound them, or cannot).
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { PendingNode } from '../graph-types';
import { Handles } from './Handles';
import { StatusCounts } from './StatusCounts';
import { useLiveCounts } from '../live-counts';

export const PendingArea = memo(function PendingArea({ id, data: given }: NodeProps<PendingNode>) {
  const { t } = useTranslation();
  const live = useLiveCounts(id, given);
  const data = live === given ? given : { ...given, podCount: live.podCount, counts: live.counts };
  return (
    <div className={`kp-group kp-pending${data.podCount > 0 ? ' kp-has-pending' : ''}`}>
      <Handles sides={['in', 'sel-in']} />
      <div className="kp-group-head">
        <span className="kp-group-title">{t('graph.pending')}</span>
        <span className="kp-caption">{t('graph.pendingHint')}</span>
      </div>
      {data.aggregated ? <StatusCounts counts={data.counts} /> : data.podCount === 0 && <p className="kp-empty">{t('graph.pendingEmpty')}</p>}
    </div>
  );
});
