// What the colours and lines mean: status is always written out too, the legend teaches the code.
import { useTranslation } from 'react-i18next';

const TONES = ['ok', 'pending', 'error', 'done', 'terminating'] as const;

export function Legend() {
  const { t } = useTranslation();
  return (
    <div className="kp-legend" aria-label={t('graph.legend')} role="note">
      {TONES.map((tone) => (
        <span key={tone} className={`kp-legend-item kp-tone-${tone}`}>
          <span className="kp-dot" aria-hidden="true" />
          {t(`graph.legend.${tone}`)}
        </span>
      ))}
      <span className="kp-legend-item" title={t('graph.legend.ownsHint')}>
        <svg width="18" height="6" aria-hidden="true"><line x1="0" y1="3" x2="18" y2="3" className="kp-legend-owns" /></svg>
        {t('graph.legend.owns')}
      </span>
      <span className="kp-legend-item" title={t('graph.legend.selectsHint')}>
        <svg width="18" height="6" aria-hidden="true"><line x1="0" y1="3" x2="18" y2="3" className="kp-legend-selects" /></svg>
        {t('graph.legend.selects')}
      </span>
      <span className="kp-legend-item" title={t('graph.legend.mountsHint')}>
        <svg width="18" height="6" aria-hidden="true"><line x1="0" y1="3" x2="18" y2="3" className="kp-legend-mounts" /></svg>
        {t('graph.legend.mounts')}
      </span>
    </div>
  );
}
