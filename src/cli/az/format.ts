// az's output formats (knack/output.py): json (keys sorted, two-space indent), table (columns padded
// to their widest cell, two spaces apart, dashes under the headers) and tsv (scalar values, tabs).

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

export function toJson(v: unknown): string {
  return `${JSON.stringify(sortKeys(v as Json), null, 2)}\n`;
}

export function toTable(rows: Record<string, string | number>[]): string {
  if (rows.length === 0) return '';
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === cells.length - 1 ? s : s.padEnd(width[i]))).join('  ').trimEnd();
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c] ?? ''))))].join('\n') + '\n';
}

export function toTsv(v: unknown): string {
  const rows = Array.isArray(v) ? v : [v];
  return rows
    .map((r) => {
      if (r === null || typeof r !== 'object') return String(r);
      const o = r as Record<string, unknown>;
      return Object.keys(o).sort().filter((k) => o[k] === null || typeof o[k] !== 'object').map((k) => (o[k] === null ? '' : String(o[k]))).join('\t');
    })
    .join('\n') + '\n';
}

/** print `value` in the -o format; `table` gives the rows az's table transformer makes of it */
export function output(format: string | undefined, value: unknown, table: () => Record<string, string | number>[]): { stdout: string; stderr: string; exitCode: number } {
  const f = format ?? 'json';
  if (f === 'json' || f === 'jsonc') return { stdout: toJson(value), stderr: '', exitCode: 0 };
  if (f === 'table') return { stdout: toTable(table()), stderr: '', exitCode: 0 };
  if (f === 'tsv') return { stdout: toTsv(value), stderr: '', exitCode: 0 };
  if (f === 'none') return { stdout: '', stderr: '', exitCode: 0 };
  return { stdout: '', stderr: `ERROR: argument --output/-o: invalid choice: '${f}' (choose from 'json', 'jsonc', 'none', 'table', 'tsv', 'yaml', 'yamlc')\n`, exitCode: 2 };
}
