// The live chart: the node count and each Deployment's available replicas over simulated time, as
// steps (a value holds until the next 10-second sample). Hand-drawn SVG scaled by its viewBox.
import { useTranslation } from 'react-i18next';
import type { TimelineSeries } from '../../sim/metrics/timeline';
import { linear, linesOf, PALETTE, stepPath, ticks } from './chart';

const W = 480;
const H = 200;
const M = { left: 34, right: 12, top: 10, bottom: 26 };

export function LiveChart({ series }: { series: TimelineSeries }) {
  const { t } = useTranslation();
  const { lines, minutes, max } = linesOf(series, t('aks.live.nodes'));
  const x = linear([0, Math.max(1, minutes)], [M.left, W - M.right]);
  const y = linear([0, Math.ceil(max * 1.1)], [H - M.bottom, M.top]);
  const xt = ticks(0, Math.max(1, minutes), 5);
  const yt = ticks(0, Math.ceil(max * 1.1), 4);
  return (
    <figure className="m-0">
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-labelledby="kp-live-title kp-live-desc" data-testid="aks-live-chart">
        <title id="kp-live-title">{t('aks.live.title')}</title>
        <desc id="kp-live-desc">{lines.map((l) => `${l.label}: ${l.last}`).join(', ')}</desc>
        {yt.map((v) => (
          <g key={`y${v}`}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text x={M.left - 4} y={y(v) + 3} textAnchor="end" fontSize="9" fill="#64748b">
              {v}
            </text>
          </g>
        ))}
        {xt.map((v) => (
          <text key={`x${v}`} x={x(v)} y={H - M.bottom + 12} textAnchor="middle" fontSize="9" fill="#64748b">
            {v}
          </text>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 2} textAnchor="middle" fontSize="9" fill="#64748b">
          {t('aks.live.minutes')}
        </text>
        {lines.map((l, i) => (
          <path key={l.key} d={stepPath(l.points, x, y)} fill="none" stroke={PALETTE[i % PALETTE.length]} strokeWidth={i === 0 ? 2.5 : 1.75} strokeDasharray={i === 0 ? undefined : i % 2 ? undefined : '5 2'} data-line={l.key} />
        ))}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={t('aks.live.legend')}>
          {lines.map((l, i) => (
            <li key={l.key} className="flex items-center gap-1" data-testid={`aks-legend-${l.key}`}>
              <span aria-hidden className="inline-block h-0.5 w-4" style={{ background: PALETTE[i % PALETTE.length] }} />
              {i === 0 ? l.label : t('aks.live.available', { name: l.label })}: <strong>{l.last}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
