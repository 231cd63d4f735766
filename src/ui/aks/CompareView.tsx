// The compare view: the same workload upgraded four ways, side by side — per setting a small
// timeline (nodes, available replicas) and the numbers, then one plot of upgrade duration against
// the fewest replicas available. Each run is a cluster of its own in the worker (fixed seed).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../sim/aks/scenario';
import { workerClient } from '../../worker/client';
import { clampInput, NODE_RANGE, REPLICA_RANGE, runCompare, SETTINGS, type CompareInput, type CompareRow } from './compare';
import { linear, PALETTE, stepPath, ticks } from './chart';

const COLOURS = PALETTE.slice(1);
const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;

function Spark({ r, colour }: { r: ScenarioResult; colour: string }) {
  const w = 160;
  const h = 56;
  const end = Math.max(1, r.timeline.at(-1)?.t ?? 1);
  const top = Math.max(1, ...r.timeline.map((s) => Math.max(s.nodes, s.available)));
  const x = linear([0, end], [2, w - 2]);
  const y = linear([0, top], [h - 2, 2]);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} className="w-full" aria-hidden>
      <path d={stepPath(r.timeline.map((s) => [s.t, s.nodes]), x, y)} fill="none" stroke="#0f172a" strokeWidth="1.5" />
      <path d={stepPath(r.timeline.map((s) => [s.t, s.available]), x, y)} fill="none" stroke={colour} strokeWidth="1.5" strokeDasharray="4 2" />
    </svg>
  );
}

function Scatter({ rows, replicas }: { rows: CompareRow[]; replicas: number }) {
  const { t } = useTranslation();
  const W = 420;
  const H = 200;
  const M = { left: 40, right: 16, top: 12, bottom: 30 };
  const xmax = Math.max(1, ...rows.map((r) => minutes(r.result.durationMs))) * 1.15;
  const x = linear([0, xmax], [M.left, W - M.right]);
  const y = linear([0, replicas], [H - M.bottom, M.top]);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-labelledby="kp-cmp-title" data-testid="aks-compare-plot">
      <title id="kp-cmp-title">{t('aks.compare.plotTitle')}</title>
      {ticks(0, replicas, 4).map((v) => (
        <g key={`y${v}`}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
          <text x={M.left - 4} y={y(v) + 3} textAnchor="end" fontSize="9" fill="#64748b">
            {v}
          </text>
        </g>
      ))}
      {ticks(0, xmax, 5).map((v) => (
        <text key={`x${v}`} x={x(v)} y={H - M.bottom + 12} textAnchor="middle" fontSize="9" fill="#64748b">
          {v}
        </text>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" fontSize="9" fill="#64748b">
        {t('aks.compare.xAxis')}
      </text>
      <text x={10} y={(M.top + H - M.bottom) / 2} textAnchor="middle" fontSize="9" fill="#64748b" transform={`rotate(-90 10 ${(M.top + H - M.bottom) / 2})`}>
        {t('aks.compare.yAxis')}
      </text>
      {rows.map((r, i) => (
        <g key={r.setting.id} data-testid={`aks-point-${r.setting.id}`}>
          <circle cx={x(minutes(r.result.durationMs))} cy={y(r.result.minAvailable)} r="5" fill={COLOURS[i]} />
          {/* labels of points on the right half go to their left, so they stay inside the plot */}
          <text
            x={x(minutes(r.result.durationMs)) + (x(minutes(r.result.durationMs)) > W / 2 ? -7 : 7)}
            y={y(r.result.minAvailable) - 6 + (i % 2) * 14}
            textAnchor={x(minutes(r.result.durationMs)) > W / 2 ? 'end' : 'start'}
            fontSize="10"
            fill="#0f172a"
          >
            {r.setting.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function CompareView() {
  const { t } = useTranslation();
  const [input, setInput] = useState<CompareInput>({ nodes: 10, replicas: 20 });
  const [rows, setRows] = useState<CompareRow[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const [ran, setRan] = useState<CompareInput>();
  const start = async () => {
    const clean = clampInput(input);
    setInput(clean);
    setRows([]);
    setError(undefined);
    setRunning(true);
    try {
      await runCompare(clean, (options) => workerClient.request({ method: 'aksScenario', options }), (row) => setRows((r) => [...r, row]));
      setRan(clean);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };
  const num = (key: 'nodes' | 'replicas', [lo, hi]: readonly [number, number]) => (
    <label className="flex items-center gap-1">
      {t(`aks.compare.${key}`)}
      <input type="number" min={lo} max={hi} value={input[key]} onChange={(e) => setInput({ ...input, [key]: Number(e.target.value) })} className="w-14 rounded border border-slate-300 px-1" />
    </label>
  );
  return (
    <div className="space-y-3 text-sm" data-testid="aks-compare">
      <p className="text-slate-700">{t('aks.compare.intro')}</p>
      <div className="flex flex-wrap items-center gap-3 text-xs">
        {num('nodes', NODE_RANGE)}
        {num('replicas', REPLICA_RANGE)}
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={input.pdb !== undefined} onChange={(e) => setInput({ ...input, pdb: e.target.checked ? '80%' : undefined })} />
          {t('aks.compare.pdb')}
        </label>
        <button type="button" className="rounded bg-blue-600 px-3 py-1 text-xs font-semibold text-white hover:bg-blue-700 disabled:opacity-60" onClick={() => void start()} disabled={running}>
          {running ? t('aks.compare.running', { done: rows.length, total: SETTINGS.length }) : t('aks.compare.run')}
        </button>
      </div>
      {error && <p className="text-red-700">{error}</p>}
      {rows.length > 0 && (
        <>
          <ul className="grid grid-cols-2 gap-2">
            {rows.map((r, i) => (
              <li key={r.setting.id} className="rounded border border-slate-200 p-2" data-testid={`aks-result-${r.setting.id}`}>
                <p className="font-semibold" style={{ color: COLOURS[i] }}>
                  {r.setting.label}
                </p>
                <Spark r={r.result} colour={COLOURS[i]} />
                <dl className="grid grid-cols-[auto_auto] justify-start gap-x-2 text-xs">
                  <dt>{t('aks.compare.duration')}</dt>
                  <dd>{t('aks.compare.minutes', { value: minutes(r.result.durationMs) })}</dd>
                  <dt>{t('aks.compare.peak')}</dt>
                  <dd>{r.result.peakNodes}</dd>
                  <dt>{t('aks.compare.minAvailable')}</dt>
                  <dd>
                    {r.result.minAvailable} / {ran?.replicas ?? input.replicas}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-500">{t('aks.compare.sparkLegend')}</p>
          {rows.length === SETTINGS.length && <Scatter rows={rows} replicas={ran?.replicas ?? input.replicas} />}
          {rows.length === SETTINGS.length && <p className="text-slate-700">{t('aks.compare.reading')}</p>}
        </>
      )}
    </div>
  );
}
