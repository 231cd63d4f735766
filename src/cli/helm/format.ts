// How the helm CLI prints: gosuri/uitable tables (every cell padded to its column's width, cells
// joined by a tab) and Go's time layouts, in UTC as the playground's clock runs.

/** uitable with its default separator: pads every cell, the last one too */
export function uiTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('\t')).join('\n') + '\n';
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

function parts(rfc3339: string) {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$/.exec(rfc3339);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac] = m;
  const weekday = new Date(Date.UTC(+y!, +mo! - 1, +d!)).getUTCDay();
  return { y: +y!, mo: +mo!, d: +d!, h: +h!, mi: +mi!, s: +s!, frac: (frac ?? '').replace(/0+$/, ''), weekday };
}

/** time.ANSIC, "Mon Jan _2 15:04:05 2006": helm status and history */
export function ansic(rfc3339: string | undefined): string {
  const p = rfc3339 ? parts(rfc3339) : undefined;
  if (!p) return '';
  return `${DAYS[p.weekday]} ${MONTHS[p.mo - 1]} ${String(p.d).padStart(2, ' ')} ${two(p.h)}:${two(p.mi)}:${two(p.s)} ${p.y}`;
}

/** Go's time.Time.String(): helm list's UPDATED */
export function goTimeString(rfc3339: string | undefined): string {
  const p = rfc3339 ? parts(rfc3339) : undefined;
  if (!p) return '';
  return `${p.y}-${two(p.mo)}-${two(p.d)} ${two(p.h)}:${two(p.mi)}:${two(p.s)}${p.frac ? `.${p.frac}` : ''} +0000 UTC`;
}

/** the virtual clock as Helm stamps a release: RFC 3339 with the clock's milliseconds */
export function helmTimestamp(ms: number): string {
  // Go's RFC 3339 with nanoseconds drops trailing zeros of the fraction, and the dot with them
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}
