// sprig's string functions (Masterminds/sprig v3 strings.go, functions.go), as charts call them:
// note sprig's argument order puts the subject string last so that it can be piped in.
import { def, type FuncMap } from '../funcs';
import { goQuote } from '../fmt';
import type { GoValue } from '../value';
import { strslice, strval } from './conv';

const bytes = (s: string) => new TextEncoder().encode(s);
const fromBytes = (b: Uint8Array) => new TextDecoder().decode(b);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

function trunc(c: bigint, s: string): string {
  const b = bytes(s);
  const n = Number(c);
  if (n < 0 && b.length + n > 0) return fromBytes(b.slice(b.length + n));
  if (n >= 0 && b.length > n) return fromBytes(b.slice(0, n));
  return s;
}

function substr(start: bigint, end: bigint, s: string): string {
  const b = bytes(s);
  const st = Number(start);
  const en = Number(end);
  if (st < 0) return fromBytes(b.slice(0, en));
  if (en < 0 || en > b.length) return fromBytes(b.slice(st));
  return fromBytes(b.slice(st, en));
}

/** strings.Title: upper-case the first letter after a separator (not a letter, digit, _ or ') */
const title = (s: string) => s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
const untitle = (s: string) => s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toLowerCase());

/** xstrings' word splitting for snake/kebab case: lower→Upper and Upper→Upper+lower boundaries */
function words(s: string): string[] {
  return s
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[\s_\-.]+/u)
    .filter(Boolean);
}
const snakecase = (s: string) => words(s).map((w) => w.toLowerCase()).join('_');
const kebabcase = (s: string) => words(s).map((w) => w.toLowerCase()).join('-');
/** xstrings.ToCamelCase: words after _ (and the first) capitalised, the rest kept */
const camelcase = (s: string) => s.split('_').filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

function trimCutset(s: string, cut: string, left: boolean, right: boolean): string {
  if (cut === '') return s;
  const set = `[${escapeRe(cut)}]`;
  let out = s;
  if (left) out = out.replace(new RegExp(`^${set}+`, 'u'), '');
  if (right) out = out.replace(new RegExp(`${set}+$`, 'u'), '');
  return out;
}

function split(sep: string, orig: string, n = -1): Record<string, string> {
  const parts = splitN(orig, sep, n);
  const out: Record<string, string> = {};
  parts.forEach((p, i) => { out[`_${i}`] = p; });
  return out;
}

/** strings.SplitN */
function splitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  if (sep === '') { const cs = [...s]; return n < 0 || n >= cs.length ? cs : [...cs.slice(0, n - 1), cs.slice(n - 1).join('')]; }
  const all = s.split(sep);
  if (n < 0 || all.length <= n) return all;
  return [...all.slice(0, n - 1), all.slice(n - 1).join(sep)];
}

const indent = (n: bigint, v: string) => {
  const pad = ' '.repeat(Number(n));
  return pad + v.split('\n').join('\n' + pad);
};

export const stringFuncs: FuncMap = {
  upper: def(['string'], (s: string) => s.toUpperCase()),
  lower: def(['string'], (s: string) => s.toLowerCase()),
  title: def(['string'], title),
  untitle: def(['string'], untitle),
  trim: def(['string'], (s: string) => s.replace(/^\s+|\s+$/gu, '')),
  trimAll: def(['string', 'string'], (cut: string, s: string) => trimCutset(s, cut, true, true)),
  trimPrefix: def(['string', 'string'], (p: string, s: string) => (s.startsWith(p) ? s.slice(p.length) : s)),
  trimSuffix: def(['string', 'string'], (p: string, s: string) => (p !== '' && s.endsWith(p) ? s.slice(0, -p.length) : s)),
  replace: def(['string', 'string', 'string'], (o: string, n: string, s: string) => (o === '' ? s : s.split(o).join(n))),
  contains: def(['string', 'string'], (sub: string, s: string) => s.includes(sub)),
  hasPrefix: def(['string', 'string'], (p: string, s: string) => s.startsWith(p)),
  hasSuffix: def(['string', 'string'], (p: string, s: string) => s.endsWith(p)),
  quote: def([], (...a: GoValue[]) => a.filter((x) => x !== null && x !== undefined).map((x) => goQuote(strval(x))).join(' '), 'any'),
  squote: def([], (...a: GoValue[]) => a.filter((x) => x !== null && x !== undefined).map((x) => `'${strval(x)}'`).join(' '), 'any'),
  cat: def([], (...a: GoValue[]) => a.filter((x) => x !== null && x !== undefined).map(strval).join(' '), 'any'),
  indent: def(['int', 'string'], indent),
  nindent: def(['int', 'string'], (n: bigint, v: string) => '\n' + indent(n, v)),
  trunc: def(['int', 'string'], trunc),
  abbrev: def(['int', 'string'], (w: bigint, s: string) => (w < 4n || [...s].length <= Number(w) ? s : [...s].slice(0, Number(w) - 3).join('') + '...')),
  abbrevboth: def(['int', 'int', 'string'], (l: bigint, r: bigint, s: string) => (r < 4n || s.length <= Number(r) ? s : '...' + s.slice(Number(l), Number(l) + Number(r) - 6) + '...')),
  substr: def(['int', 'int', 'string'], substr),
  repeat: def(['int', 'string'], (n: bigint, s: string) => s.repeat(Math.max(0, Number(n)))),
  nospace: def(['string'], (s: string) => s.replace(/\s/gu, '')),
  initials: def(['string'], (s: string) => s.split(/\s+/u).filter(Boolean).map((w) => [...w][0]).join('')),
  snakecase: def(['string'], snakecase),
  camelcase: def(['string'], camelcase),
  kebabcase: def(['string'], kebabcase),
  swapcase: def(['string'], (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
  plural: def(['string', 'string', 'int'], (one: string, many: string, n: bigint) => (n === 1n ? one : many)),
  split: def(['string', 'string'], (sep: string, s: string) => split(sep, s)),
  splitn: def(['string', 'int', 'string'], (sep: string, n: bigint, s: string) => split(sep, s, Number(n))),
  splitList: def(['string', 'string'], (sep: string, s: string) => splitN(s, sep, -1)),
  join: def(['string', 'any'], (sep: string, v: GoValue) => strslice(v).join(sep)),
  sortAlpha: def(['any'], (v: GoValue) => strslice(v).sort()),
  toString: def(['any'], strval),
  toStrings: def(['any'], strslice),
  atoi: def(['string'], (s: string) => (/^[-+]?\d+$/.test(s) ? BigInt(s) : 0n)),
  wrap: def(['int', 'string'], (l: bigint, s: string) => wrap(s, Number(l), '\n')),
  wrapWith: def(['int', 'string', 'string'], (l: bigint, sep: string, s: string) => wrap(s, Number(l), sep)),
};

/** goutils.WrapCustom without long-word wrapping */
function wrap(s: string, width: number, sep: string): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    let cur = '';
    for (const w of line.split(' ')) {
      if (cur && cur.length + 1 + w.length > width) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
  }
  return out.join(sep);
}
