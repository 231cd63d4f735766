// A control-plane component has no API object in AKS: explain what it does and show the events it
// reported (the scheduler's "Scheduled", the controllers' "ScalingReplicaSet", …).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { EventsTable } from './EventsTable';
import { eventsFrom } from './events';

const CLOUD_REPORTERS = new Set(['service-controller', 'cloud-node-controller', 'cloud-node-lifecycle-controller', 'route-controller', 'service-lb-controller']);

/** Which event sources belong to a component (source.component / reportingController). */
export function reportsFor(component: string): ((source: string) => boolean) | undefined {
  switch (component) {
    case 'kube-scheduler':
      return (s) => s === 'default-scheduler' || s.endsWith('-scheduler');
    case 'kube-controller-manager':
      return (s) => (s.endsWith('-controller') || s === 'kube-controller-manager') && !CLOUD_REPORTERS.has(s);
    case 'cloud-controller-manager':
      return (s) => CLOUD_REPORTERS.has(s) || s === 'cloud-controller-manager';
    default:
      return undefined; // the API server and etcd report no events about objects
  }
}

export function ControlPlaneDetails({ component }: { component: string }) {
  const { t } = useTranslation();
  const events = useStore((s) => s.objects.Event);
  const match = useMemo(() => reportsFor(component), [component]);
  const recent = useMemo(() => (match ? eventsFrom(match, events) : []), [match, events]);
  return (
    <>
      <section className="kp-section">
        <h3>{t('inspector.cp.what')}</h3>
        <p>{t(`inspector.cp.${component}`)}</p>
      </section>
      {match && (
        <section className="kp-section">
          <h3>{t('inspector.cp.recent')}</h3>
          <EventsTable events={recent} />
        </section>
      )}
      <p className="kp-hint kp-notes">{t('inspector.cp.note')}</p>
    </>
  );
}
