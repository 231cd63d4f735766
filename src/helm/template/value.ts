// Go values as the engine holds them in JS: null is nil, bigint is int/int64, number is float64,
// string and boolean as themselves, arrays are []interface{}, plain objects map[string]interface{},
// and GoStruct a Go struct (Helm's .Chart, .Capabilities, .Files) whose function fields are methods.
export type GoValue = null | undefined | string | boolean | bigint | Int64 | number | GoValue[] | GoMap | GoStruct | GoFunc;
export interface GoMap {
  [key: string]: GoValue;
}
export type GoFunc = (...args: GoValue[]) => GoValue;

export class GoStruct {
  /** for a Go map type with methods (Helm's .Files): what range, len and index see */
  mapView: GoMap | undefined;
  constructor(readonly typeName: string, readonly fields: Record<string, GoValue>) {}
  /** the value's String() when the Go type has one (time.Time, semver.Version) */
  goString(): string | null {
    return null;
  }
}

/** Go's int64, as sprig's math returns it (bigint alone is Go's int): Go refuses one where an int
 * parameter is wanted ("wrong type for value; expected int; got int64") and %T tells them apart */
export class Int64 {
  constructor(readonly v: bigint) {}
  /** JSON.stringify (release records) writes it as the number it is */
  toJSON(): number {
    return Number(this.v);
  }
}

/** the integer of an int or int64, else undefined */
export const intOf = (v: unknown): bigint | undefined => (typeof v === 'bigint' ? v : v instanceof Int64 ? v.v : undefined);

export const isMap = (v: unknown): v is GoMap =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoStruct) && !(v instanceof Int64);

/** Go's %T of a value */
export function typeName(v: GoValue): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string': return 'string';
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float64';
    case 'function': return 'func';
  }
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof Int64) return 'int64';
  return 'map[string]interface {}';
}

/** text/template's truth (exec.go isTrue): the zero value and empty collections are false */
export function isTrue(v: GoValue): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'string': return v.length > 0;
    case 'boolean': return v;
    case 'bigint': return v !== 0n;
    case 'number': return v !== 0;
    case 'function': return true;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof GoStruct) return true;
  if (v instanceof Int64) return v.v !== 0n;
  return Object.keys(v).length > 0;
}

/** strconv.FormatFloat(f, 'g', -1, 64): shortest digits, exponent form when exp < -4 or exp >= eprec
 * (6 for %v and %g, which is why Helm prints 1000000 from values as 1e+06; 21 for encoding/json) */
export function formatFloat(f: number, fmt: 'g' | 'e' = 'g', eprec = 6): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const exp = f.toExponential(); // shortest round-trip digits, e.g. "1.2345e+6"
  const [mant, e] = exp.split('e');
  const x = Number(e);
  const digits = mant.replace('-', '').replace('.', '');
  if (fmt === 'e' || x < -4 || x >= eprec) {
    const sign = x < 0 ? '-' : '+';
    const ax = Math.abs(x);
    return `${mant}e${sign}${ax < 10 ? '0' : ''}${ax}`;
  }
  const neg = f < 0 ? '-' : '';
  if (x >= digits.length - 1) return neg + digits + '0'.repeat(x - digits.length + 1);
  if (x >= 0) return neg + digits.slice(0, x + 1) + '.' + digits.slice(x + 1);
  return neg + '0.' + '0'.repeat(-x - 1) + digits;
}

/** fmt's %v of a value (fmt/print.go printValue): maps sorted by key, nil as <nil> */
export function formatV(v: GoValue, top = true): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string': return v;
    case 'boolean': return String(v);
    case 'bigint': return v.toString();
    case 'number': return formatFloat(v);
    case 'function': return '0x0';
  }
  if (Array.isArray(v)) return `[${v.map((x) => formatV(x, false)).join(' ')}]`;
  if (v instanceof Int64) return v.v.toString();
  if (v instanceof GoStruct) {
    const str = v.goString();
    if (str !== null) return str;
    const inner = Object.entries(v.fields).filter(([, x]) => typeof x !== 'function').map(([, x]) => formatV(x, false)).join(' ');
    return `${top && v.typeName.startsWith('*') ? '&' : ''}{${inner}}`;
  }
  const keys = Object.keys(v).sort();
  return `map[${keys.map((k) => `${k}:${formatV(v[k], false)}`).join(' ')}]`;
}
