// text/template's predefined functions (mirrors text/template/funcs.go builtins); and/or are
// evaluated lazily in exec.ts, the comparisons live in compare.ts.
import { def, type FuncMap } from './funcs';
import { GoError } from './errors';
import { sprint, sprintf, sprintln } from './fmt';
import { GoStruct, intOf, isMap, isTrue, typeName, type GoValue } from './value';

function len(v: GoValue): bigint {
  if (v === undefined) throw new GoError('reflect: call of reflect.Value.Type on zero Value');
  if (v === null) throw new GoError('len of nil pointer');
  if (typeof v === 'string') return BigInt(new TextEncoder().encode(v).length);
  if (Array.isArray(v)) return BigInt(v.length);
  if (isMap(v)) return BigInt(Object.keys(v).length);
  if (v instanceof GoStruct && v.mapView) return BigInt(Object.keys(v.mapView).length);
  throw new GoError(`len of type ${typeName(v)}`);
}

function indexArg(ix: GoValue, cap: number, what: string): number {
  const i = intOf(ix);
  if (i === undefined) {
    if (ix === null || ix === undefined) throw new GoError(`cannot index ${what} with nil`);
    throw new GoError(`cannot index ${what} with type ${typeName(ix)}`);
  }
  if (i < 0n || i > BigInt(cap)) throw new GoError(`index out of range: ${i}`);
  return Number(i);
}

function index(item: GoValue, ...indexes: GoValue[]): GoValue {
  let v = item;
  if (v === null || v === undefined) throw new GoError('index of untyped nil');
  for (const ix of indexes) {
    if (v === null || v === undefined) throw new GoError('index of nil pointer');
    if (Array.isArray(v) || typeof v === 'string') {
      const n = indexArg(ix, v.length, 'slice/array');
      if (n === v.length) throw new GoError(`index out of range: ${n}`);
      v = typeof v === 'string' ? BigInt(new TextEncoder().encode(v)[n]) : v[n];
    } else if (isMap(v)) {
      if (typeof ix !== 'string') {
        if (ix === null || ix === undefined) throw new GoError('value is nil; should be of type string');
        throw new GoError(`value has type ${typeName(ix)}; should be string`);
      }
      v = Object.prototype.hasOwnProperty.call(v, ix) ? v[ix] : null;
    } else {
      throw new GoError(`can't index item of type ${typeName(v)}`);
    }
  }
  return v ?? null;
}

function slice(item: GoValue, ...indexes: GoValue[]): GoValue {
  if (item === null || item === undefined) throw new GoError('slice of untyped nil');
  if (indexes.length > 3) throw new GoError(`too many slice indexes: ${indexes.length}`);
  if (typeof item !== 'string' && !Array.isArray(item)) throw new GoError(`can't slice item of type ${typeName(item)}`);
  if (typeof item === 'string' && indexes.length > 2) throw new GoError('cannot 3-index slice a string');
  const cap = item.length;
  const idx = [0, cap];
  indexes.forEach((x, i) => { idx[i] = indexArg(x, cap, 'slice'); });
  if (indexes.length < 2) idx[1] = cap;
  if (idx[0] > idx[1]) throw new GoError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  return item.slice(idx[0], idx[1]);
}

const HTML: Record<string, string> = { '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;', '\0': '\uFFFD' };
const htmlEscape = (s: string) => s.replace(/["'&<>\0]/g, (c) => HTML[c]);

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<') out += '\\u003C';
    else if (ch === '>') out += '\\u003E';
    else if (ch === '&') out += '\\u0026';
    else if (ch === '=') out += '\\u003D';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** url.QueryEscape */
export const queryEscape = (s: string) =>
  [...new TextEncoder().encode(s)].map((b) => {
    const ch = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) return ch;
    if (ch === ' ') return '+';
    return '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }).join('');

/** html/js/urlquery take their arguments as print does when there is more than one */
const evalArgs = (args: GoValue[]) =>
  args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args.map((a) => (a === null || a === undefined ? '<no value>' : a)));

export const builtinFuncs: FuncMap = {
  not: def(['any'], (v: GoValue) => !isTrue(v)),
  len: def(['any'], len),
  index: def(['any'], index, 'any'),
  slice: def(['any'], slice, 'any'),
  print: def([], (...a: GoValue[]) => sprint(a), 'any'),
  printf: def(['string'], (f: string, ...a: GoValue[]) => sprintf(f, a), 'any'),
  println: def([], (...a: GoValue[]) => sprintln(a), 'any'),
  html: def([], (...a: GoValue[]) => htmlEscape(evalArgs(a)), 'any'),
  js: def([], (...a: GoValue[]) => jsEscape(evalArgs(a)), 'any'),
  urlquery: def([], (...a: GoValue[]) => queryEscape(evalArgs(a)), 'any'),
  call: def(['any'], (fn: GoValue, ...a: GoValue[]) => {
    if (typeof fn !== 'function') throw new GoError(`non-function of type ${typeName(fn)}`);
    return fn(...a);
  }, 'any'),
};

export { GoStruct };
