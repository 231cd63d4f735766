// -o custom-columns=HEADER:PATH,…: mirrors cli-runtime/pkg/printers/customcolumn.go (each cell is
// every match of the path, comma-joined; `<none>` when nothing matches).
import { toGoJsonCompact } from './json';
import { evaluate, parsePath } from './jsonpath';
import { GET_TABWRITER, tabwrite } from '../tabwriter';

export function parseCustomColumns(spec: string): Array<{ header: string; path: string }> | { error: string } {
  const cols: Array<{ header: string; path: string }> = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    let path = part.slice(colon + 1).trim();
    if (path.startsWith('{') && path.endsWith('}')) path = path.slice(1, -1);
    cols.push({ header: part.slice(0, colon), path: path.startsWith('.') || path.startsWith('$') ? path : `.${path}` });
  }
  return cols;
}

export function printCustomColumns(cols: Array<{ header: string; path: string }>, objects: unknown[], noHeaders: boolean): string {
  const steps = cols.map((c) => parsePath(c.path));
  const rows: string[] = noHeaders ? [] : [cols.map((c) => c.header).join('\t')];
  for (const o of objects) {
    rows.push(
      steps
        .map((s) => {
          const found = evaluate(s, [o]);
          return found.length === 0 ? '<none>' : found.map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? toGoJsonCompact(v) : String(v))).join(',');
        })
        .join('\t'),
    );
  }
  return tabwrite(`${rows.join('\n')}\n`, GET_TABWRITER);
}
