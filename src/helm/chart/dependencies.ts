// Which subcharts render (mirrors pkg/chart/v2/util/dependencies.go processDependencyEnabled):
// Chart.yaml dependencies with an alias are renamed, `tags` then `condition` values (the first
// condition path holding a bool wins) disable them, and the check recurses into enabled ones.
import { constraint } from '../repo/version';
import { isMap, type GoMap, type GoValue } from '../template/value';
import type { LoadedChart } from './load';
import { coalesceValues } from './values';

function pathValue(vals: GoMap, path: string): GoValue {
  let cur: GoValue = vals;
  for (const k of path.split('.')) {
    if (!isMap(cur) || !(k in cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

const compatible = (range: string | undefined, version: string) => {
  if (!range) return true;
  try {
    return constraint(range)(version);
  } catch {
    return false;
  }
};

/** the chart with only its enabled (and aliased) dependencies, recursively */
export function enabledDependencies(chart: LoadedChart, userValues: GoMap): LoadedChart {
  const reqs = chart.metadata.dependencies ?? [];
  if (reqs.length === 0) return chart;
  const listed = (d: LoadedChart) => reqs.some((r) => r.name === d.metadata.name && compatible(r.version, d.metadata.version));
  const deps: { chart: LoadedChart; req?: (typeof reqs)[number] }[] = chart.dependencies.filter((d) => !listed(d)).map((d) => ({ chart: d }));
  for (const req of reqs) {
    const found = chart.dependencies.find((d) => d.metadata.name === req.name && compatible(req.version, d.metadata.version));
    if (found) deps.push({ chart: req.alias ? { ...found, metadata: { ...found.metadata, name: req.alias } } : found, req });
  }
  const vals = coalesceValues({ ...chart, dependencies: deps.map((d) => d.chart) }, userValues);
  const tags = isMap(vals.tags) ? (vals.tags as GoMap) : undefined;
  const enabled = deps.filter(({ req }) => {
    if (!req) return true;
    let on = true;
    if (tags && req.tags?.length) {
      const bools = req.tags.map((t) => tags[t]).filter((b): b is boolean => typeof b === 'boolean');
      if (!bools.includes(true) && bools.includes(false)) on = false;
    }
    for (const c of (req.condition ?? '').trim().split(',')) {
      if (!c) continue;
      const v = pathValue(vals, c);
      if (typeof v === 'boolean') { on = v; break; }
    }
    return on;
  });
  const processed = reqs.map((r) => ({ ...r, name: r.alias || r.name, enabled: enabled.some((e) => e.req === r) }));
  return {
    ...chart,
    metadata: { ...chart.metadata, dependencies: processed },
    dependencies: enabled.map(({ chart: d }) => enabledDependencies(d, isMap(userValues[d.metadata.name]) ? (userValues[d.metadata.name] as GoMap) : {})),
  };
}
