// Five-field cron schedules as the CronJob controller reads them (robfig/cron's standard parser):
// `*`, ranges, lists, steps (`*/5`, `1-10/2`), month and weekday names, and @yearly @monthly
// @weekly @daily @midnight @hourly. When both day fields are restricted, either may match.
// Times are UTC epoch ms; civil dates come from epoch days (no Date in src/sim).

export interface Schedule {
  minute: Set<number>;
  hour: Set<number>;
  dom: Set<number>;
  month: Set<number>;
  dow: Set<number>;
  domStar: boolean;
  dowStar: boolean;
}

const MACROS: Record<string, string> = { '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0', '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *' };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function field(src: string, min: number, max: number, names?: string[]): Set<number> {
  const out = new Set<number>();
  const value = (v: string): number => {
    const i = names?.indexOf(v.toLowerCase()) ?? -1;
    const n = i >= 0 ? i + (min === 1 ? 1 : 0) : Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`failed to parse int from ${v}: out of range`);
    return n;
  };
  for (const part of src.split(',')) {
    const [range, stepStr] = part.split('/');
    const step = stepStr === undefined ? 1 : Number(stepStr);
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad step in ${part}`);
    let lo: number;
    let hi: number;
    if (range === '*' || range === '?') [lo, hi] = [min, max];
    else if (range.includes('-')) [lo, hi] = range.split('-').map(value) as [number, number];
    else [lo, hi] = [value(range), stepStr === undefined ? value(range) : max];
    for (let v = lo; v <= hi; v += step) out.add(v === 7 && max === 7 ? 0 : v);
  }
  return out;
}

export function parseSchedule(spec: string): Schedule {
  const text = MACROS[spec.trim()] ?? spec.trim();
  const f = text.split(/\s+/);
  if (f.length !== 5) throw new Error(`expected exactly 5 fields, found ${f.length}: ${spec}`);
  return {
    minute: field(f[0], 0, 59),
    hour: field(f[1], 0, 23),
    dom: field(f[2], 1, 31),
    month: field(f[3], 1, 12, MONTHS),
    dow: field(f[4], 0, 7, DAYS),
    domStar: f[2] === '*' || f[2] === '?',
    dowStar: f[4] === '*' || f[4] === '?',
  };
}

/** civil date from days since 1970-01-01 (Howard Hinnant's algorithm) */
function civil(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function dayMatches(s: Schedule, days: number): boolean {
  const { m, d } = civil(days);
  if (!s.month.has(m)) return false;
  const dow = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const domOk = s.dom.has(d);
  const dowOk = s.dow.has(dow);
  if (s.domStar || s.dowStar) return domOk && dowOk;
  return domOk || dowOk;
}

const MIN = 60_000;
const DAY = 86_400_000;

/** The first schedule time strictly after `after`, searching at most ~5 years ahead. */
export function nextAfter(s: Schedule, after: number): number | undefined {
  let t = Math.floor(after / MIN) * MIN + MIN;
  const limit = after + 5 * 366 * DAY;
  while (t <= limit) {
    const days = Math.floor(t / DAY);
    if (!dayMatches(s, days)) {
      t = (days + 1) * DAY;
      continue;
    }
    const h = Math.floor((t % DAY) / 3_600_000);
    if (!s.hour.has(h)) {
      t = Math.floor(t / 3_600_000) * 3_600_000 + 3_600_000;
      continue;
    }
    if (s.minute.has(Math.floor((t % 3_600_000) / MIN))) return t;
    t += MIN;
  }
  return undefined;
}

/** Schedule times in (after, until], at most `max + 1` of them (the caller detects too many). */
export function timesBetween(s: Schedule, after: number, until: number, max = 100): number[] {
  const out: number[] = [];
  for (let t = nextAfter(s, after); t !== undefined && t <= until && out.length <= max; t = nextAfter(s, t)) out.push(t);
  return out;
}
