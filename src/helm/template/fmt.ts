// Go's fmt for printf/print/println (mirrors fmt/print.go and fmt/format.go for the verbs charts
// use): flags, width, precision, and the %!verb(type=value) forms for a wrong or missing argument.
import { formatFloat, formatV, typeName, GoStruct, Int64, intOf, isMap, type GoValue } from './value';

/** strconv.Quote */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0xfffd && ch !== '\ufffd') out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

interface Spec { minus: boolean; plus: boolean; sharp: boolean; space: boolean; zero: boolean; width?: number; prec?: number }

function pad(s: string, sp: Spec, numeric = false): string {
  if (sp.width === undefined || s.length >= sp.width) return s;
  const n = sp.width - [...s].length;
  if (n <= 0) return s;
  if (sp.minus) return s + ' '.repeat(n);
  if (sp.zero && numeric) {
    const sign = /^[+-]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(n) + s.slice(sign.length);
  }
  return ' '.repeat(n) + s;
}

const bad = (verb: string, v: GoValue) =>
  v === null || v === undefined ? `%!${verb}(<nil>)` : `%!${verb}(${typeName(v)}=${formatV(v)})`;

function fmtInt(v: bigint, verb: string, sp: Spec): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string;
  switch (verb) {
    case 'd': case 'v': digits = a.toString(10); break;
    case 'x': digits = a.toString(16); if (sp.sharp) digits = '0x' + digits; break;
    case 'X': digits = a.toString(16).toUpperCase(); if (sp.sharp) digits = '0X' + digits; break;
    case 'o': digits = a.toString(8); if (sp.sharp) digits = '0' + digits; break;
    case 'O': digits = '0o' + a.toString(8); break;
    case 'b': digits = a.toString(2); break;
    case 'c': return pad(String.fromCodePoint(Number(v)), sp);
    case 'q': return pad(`'${String.fromCodePoint(Number(v))}'`, sp);
    case 'U': return pad('U+' + a.toString(16).toUpperCase().padStart(4, '0'), sp);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 's': case 't': return bad(verb, v);
    default: return bad(verb, v);
  }
  if (sp.prec !== undefined) digits = digits.padStart(sp.prec, '0');
  const sign = neg ? '-' : sp.plus ? '+' : sp.space ? ' ' : '';
  return pad(sign + digits, { ...sp, zero: sp.zero && sp.prec === undefined }, true);
}

function fmtFloat(f: number, verb: string, sp: Spec): string {
  let s: string;
  const prec = sp.prec;
  switch (verb) {
    case 'v': case 'g': case 'G':
      if (prec === undefined) s = formatFloat(f, 'g', verb === 'v' ? 21 : 21);
      else s = precisionG(f, prec === 0 ? 1 : prec);
      if (verb === 'v' && prec === undefined) s = formatFloat(f);
      if (verb === 'g' && prec === undefined) s = formatFloat(f);
      if (verb === 'G') s = s.toUpperCase();
      break;
    case 'f': case 'F': s = Number.isFinite(f) ? f.toFixed(prec ?? 6) : formatFloat(f); break;
    case 'e': case 'E': {
      const [m, e] = f.toExponential(prec ?? 6).split('e');
      const x = Number(e);
      s = `${m}e${x < 0 ? '-' : '+'}${Math.abs(x) < 10 ? '0' : ''}${Math.abs(x)}`;
      if (verb === 'E') s = s.toUpperCase();
      break;
    }
    default: return bad(verb, f);
  }
  if (f >= 0 && !s.startsWith('+')) s = (sp.plus ? '+' : sp.space ? ' ' : '') + s;
  return pad(s, sp, true);
}

function precisionG(f: number, prec: number): string {
  const [m, e] = f.toExponential(prec - 1).split('e');
  const x = Number(e);
  const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
  if (x < -4 || x >= prec) return `${mant}e${x < 0 ? '-' : '+'}${Math.abs(x) < 10 ? '0' : ''}${Math.abs(x)}`;
  return String(Number(f.toPrecision(prec)));
}

function fmtString(s: string, verb: string, sp: Spec): string {
  switch (verb) {
    case 'v': case 's': return pad(sp.prec !== undefined ? [...s].slice(0, sp.prec).join('') : s, sp);
    case 'q': return pad(sp.sharp && !s.includes('`') ? '`' + s + '`' : goQuote(s), sp);
    case 'x': case 'X': {
      let h = [...new TextEncoder().encode(s)].map((b) => b.toString(16).padStart(2, '0')).join(sp.space ? ' ' : '');
      if (verb === 'X') h = h.toUpperCase();
      return pad(h, sp);
    }
    default: return bad(verb, s);
  }
}

/** one operand with one verb (fmt printArg) */
export function fmtArg(v: GoValue, verb: string, sp: Spec): string {
  if (verb === 'T') return pad(typeName(v), sp);
  if (v === null || v === undefined) return verb === 'v' ? pad('<nil>', sp) : bad(verb, v);
  switch (typeof v) {
    case 'boolean': return verb === 't' || verb === 'v' ? pad(String(v), sp) : bad(verb, v);
    case 'bigint': return fmtInt(v, verb, sp);
    case 'object': if (v instanceof Int64) return fmtInt(v.v, verb, sp); break;
    case 'number': return fmtFloat(v, verb, sp);
    case 'string': return fmtString(v, verb, sp);
  }
  if (Array.isArray(v)) return `[${v.map((x) => fmtArg(x, verb, sp)).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${fmtArg(k, verb, sp)}:${fmtArg(v[k], verb, sp)}`).join(' ')}]`;
  if (v instanceof GoStruct) return pad(formatV(v), sp);
  return pad(formatV(v), sp);
}

/** fmt.Sprintf */
export function sprintf(format: string, args: GoValue[]): string {
  let out = '';
  let argi = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') { out += c; continue; }
    const sp: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false };
    i++;
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') sp.minus = true;
      else if (f === '+') sp.plus = true;
      else if (f === '#') sp.sharp = true;
      else if (f === ' ') sp.space = true;
      else if (f === '0') sp.zero = !sp.minus;
      else break;
    }
    const num = (): number | undefined => {
      if (format[i] === '*') { i++; const a = intOf(args[argi++]); return a === undefined ? undefined : Number(a); }
      let s = '';
      while (i < format.length && /[0-9]/.test(format[i])) s += format[i++];
      return s ? Number(s) : undefined;
    };
    sp.width = num();
    if (format[i] === '.') { i++; sp.prec = num() ?? 0; }
    if (i >= format.length) { out += '%!(NOVERB)'; break; }
    const verb = format[i];
    if (verb === '%') { out += '%'; continue; }
    if (argi >= args.length) { out += `%!${verb}(MISSING)`; continue; }
    out += fmtArg(args[argi++], verb, sp);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${formatV(a)}`)).join(', ') + ')';
  }
  return out;
}

/** fmt.Sprint: spaces between operands when neither side is a string */
export function sprint(args: GoValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a);
  });
  return out;
}

/** fmt.Sprintln: always spaces, then a newline */
export const sprintln = (args: GoValue[]) => args.map((a) => formatV(a)).join(' ') + '\n';
