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

interface Spec { minus: boolean; plus: boolean; sharp: boolean; space: boolean; zero: boolean; width?: number; prec?: number; sharpV?: boolean }

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

/** fmt's badVerb: the value is printed with %v under the same flags, width and precision */
const bad = (verb: string, v: GoValue, sp: Spec): string =>
  v === null || v === undefined ? `%!${verb}(<nil>)` : `%!${verb}(${typeName(v)}=${fmtArg(v, 'v', sp)})`;

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
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 's': case 't': return bad(verb, v, sp);
    default: return bad(verb, v, sp);
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
    case 'f': case 'F': s = Number.isFinite(f) ? toFixedEven(f, prec ?? 6) : formatFloat(f); break;
    case 'e': case 'E': {
      const [m, e] = f.toExponential(prec ?? 6).split('e');
      const x = Number(e);
      s = `${m}e${x < 0 ? '-' : '+'}${Math.abs(x) < 10 ? '0' : ''}${Math.abs(x)}`;
      if (verb === 'E') s = s.toUpperCase();
      break;
    }
    case 'x': case 'X': s = hexFloat(f, prec); if (verb === 'X') s = s.toUpperCase(); break;
    default: return bad(verb, f, sp);
  }
  if (f >= 0 && !s.startsWith('+')) s = (sp.plus ? '+' : sp.space ? ' ' : '') + s;
  return pad(s, sp, true);
}

/** toFixed, but an exact tie rounds to even as Go's strconv does (2.5 → "2", -0.25 → "-0.2") */
function toFixedEven(f: number, prec: number): string {
  const scaled = Math.abs(f) * 10 ** prec;
  if (prec <= 15 && scaled < 2 ** 52 && scaled - Math.floor(scaled) === 0.5) {
    const fl = Math.floor(scaled);
    const r = fl % 2 === 0 ? fl : fl + 1;
    const digits = String(r).padStart(prec + 1, '0');
    const body = prec ? `${digits.slice(0, -prec)}.${digits.slice(-prec)}` : digits;
    return (f < 0 ? '-' : '') + body;
  }
  return f.toFixed(prec);
}

/** strconv.FormatFloat(f, 'x', prec, 64): 0x1.4p+01 */
function hexFloat(f: number, prec: number | undefined): string {
  if (!Number.isFinite(f)) return formatFloat(f);
  const sign = f < 0 || Object.is(f, -0) ? '-' : '';
  let a = Math.abs(f);
  if (a === 0) return `${sign}0x0${prec ? '.' + '0'.repeat(prec) : ''}p+00`;
  let e = Math.floor(Math.log2(a));
  if (a / 2 ** e >= 2) e++;
  if (a / 2 ** e < 1) e--;
  let frac = a / 2 ** e - 1;
  let digits = '';
  const max = prec ?? 13;
  for (let i = 0; i < max && (prec !== undefined || frac > 0); i++) {
    frac *= 16;
    const d = Math.floor(frac);
    digits += d.toString(16);
    frac -= d;
  }
  if (prec !== undefined && frac >= 0.5) {
    // round the last hex digit (carrying into the leading 1 as Go does is not needed for charts)
    const n = BigInt('0x1' + digits) + 1n;
    digits = n.toString(16).slice(1).padStart(digits.length, '0');
  }
  a = e;
  return `${sign}0x1${digits ? '.' + digits : ''}p${a < 0 ? '-' : '+'}${String(Math.abs(a)).padStart(2, '0')}`;
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
    default: return bad(verb, s, sp);
  }
}

/** %#v: Go syntax for the values templates hold */
function goSyntax(v: GoValue, top = true): string {
  if (v === null || v === undefined) return top ? '<nil>' : 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') { const s = formatFloat(v, 'g', 21); return top || s.includes('.') || s.includes('e') ? s : s; }
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSyntax(x, false)).join(', ')}}`;
  if (isMap(v)) return `map[string]interface {}{${Object.keys(v).sort().map((k) => `${goQuote(k)}:${goSyntax(v[k], false)}`).join(', ')}}`;
  if (v instanceof Int64) return v.v.toString();
  return formatV(v);
}

/** one operand with one verb (fmt printArg) */
export function fmtArg(v: GoValue, verb: string, sp: Spec): string {
  if (verb === 'v' && sp.sharpV) return pad(goSyntax(v), sp);
  if (verb === 'T') return fmtString(typeName(v), 's', sp);
  if (v === null || v === undefined) return verb === 'v' ? pad('<nil>', sp) : bad(verb, v, sp);
  switch (typeof v) {
    case 'boolean': return verb === 't' || verb === 'v' ? pad(String(v), sp) : bad(verb, v, sp);
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
    // a `*` takes an int argument (fmt intFromArg); anything else is %!(BADWIDTH) / %!(BADPREC)
    const star = (bad: string): number | undefined => {
      i++;
      const a = argi < args.length ? intOf(args[argi]) : undefined;
      argi++;
      if (a === undefined) { out += bad; return undefined; }
      return Number(a);
    };
    const digits = (): number | undefined => {
      let s = '';
      while (i < format.length && /[0-9]/.test(format[i])) s += format[i++];
      return s ? Number(s) : undefined;
    };
    if (format[i] === '*') {
      sp.width = star('%!(BADWIDTH)');
      if (sp.width !== undefined && sp.width < 0) { sp.minus = true; sp.zero = false; sp.width = -sp.width; }
    } else sp.width = digits();
    if (format[i] === '.') {
      i++;
      if (format[i] === '*') {
        sp.prec = star('%!(BADPREC)');
        if (sp.prec !== undefined && sp.prec < 0) sp.prec = undefined;
      } else sp.prec = digits() ?? 0;
    }
    if (i >= format.length) { out += '%!(NOVERB)'; break; }
    const verb = format[i];
    if (verb === '%') { out += '%'; continue; }
    if (argi >= args.length) { out += `%!${verb}(MISSING)`; continue; }
    // for %v, + and # mean field names and Go syntax, not a sign or an alternate form (fmt doPrintf)
    const vsp = verb === 'v' ? { ...sp, plus: false, sharp: false, sharpV: sp.sharp } : sp;
    out += fmtArg(args[argi++], verb, vsp);
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
