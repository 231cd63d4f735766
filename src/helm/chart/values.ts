// The values each chart's templates see (mirrors pkg/chart/common/util/coalesce.go and
// engine.go recAllTpls): user values over chart defaults, each subchart's section scoped to it
// with the parent's `global` copied in.
import type { LoadedChart } from './load';
import { deepCopy } from '../template/sprig/conv';
import { isMap, type GoMap, type GoValue } from '../template/value';

function coalesceMaps(dst: GoMap, src: GoMap): GoMap {
  // user (dst) wins; a null in dst deletes the default
  for (const [k, v] of Object.entries(src)) {
    if (!(k in dst)) dst[k] = deepCopy(v);
    else if (dst[k] === null) delete dst[k];
    else if (isMap(dst[k]) && isMap(v)) coalesceMaps(dst[k] as GoMap, v);
  }
  return dst;
}

/** chartutil.CoalesceValues: the chart's defaults under `user`, recursively into subcharts */
export function coalesceValues(chart: LoadedChart, user: GoMap): GoMap {
  const out = coalesceMaps(deepCopy(user) as GoMap, chart.values);
  for (const k of Object.keys(out)) if (out[k] === null) delete out[k];
  for (const dep of chart.dependencies) {
    const name = dep.metadata.name;
    const section = isMap(out[name]) ? (out[name] as GoMap) : {};
    const global = isMap(out.global) ? (out.global as GoMap) : undefined;
    const merged = coalesceValues(dep, section);
    if (global) merged.global = coalesceMaps(deepCopy(global) as GoMap, isMap(merged.global) ? (merged.global as GoMap) : {});
    out[name] = merged;
  }
  return out;
}

export type { GoValue };
