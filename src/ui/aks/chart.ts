// The maths of the AKS panel's charts, kept apart from React so it can be tested: linear scales,
// "nice" axis ticks, SVG paths of a series, and the series the live chart draws from the timeline.
import type { TimelineSeries } from '../../sim/metrics/timeline';

export interface Scale {
  (v: number): number;
  domain: [number, number];
}

/** a linear map of [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle of the range */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
  const span = d1 - d0;
  const f = ((v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0))) as Scale;
  f.domain = [d0, d1];
  return f;
}

/** about `count` round tick values (1, 2 or 5 × 10^k apart) covering [lo, hi] */
export function ticks(lo: number, hi: number, count = 4): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** an SVG path through the points, as steps (values hold until the next sample), in pixels */
export function stepPath(points: ReadonlyArray<[number, number]>, x: Scale, y: Scale): string {
  if (points.length === 0) return '';
  let d = `M${x(points[0][0]).toFixed(1)},${y(points[0][1]).toFixed(1)}`;
  for (let i = 1; i < points.length; i++) d += `H${x(points[i][0]).toFixed(1)}V${y(points[i][1]).toFixed(1)}`;
  return d;
}

export interface Line {
  key: string;
  label: string;
  /** [virtual minutes since the first sample, value] */
  points: [number, number][];
  last: number;
}

/** the live chart's lines: the node count first, then each drawn Deployment's available replicas */
export function linesOf(s: TimelineSeries, nodesLabel: string): { lines: Line[]; minutes: number; max: number } {
  const t0 = s.samples[0]?.t ?? 0;
  const minute = (t: number) => (t - t0) / 60_000;
  const nodes: Line = { key: 'nodes', label: nodesLabel, points: s.samples.map((p) => [minute(p.t), p.nodes]), last: s.samples.at(-1)?.nodes ?? 0 };
  const deps: Line[] = s.deployments.map((d) => {
    const points = s.samples.filter((p) => d.key in p.available).map((p): [number, number] => [minute(p.t), p.available[d.key]]);
    return { key: d.key, label: d.key.startsWith('default/') ? d.key.slice('default/'.length) : d.key, points, last: points.at(-1)?.[1] ?? 0 };
  });
  const lines = [nodes, ...deps];
  const max = Math.max(1, ...lines.flatMap((l) => l.points.map((p) => p[1])));
  return { lines, minutes: s.samples.length ? minute(s.samples.at(-1)!.t) : 0, max };
}

/** the compare view's colours and the live chart's: colour-blind-safe (Okabe–Ito) */
export const PALETTE = ['#0f172a', '#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9'];
