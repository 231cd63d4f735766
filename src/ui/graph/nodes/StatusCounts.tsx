// Counts by status for a busy node or a crowded Pending area: "Running 28", "Pending 3".
import { useTranslation } from 'react-i18next';
import type { StatusCount } from '../graph-types';

export function StatusCounts({ counts }: { counts: StatusCount[] }) {
  const { t } = useTranslation();
  return (
    <div className="kp-counts">
      <p className="kp-caption">{t('graph.aggregated')}</p>
      <ul className="kp-count-list">
        {counts.map((c) => (
          <li key={c.status} className={`kp-count kp-tone-${c.tone}`} aria-label={t('graph.a11y.count', { count: c.count, status: c.status })}>
            <span className="kp-dot" aria-hidden="true" />
            {c.status} <strong>{c.count}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
