// Values as Helm merges them (pkg/chart/common/util/coalesce.go, simplified to what a release
// needs here): user values over the chart's defaults, maps merged deeply; a null removes a default
// (a null for a key the chart does not have stays null, as in Helm).
import { isMap as isGoMap } from './template/value';

type Values = Record<string, unknown>;
const isMap = (v: unknown): v is Values => isGoMap(v as never);

export function coalesce(defaults: Values | undefined, user: Values): Values {
  const out: Values = { ...(defaults ?? {}) };
  for (const [k, v] of Object.entries(user)) {
    if (v === null && k in out) delete out[k];
    else if (isMap(v) && isMap(out[k])) out[k] = coalesce(out[k] as Values, v);
    else out[k] = v;
  }
  return out;
}
