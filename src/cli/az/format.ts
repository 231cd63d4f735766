// az's output formats (knack/output.py): json (keys sorted, two-space indent), table (python-tabulate's
// "simple" format: a column is as wide as its widest cell or its header plus two, columns two spaces
// apart, dashes under the headers, trailing blanks cut) and tsv (scalar values, tabs).

import { applyQuery, isOrderedHash } from './query';

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
  // tabulate's headers="keys": every key of every row, in the order they first appear
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  // tabulate's MIN_PADDING: headers get two more columns than their text
  const width = cols.map((c) => Math.max(c.length + 2, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === cells.length - 1 ? s : s.padEnd(width[i]))).join('  ').trimEnd();
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c] ?? ''))))].join('\n') + '\n';
}

// mirrors knack/output.py _TsvOutput: a row's values in key order (sorted, but a multiselect hash
// keeps its own), a nested object as an empty field, a list as its length, null as Python's None
function tsvField(v: unknown): string {
  if (Array.isArray(v)) return String(v.length);
  if (v !== null && typeof v === 'object') return '';
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

export function toTsv(v: unknown): string {
  const rows = Array.isArray(v) ? v : [v];
  return rows
    .map((r) => {
      if (Array.isArray(r)) return r.map(tsvField).join('\t');
      if (r !== null && typeof r === 'object') {
        const o = r as Record<string, unknown>;
        const keys = isOrderedHash(o) ? Object.keys(o) : Object.keys(o).sort();
        return keys.map((k) => tsvField(o[k])).join('\t');
      }
      if (typeof r === 'boolean') return String(r);
      return tsvField(r);
    })
    .join('\n') + '\n';
}

const TABLE_SKIP = new Set(['id', 'type', 'etag']);

/** knack's generic table for queried output: keys with their first letter capitalised, scalars only */
function genericRows(v: unknown): Record<string, string | number>[] {
  const rows = Array.isArray(v) ? v : [v];
  return rows.map((r) => {
    if (r === null || typeof r !== 'object') return { Result: tsvField(r) };
    const o = r as Record<string, unknown>;
    // knack's _auto_table_item: scalars only, never id, type or etag, null cells dropped
    return Object.fromEntries(Object.keys(o).filter((k) => !TABLE_SKIP.has(k) && o[k] !== null && typeof o[k] !== 'object').map((k) => [k[0].toUpperCase() + k.slice(1), tsvField(o[k])]));
  });
}

/**
 * print `value` in the -o format after --query; `table` gives the rows az's table transformer makes of
 * it (a queried value gets knack's generic table instead)
 */
export function output(format: string | undefined, raw: unknown, table: () => Record<string, string | number>[], query?: string): { stdout: string; stderr: string; exitCode: number } {
  const q = applyQuery(raw, query);
  if ('error' in q) return { stdout: '', stderr: q.error, exitCode: 2 };
  const value = q.value;
  if (query !== undefined) table = () => genericRows(value);
  const f = format ?? 'json';
  // knack prints nothing at all for a null result (a --query that matched nothing)
  if ((value === null || value === undefined) && ['json', 'jsonc', 'table', 'tsv', 'none'].includes(f)) return { stdout: '', stderr: '', exitCode: 0 };
  if (f === 'json' || f === 'jsonc') return { stdout: toJson(value), stderr: '', exitCode: 0 };
  if (f === 'table') return { stdout: toTable(table()), stderr: '', exitCode: 0 };
  if (f === 'tsv') return { stdout: toTsv(value), stderr: '', exitCode: 0 };
  if (f === 'none') return { stdout: '', stderr: '', exitCode: 0 };
  return { stdout: '', stderr: `ERROR: argument --output/-o: invalid choice: '${f}' (choose from 'json', 'jsonc', 'none', 'table', 'tsv', 'yaml', 'yamlc')\n`, exitCode: 2 };
}
