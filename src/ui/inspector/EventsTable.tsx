// Type, Reason, Age, From, Message: the Events block of `kubectl describe`.
import { useTranslation } from 'react-i18next';
import type { Event } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { eventRow } from './events';

export function EventsTable({ events }: { events: Event[] }) {
  const { t } = useTranslation();
  const now = useStore((s) => s.clock.now);
  if (events.length === 0) return <p className="kp-hint">{t('inspector.events.none')}</p>;
  return (
    <table className="kp-table kp-events">
      <thead>
        <tr>
          <th>{t('inspector.events.type')}</th>
          <th>{t('inspector.events.reason')}</th>
          <th>{t('inspector.events.age')}</th>
          <th>{t('inspector.events.from')}</th>
          <th>{t('inspector.events.message')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const r = eventRow(e, now);
          return (
            <tr key={r.key} className={r.type === 'Warning' ? 'kp-warning' : undefined}>
              <td>{r.type}</td>
              <td>{r.reason}</td>
              <td className="kp-nowrap">{r.age}</td>
              <td>{r.from}</td>
              <td>{r.message}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
