// The frame around what one Helm release made (its Deployments, StatefulSets, claims and
// Services): the release's name, revision and status; clicking the title opens the release (its
// newest Secret) in the inspector, with its history and the last upgrade's manifest diff.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ReleaseNode } from '../graph-types';
import { useSelectable } from './use-select';

const NO_REF = { kind: 'Secret', namespace: '', name: '' };

export const ReleaseGroup = memo(function ReleaseGroup({ data }: NodeProps<ReleaseNode>) {
  const { t } = useTranslation();
  const [selected, select] = useSelectable(data.ref ?? NO_REF);
  const detail = data.revision ? t('graph.releaseDetail', { revision: data.revision, status: data.status ?? '' }) : '';
  return (
    <div className={`kp-release${selected ? ' kp-selected' : ''}`} role="group" aria-label={t('graph.a11y.release', { name: data.name, detail })}>
      <button type="button" className="kp-release-title nodrag nopan" onClick={data.ref ? select : undefined} aria-pressed={selected}>
        <span className="kp-kind">{t('graph.release')}</span> {data.name}
        {detail && <span className="kp-caption"> · {detail}</span>}
      </button>
    </div>
  );
});
