// Type, Reason, Age, From, Message: the Events block of `kubectl describe`. The message gets a
// full-width row of its own, so the table stays readable in a narrow panel.
import { Fragment } from 'react';
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
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const r = eventRow(e, now);
          return (
            <Fragment key={r.key}>
              <tr className={`kp-event-head${r.type === 'Warning' ? ' kp-warning' : ''}`}>
                <td>{r.type}</td>
                <td>{r.reason}</td>
                <td className="kp-nowrap">{r.age}</td>
                <td>{r.from}</td>
              </tr>
              <tr className={`kp-event-message${r.type === 'Warning' ? ' kp-warning' : ''}`}>
                <td colSpan={4} aria-label={t('inspector.events.message')}>{r.message}</td>
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
