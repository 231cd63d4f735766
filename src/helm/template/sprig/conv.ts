// The conversions sprig leans on: strval/strslice (sprig strings.go) and spf13/cast's ToInt64,
// ToFloat64 (a float truncates, a bad string gives 0), with Go's empty() and panics as errors.
import { GoError } from '../errors';
import { formatV, isMap, GoStruct, Int64, type GoValue } from '../value';

/** sprig strval: strings as they are, everything else as fmt's %v */
export const strval = (v: GoValue): string => (typeof v === 'string' ? v : formatV(v));

/** sprig strslice: a list's non-nil elements as strings; nil → []; a scalar → [strval(v)] */
export function strslice(v: GoValue): string[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(strval);
  return [strval(v)];
}

function parseIntGo(s: string): bigint | null {
  // strconv.ParseInt(s, 0, 64) after cast's trimZeroDecimal ("3.0" → "3")
  let t = s;
  if (/^[-+]?\d+\.0*$/.test(t)) t = t.replace(/\.0*$/, '');
  const m = /^([-+]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*|0)$/.exec(t);
  if (!m) return null;
  let body = m[2].replace(/_/g, '');
  if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
  const v = BigInt(body.replace(/^0O/, '0o').replace(/^0X/, '0x').replace(/^0B/, '0b'));
  return m[1] === '-' ? -v : v;
}

/** cast.ToInt64 (errors ignored: 0) */
export function toInt64(v: GoValue): bigint {
  if (typeof v === 'bigint') return v;
  if (v instanceof Int64) return v.v;
  if (typeof v === 'number') return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') return parseIntGo(v) ?? 0n;
  return 0n;
}

/** cast.ToFloat64 (errors ignored: 0) */
export function toFloat64(v: GoValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Int64) return Number(v.v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim() === v ? v : '';
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) || /^[-+]?(inf|infinity|nan)$/i.test(t)) return Number(t.replace(/inf(inity)?/i, 'Infinity'));
    return 0;
  }
  return 0;
}

/** sprig empty(): nil, zero numbers, false, "" and empty collections */
export function empty(v: GoValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.length === 0;
  if (typeof v === 'boolean') return !v;
  if (typeof v === 'bigint') return v === 0n;
  if (v instanceof Int64) return v.v === 0n;
  if (typeof v === 'number') return v === 0;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof GoStruct) return false;
  if (isMap(v)) return Object.keys(v).length === 0;
  return false;
}

/** a list argument as sprig's reflect code sees it; other kinds are an error naming the type */
export function asList(v: GoValue, what: string): GoValue[] | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v;
  throw new GoError(`Cannot ${what} on type ${goKind(v)}`);
}

/** reflect.Kind names sprig prints in its errors */
export function goKind(v: GoValue): string {
  if (v === null || v === undefined) return 'invalid';
  if (v instanceof Int64) return 'int64';
  switch (typeof v) {
    case 'string': return 'string';
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float64';
    case 'function': return 'func';
  }
  if (Array.isArray(v)) return 'slice';
  if (v instanceof GoStruct) return 'struct';
  return 'map';
}

/** a Go deep-equality for uniq/has/without (reflect.DeepEqual) */
export function deepEqual(a: GoValue, b: GoValue): boolean {
  if (a === b) return true;
  if (a instanceof Int64 || b instanceof Int64) return a instanceof Int64 && b instanceof Int64 && a.v === b.v;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== typeof b) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

export function deepCopy(v: GoValue): GoValue {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (isMap(v)) {
    const out: Record<string, GoValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = deepCopy(x);
    return out;
  }
  return v;
}
