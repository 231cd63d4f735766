// coreutils date over the cluster's virtual clock (ctx.now), in UTC: the default format
// (`Thu Jan  1 00:00:00 UTC 1970`), -u, and +FORMAT with the common strftime fields.
import type { CliContext, CommandResult } from '../types';
import { usageError } from './filters/options';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2, fill = '0') => String(n).padStart(width, fill);

export function strftime(format: string, ms: number): string {
  const d = new Date(ms); // a value from the virtual clock, formatted: no reading of real time here
  const f: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()),
    m: () => pad(d.getUTCMonth() + 1),
    d: () => pad(d.getUTCDate()),
    e: () => pad(d.getUTCDate(), 2, ' '),
    H: () => pad(d.getUTCHours()),
    M: () => pad(d.getUTCMinutes()),
    S: () => pad(d.getUTCSeconds()),
    s: () => String(Math.floor(ms / 1000)),
    a: () => DAYS[d.getUTCDay()],
    b: () => MONTHS[d.getUTCMonth()],
    Z: () => 'UTC',
    z: () => '+0000',
    T: () => `${f.H()}:${f.M()}:${f.S()}`,
    F: () => `${f.Y()}-${f.m()}-${f.d()}`,
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (m, c: string) => (f[c] ? f[c]() : m));
}

export function date(args: string[], ctx: CliContext): CommandResult {
  let format = '%a %b %e %H:%M:%S %Z %Y';
  for (const a of args) {
    if (a === '-u' || a === '--utc' || a === '--universal') continue;
    if (a.startsWith('+')) format = a.slice(1);
    else if (a.startsWith('--')) return usageError('date', `unrecognized option '${a}'`);
    else if (a.startsWith('-')) return usageError('date', `invalid option -- '${a[1]}'`);
    else return usageError('date', `invalid date \u2018${a}\u2019`);
  }
  return { stdout: `${strftime(format, ctx.now())}\n`, stderr: '', exitCode: 0 };
}
