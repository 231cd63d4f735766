// The control plane group and its components, as on the Kubernetes architecture slide.
// In AKS these run in Azure's own subscription: students see them only through the API.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ComponentData, ComponentNode as ComponentNodeType, ControlPlaneNode } from '../graph-types';
import { useSelectable } from './use-select';

export const ControlPlaneGroup = memo(function ControlPlaneGroup(_props: NodeProps<ControlPlaneNode>) {
  const { t } = useTranslation();
  return (
    <div className="kp-group kp-cp">
      <div className="kp-group-head">
        <span className="kp-group-title">{t('graph.controlPlane')}</span>
        <span className="kp-aks-badge">AKS</span>
      </div>
      <p className="kp-caption kp-cp-caption">{t('graph.controlPlaneCaption')}</p>
    </div>
  );
});

export const ComponentCard = memo(function ComponentCard({ data }: { data: ComponentData }) {
  const { t } = useTranslation();
  const [selected, select] = useSelectable(data.ref);
  return (
    <button type="button" className={`kp-component nodrag nopan${selected ? ' kp-selected' : ''}`} aria-label={t('graph.a11y.component', { name: data.component })} aria-pressed={selected} onClick={select}>
      <span className="kp-component-name">{t(`graph.component.${data.component}`)}</span>
      <span className="kp-component-hint">{t(`graph.componentHint.${data.component}`)}</span>
    </button>
  );
});

export const ComponentNode = memo(function ComponentNode({ data }: NodeProps<ComponentNodeType>) {
  return <ComponentCard data={data} />;
});
