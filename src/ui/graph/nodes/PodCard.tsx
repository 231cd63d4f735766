// One pod: a button whose colour AND text give kubectl's STATUS. Keyed by status so a change replays
// the flash animation (graph.css).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PodData } from '../graph-types';
import { useSelectable } from './use-select';

/** Pod names end in what tells replicas apart (`web-7d9f8b6c5d-x2k4p`): shorten in the middle. */
export function shortName(name: string, max = 18): string {
  if (name.length <= max) return name;
  const tail = Math.ceil((max - 1) / 2);
  return `${name.slice(0, max - 1 - tail)}…${name.slice(-tail)}`;
}

export const PodCard = memo(function PodCard({ data }: { data: PodData }) {
  const { t } = useTranslation();
  const [selected, select] = useSelectable(data.ref);
  const label = data.namespace === 'default' ? t('graph.a11y.pod', { name: data.name, status: data.status }) : t('graph.a11y.podNs', { name: data.name, status: data.status, namespace: data.namespace });
  return (
    <button
      type="button"
      className={`kp-pod nodrag nopan kp-tone-${data.tone}${data.system ? ' kp-system' : ''}${selected ? ' kp-selected' : ''}${data.leaving ? ' kp-leaving' : ''}`}
      aria-hidden={data.leaving || undefined}
      tabIndex={data.leaving ? -1 : undefined}
      aria-label={label}
      aria-pressed={selected}
      title={`${data.namespace}/${data.name}\n${data.status} · ${data.ready}${data.restarts ? ` · ${t('graph.restarts', { count: data.restarts })}` : ''}`}
      onClick={select}
    >
      {/* the full name stays in the text (searches, tests); the box shows it shortened */}
      <span className="kp-sr">Pod {data.name} </span>
      <span className="kp-pod-name" aria-hidden="true">
        {shortName(data.name)}
      </span>
      <span key={data.status} className="kp-pod-status">
        <span className="kp-dot" aria-hidden="true" />
        {data.status}
      </span>
    </button>
  );
});
