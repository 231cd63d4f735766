// kubectl describe's PrefixWriter and the helpers its describers share.
// mirrors staging/src/k8s.io/kubectl/pkg/describe/describe.go (PrefixWriter, printLabelsMultiline,
// printAnnotationsMultiline, printTolerationsMultiline) — output goes through a tabwriter at the end.
import { DESCRIBE_TABWRITER, tabwrite } from '../tabwriter';
import { LAST_APPLIED } from '../apply';

export class PrefixWriter {
  private buf = '';

  /** writes `text` after `level` two-space indents (the level applies even mid-line, as upstream) */
  write(level: number, text: string): void {
    this.buf += '  '.repeat(level) + text;
  }

  toString(): string {
    return tabwrite(this.buf, DESCRIBE_TABWRITER);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z in UTC: `Mon, 06 Jan 2025 09:00:00 +0000` */
export function rfc1123z(timestamp: string | undefined): string {
  const t = timestamp ? new Date(timestamp) : new Date(0);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[t.getUTCDay()]}, ${p(t.getUTCDate())} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())} +0000`;
}

export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${k}=${(labels as Record<string, string>)[k]}\n`);
  });
}

const MAX_ANNOTATION_LEN = 140;

export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => k !== LAST_APPLIED)
    .sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, '\t');
    let value = (annotations as Record<string, string>)[k];
    if (value.length > MAX_ANNOTATION_LEN) value = `${value.slice(0, MAX_ANNOTATION_LEN)}...`;
    const lines = value.split('\n');
    w.write(0, `${k}: ${lines[0]}\n`);
    for (const l of lines.slice(1)) w.write(0, `\t${l}\n`);
  });
}

interface TolerationLike {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: TolerationLike[] | undefined): void {
  w.write(0, `${title}:\t`);
  const list = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  if (list.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

export function stringOrNone(s: string | undefined): string {
  return s ? s : '<none>';
}
