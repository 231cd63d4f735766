// Fills the catalogue's log templates: {time:<style>}, {podIP}, {hostname}.
// Dates come from toRFC3339 (src/sim may not use Date directly).
import { toRFC3339 } from '../../clock';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']; // 1970-01-01 was a Thursday

export function formatTime(style: string, ms: number): string {
  const iso = toRFC3339(ms); // 2025-01-06T09:00:05Z
  const [date, timeZ] = iso.split('T');
  const time = timeZ.replace('Z', '');
  const [y, mo, d] = date.split('-');
  const frac = String(Math.floor(ms % 1000)).padStart(3, '0');
  switch (style) {
    case 'nginx':
      return `${y}/${mo}/${d} ${time}`;
    case 'httpd':
      return `${DAYS[Math.floor(ms / 86_400_000) % 7]} ${MONTHS[Number(mo) - 1]} ${d} ${time}.${frac}000 ${y}`;
    case 'redis':
      return `${d} ${MONTHS[Number(mo) - 1]} ${y} ${time}.${frac}`;
    case 'mysql':
      return `${date} ${time}`;
    case 'mysqld':
      return `${date}T${time}.${frac}000Z`;
    case 'date': // busybox `date`: Mon Jan  6 09:00:05 UTC 2025
      return `${DAYS[Math.floor(ms / 86_400_000) % 7]} ${MONTHS[Number(mo) - 1]} ${String(Number(d)).padStart(2, ' ')} ${time} UTC ${y}`;
    default:
      return iso;
  }
}

export interface TemplateContext {
  podIP: string;
  hostname: string;
}

export function fillTemplate(line: string, atMs: number, ctx: TemplateContext): string {
  return line.replace(/\{(time:[a-z]+|podIP|hostname)\}/g, (_m, key: string) => {
    if (key === 'podIP') return ctx.podIP;
    if (key === 'hostname') return ctx.hostname;
    return formatTime(key.slice(5), atMs);
  });
}
