// sprig's date functions over an injected clock (no Date.now): now, date, dateInZone, htmlDate,
// toDate, unixEpoch, dateModify, ago, duration; Go reference-time layouts ("2006-01-02") for format.
import { def, type FuncMap } from '../funcs';
import { GoError } from '../errors';
import { GoStruct, Int64, type GoValue } from '../value';
import { toInt64 } from './conv';

/** a time.Time: milliseconds since the epoch, shown in UTC (the simulator's only zone) */
export class GoTime extends GoStruct {
  constructor(readonly ms: number) {
    super('time.Time', {});
  }
  override goString(): string {
    return goFormat(this.ms, '2006-01-02 15:04:05.999999999 -0700 MST');
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** time.Format with Go's layout tokens, in UTC */
export function goFormat(ms: number, layout: string): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear(), M = d.getUTCMonth(), D = d.getUTCDate(), h = d.getUTCHours(), m = d.getUTCMinutes(), s = d.getUTCSeconds();
  const frac = String(d.getUTCMilliseconds()).padStart(3, '0') + '000000';
  const tokens: [string, () => string][] = [
    ['January', () => MONTHS[M]], ['Jan', () => MONTHS[M].slice(0, 3)], ['Monday', () => DAYS[d.getUTCDay()]],
    ['Mon', () => DAYS[d.getUTCDay()].slice(0, 3)], ['MST', () => 'UTC'], ['2006', () => String(Y)], ['-07:00', () => '+00:00'],
    ['-0700', () => '+0000'], ['Z07:00', () => 'Z'], ['Z0700', () => 'Z'], ['-07', () => '+00'],
    ['.000000000', () => '.' + frac.slice(0, 9)], ['.000000', () => '.' + frac.slice(0, 6)], ['.000', () => '.' + frac.slice(0, 3)],
    ['.999999999', () => trimFrac(frac.slice(0, 9))], ['.999999', () => trimFrac(frac.slice(0, 6))], ['.999', () => trimFrac(frac.slice(0, 3))],
    ['01', () => p2(M + 1)], ['02', () => p2(D)], ['_2', () => String(D).padStart(2, ' ')], ['03', () => p2(h % 12 || 12)],
    ['04', () => p2(m)], ['05', () => p2(s)], ['06', () => p2(Y % 100)], ['15', () => p2(h)], ['PM', () => (h >= 12 ? 'PM' : 'AM')],
    ['pm', () => (h >= 12 ? 'pm' : 'am')], ['1', () => String(M + 1)], ['2', () => String(D)], ['3', () => String(h % 12 || 12)],
    ['4', () => String(m)], ['5', () => String(s)],
  ];
  let out = '';
  for (let i = 0; i < layout.length;) {
    const t = tokens.find(([k]) => layout.startsWith(k, i));
    if (t) { out += t[1](); i += t[0].length; } else out += layout[i++];
  }
  return out;
}
const trimFrac = (f: string) => { const t = f.replace(/0+$/, ''); return t ? '.' + t : ''; };

/** sprig's date argument: a time, an int64/float Unix time, or now */
function toMs(v: GoValue, now: () => number): number {
  if (v instanceof GoTime) return v.ms;
  if (typeof v === 'bigint' || typeof v === 'number') return Number(toInt64(v)) * 1000;
  return now();
}

/** time.Parse for the common layouts (numeric fields in the reference layout) */
function goParse(layout: string, value: string): number {
  const fields: Record<string, number> = { Y: 1970, M: 1, D: 1, h: 0, m: 0, s: 0 };
  const map: [string, string, string][] = [['2006', '(\\d{4})', 'Y'], ['01', '(\\d{2})', 'M'], ['02', '(\\d{2})', 'D'], ['15', '(\\d{2})', 'h'], ['04', '(\\d{2})', 'm'], ['05', '(\\d{2})', 's']];
  let re = '^';
  const order: string[] = [];
  for (let i = 0; i < layout.length;) {
    const t = map.find(([k]) => layout.startsWith(k, i));
    if (t) { re += t[1]; order.push(t[2]); i += t[0].length; } else { re += layout[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); i++; }
  }
  const m = new RegExp(re + '$').exec(value);
  if (!m) throw new GoError(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(value)} as ${JSON.stringify(layout)}`);
  order.forEach((k, i) => { fields[k] = Number(m[i + 1]); });
  return Date.UTC(fields.Y, fields.M - 1, fields.D, fields.h, fields.m, fields.s);
}

/** time.ParseDuration for h/m/s/ms units */
function parseDuration(s: string): number {
  const re = /(-?\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  let total = 0;
  let matched = '';
  for (const m of s.matchAll(re)) { total += Number(m[1]) * unit[m[2]]; matched += m[0]; }
  if (!matched || matched.replace(/^-/, '') !== s.replace(/^[-+]/, '').replace(/^-/, '')) throw new GoError(`time: invalid duration ${JSON.stringify(s)}`);
  return s.startsWith('-') && total > 0 ? -total : total;
}

/** time.Duration.String for whole seconds */
export function durationString(ms: number): string {
  const neg = ms < 0;
  let s = Math.abs(Math.round(ms / 1000));
  if (s === 0) return '0s';
  const h = Math.floor(s / 3600); s -= h * 3600;
  const m = Math.floor(s / 60); s -= m * 60;
  return (neg ? '-' : '') + (h ? `${h}h${m}m${s}s` : m ? `${m}m${s}s` : `${s}s`);
}

export function timeFuncs(now: () => number): FuncMap {
  return {
    now: def([], () => new GoTime(now())),
    date: def(['string', 'any'], (f: string, d: GoValue) => goFormat(toMs(d, now), f)),
    dateInZone: def(['string', 'any', 'string'], (f: string, d: GoValue) => goFormat(toMs(d, now), f)),
    htmlDate: def(['any'], (d: GoValue) => goFormat(toMs(d, now), '2006-01-02')),
    htmlDateInZone: def(['any', 'string'], (d: GoValue) => goFormat(toMs(d, now), '2006-01-02')),
    toDate: def(['string', 'string'], (f: string, s: string) => new GoTime(goParse(f, s))),
    unixEpoch: def(['any'], (d: GoValue) => String(Math.floor(toMs(d, now) / 1000))),
    dateModify: def(['string', 'any'], (m: string, d: GoValue) => new GoTime(toMs(d, now) + parseDuration(m))),
    ago: def(['any'], (d: GoValue) => durationString(now() - toMs(d, now))),
    // sprig reads only a string or an int64 here; a template's int constant or a float64 value is 0s
    duration: def(['any'], (sec: GoValue) => durationString(sec instanceof Int64 ? Number(sec.v) * 1000 : typeof sec === 'string' && /^[-+]?\d+$/.test(sec) ? Number(sec) * 1000 : 0)),
  };
}
