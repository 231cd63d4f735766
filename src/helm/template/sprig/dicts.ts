// sprig's dict and default functions (sprig v3 dict.go, defaults.go); merge/mergeOverwrite follow
// mergo's rules: merge fills only missing or empty keys, mergeOverwrite replaces non-empty ones.
import { def, type FuncMap } from '../funcs';
import { GoError } from '../errors';
import { isMap, type GoMap, type GoValue } from '../value';
import { deepCopy, empty, strval } from './conv';

function dict(...kv: GoValue[]): GoMap {
  const out: GoMap = {};
  for (let i = 0; i < kv.length; i += 2) out[strval(kv[i])] = i + 1 < kv.length ? kv[i + 1] : '';
  return out;
}

function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean) {
  for (const [k, v] of Object.entries(src)) {
    const d = dst[k];
    if (isMap(d) && isMap(v)) mergeInto(d, v, overwrite);
    else if (!(k in dst) || empty(d) || (overwrite && !empty(v))) dst[k] = v;
  }
}

function dig(...args: GoValue[]): GoValue {
  if (args.length < 3) throw new GoError('dig needs at least three arguments');
  const m = args[args.length - 1];
  const dflt = args[args.length - 2];
  const keys = args.slice(0, -2).map(strval);
  let cur: GoValue = m;
  for (const k of keys) {
    if (!isMap(cur) || !(k in cur)) return dflt;
    cur = cur[k];
  }
  return cur;
}

export const dictFuncs: FuncMap = {
  dict: def([], dict, 'any'),
  get: def(['map', 'string'], (d: GoMap | null, k: string) => (d && k in d ? d[k] : '')),
  set: def(['map', 'string', 'any'], (d: GoMap | null, k: string, v: GoValue) => { if (!d) throw new GoError('assignment to entry in nil map'); d[k] = v; return d; }),
  unset: def(['map', 'string'], (d: GoMap | null, k: string) => { if (d) delete d[k]; return d; }),
  hasKey: def(['map', 'string'], (d: GoMap | null, k: string) => !!d && Object.prototype.hasOwnProperty.call(d, k)),
  keys: def([], (...ds: GoValue[]) => ds.flatMap((d) => (isMap(d) ? Object.keys(d) : [])), 'map'),
  values: def(['map'], (d: GoMap | null) => (d ? Object.values(d) : [])),
  pick: def(['map'], (d: GoMap | null, ...ks: GoValue[]) => {
    const out: GoMap = {};
    for (const k of ks.map(strval)) if (d && k in d) out[k] = d[k];
    return out;
  }, 'string'),
  omit: def(['map'], (d: GoMap | null, ...ks: GoValue[]) => {
    const drop = new Set(ks.map(strval));
    const out: GoMap = {};
    for (const [k, v] of Object.entries(d ?? {})) if (!drop.has(k)) out[k] = v;
    return out;
  }, 'string'),
  merge: def(['map'], (dst: GoMap, ...srcs: GoValue[]) => { for (const s of srcs) if (isMap(s)) mergeInto(dst, s, false); return dst; }, 'map'),
  mergeOverwrite: def(['map'], (dst: GoMap, ...srcs: GoValue[]) => { for (const s of srcs) if (isMap(s)) mergeInto(dst, s, true); return dst; }, 'map'),
  deepCopy: def(['any'], deepCopy),
  dig: def(['any'], dig, 'any'),
  default: def(['any'], (d: GoValue, ...given: GoValue[]) => (given.length === 0 || empty(given[0]) ? d : given[0]), 'any'),
  empty: def(['any'], empty),
  coalesce: def([], (...vs: GoValue[]) => vs.find((v) => !empty(v)) ?? null, 'any'),
  all: def([], (...vs: GoValue[]) => vs.every((v) => !empty(v)), 'any'),
  any: def([], (...vs: GoValue[]) => vs.some((v) => !empty(v)), 'any'),
  ternary: def(['any', 'any', 'bool'], (t: GoValue, f: GoValue, c: boolean) => (c ? t : f)),
};
