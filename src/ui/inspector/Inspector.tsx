// The inspector: what the selected object is, why it is where it is, its events and its live YAML.
// Renders nothing while nothing is selected; the shell decides where the panel sits.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KubeObject, Node, Pod } from '../../sim/api/types';
import { useStore } from '../../state/store';
import type { ObjectRef } from '../../state/ui-slice';
import { CONTROL_PLANE_KIND } from '../graph/graph-types';
import { nodeStatus } from '../graph/node-status';
import { podStatus, statusTone } from '../graph/pod-status';
import { ControlPlaneDetails } from './ControlPlaneDetails';
import { EventsTable } from './EventsTable';
import { FidelityNotes } from './FidelityNotes';
import { FaultActions } from './FaultActions';
import { HelmRelease } from './HelmRelease';
import { AksPool } from './AksPool';
import { eventsFor } from './events';
import { NodeDetails } from './NodeDetails';
import { OwnerChain } from './OwnerChain';
import { PodWhy } from './PodWhy';
import { OwnedObjects, ServicePods } from './RelatedObjects';
import { useSelectedObject } from './use-selected';
import { YamlView } from './YamlView';
import '../graph/graph.css';
import './inspector.css';

type Tab = 'overview' | 'events' | 'yaml';

function statusOf(o: KubeObject): { text: string; tone: string } | undefined {
  if (o.kind === 'Pod') {
    const text = podStatus(o as Pod);
    return { text, tone: statusTone(text) };
  }
  if (o.kind === 'Node') {
    const text = nodeStatus(o as Node);
    return { text, tone: text.startsWith('Ready') ? 'ok' : 'error' };
  }
  return undefined;
}

function Overview({ object }: { object: KubeObject }) {
  switch (object.kind) {
    case 'Pod':
      return <PodWhy object={object} />;
    case 'Node':
      return (
        <>
          <NodeDetails object={object} />
          <AksPool node={object.metadata.name ?? ''} />
        </>
      );
    case 'Service':
      return <ServicePods object={object} />;
    default:
      return (
        <>
          <OwnerChain object={object} />
          <OwnedObjects object={object} />
        </>
      );
  }
}

function Body({ selected, object }: { selected: ObjectRef; object: KubeObject }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('overview');
  const eventMap = useStore((s) => s.objects.Event);
  const events = useMemo(() => eventsFor(selected, object.metadata.uid, eventMap), [selected, object.metadata.uid, eventMap]);
  const tabs: Array<[Tab, string]> = [['overview', t('inspector.tab.overview')], ['events', `${t('inspector.tab.events')} (${events.length})`], ['yaml', t('inspector.tab.yaml')]];
  return (
    <>
      <div role="tablist" className="kp-tabs">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`kp-tab-${id}`} aria-selected={tab === id} aria-controls={`kp-panel-${id}`} className="kp-tab" onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`kp-panel-${tab}`} aria-labelledby={`kp-tab-${tab}`} className="kp-panel">
        {tab === 'overview' && (
          <>
            <Overview object={object} />
            <HelmRelease object={object} />
            <FaultActions target={selected} />
            <FidelityNotes kind={object.kind} />
          </>
        )}
        {tab === 'events' && <EventsTable events={events} />}
        {tab === 'yaml' && <YamlView object={object} />}
      </div>
    </>
  );
}

export function Inspector() {
  const { t } = useTranslation();
  const selected = useStore((s) => s.selected);
  const object = useSelectedObject(selected);

  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) useStore.getState().select(undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected]);

  if (!selected) return null;
  const isComponent = selected.kind === CONTROL_PLANE_KIND;
  const status = object && statusOf(object);
  return (
    <section aria-label={t('inspector.region')} className="kp-inspector">
      <header className="kp-inspector-head">
        <div className="kp-inspector-title">
          <span className="kp-kind">{isComponent ? t('graph.controlPlane') : selected.kind}</span>
          <h2>{selected.name}</h2>
          {selected.namespace && <span className="kp-hint">{selected.namespace}</span>}
          {status && <span className={`kp-badge kp-tone-${status.tone}`}>{status.text}</span>}
        </div>
        <button type="button" className="kp-close" aria-label={t('inspector.close')} onClick={() => useStore.getState().select(undefined)}>
          ×
        </button>
      </header>
      {isComponent ? (
        <div className="kp-panel">
          <ControlPlaneDetails component={selected.name} />
        </div>
      ) : object ? (
        <Body key={`${selected.kind}/${selected.namespace}/${selected.name}`} selected={selected} object={object} />
      ) : (
        <p className="kp-hint kp-panel">{t('inspector.gone')}</p>
      )}
    </section>
  );
}
