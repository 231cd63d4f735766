// Deployments, ReplicaSets and other pod owners, drawn outside the cluster nodes: they are records
// in etcd that controllers act on, not things that run on a node.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ServiceData, ServiceNode as ServiceNodeType, WorkloadData, WorkloadNode as WorkloadNodeType } from '../graph-types';
import { Handles } from './Handles';
import { useSelectable } from './use-select';

export const WorkloadCard = memo(function WorkloadCard({ data }: { data: WorkloadData }) {
  const { t } = useTranslation();
  const [selected, select] = useSelectable(data.ref);
  const summary = !data.summary ? '' : data.kind === 'Job' ? t('graph.done', { summary: data.summary }) : data.kind === 'CronJob' || data.kind === 'PersistentVolumeClaim' ? data.summary : t('graph.ready', { summary: data.summary });
  return (
    <button type="button" className={`kp-workload kp-kind-${data.kind}${data.idle ? ' kp-idle' : ''} nodrag nopan${selected ? ' kp-selected' : ''}`} aria-label={t('graph.a11y.workload', { kind: data.kind, name: data.name, summary })} aria-pressed={selected} onClick={select}>
      <span className="kp-kind">{data.kind}</span>
      <span className="kp-workload-name">{data.name}</span>
      <span className="kp-workload-summary">{summary}</span>
    </button>
  );
});

export const WorkloadNode = memo(function WorkloadNode({ data }: NodeProps<WorkloadNodeType>) {
  return (
    <>
      <Handles sides={['in', 'out']} />
      <WorkloadCard data={data} />
    </>
  );
});

export const ServiceCard = memo(function ServiceCard({ data }: { data: ServiceData }) {
  const { t } = useTranslation();
  const [selected, select] = useSelectable(data.ref);
  return (
    <button type="button" className={`kp-service nodrag nopan${selected ? ' kp-selected' : ''}`} aria-label={t('graph.a11y.service', { name: data.name, type: data.type, clusterIP: data.clusterIP })} aria-pressed={selected} onClick={select}>
      <span className="kp-kind">Service · {data.type}</span>
      <span className="kp-workload-name">{data.name}</span>
      <span className="kp-workload-summary">
        {data.clusterIP} · {data.ports || '<none>'}
      </span>
    </button>
  );
});

export const ServiceNode = memo(function ServiceNode({ data }: NodeProps<ServiceNodeType>) {
  return (
    <>
      <Handles sides={['sel']} />
      <ServiceCard data={data} />
    </>
  );
});
