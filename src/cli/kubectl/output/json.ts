// `-o json`: kubectl marshals unstructured objects with Go's encoding/json and a 4-space indent:
// map keys sorted, and <, >, & escaped as \u003c, \u003e, \u0026 (Go's HTML-safe default).
// mirrors staging/src/k8s.io/cli-runtime/pkg/printers/json.go

function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function encode(value: unknown, indent: string, sort = true): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + encode(v, inner, sort)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (sort) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${goString(k)}: ${encode(v, inner, sort)}`).join(',\n')}\n${indent}}`;
}

/**
 * Objects from the server are unstructured maps, so their keys come out sorted; typed objects that
 * kubectl builds itself (`create … --dry-run=client -o json`) keep Go's struct field order: pass
 * `sortKeys: false` with the object built in that order.
 */
export function toKubectlJson(value: unknown, opts: { sortKeys?: boolean } = {}): string {
  return `${encode(value, '', opts.sortKeys !== false)}\n`;
}

/** json.Marshal: compact, keys sorted (the form of kubectl's last-applied-configuration). */
export function toGoJsonCompact(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(toGoJsonCompact).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${goString(k)}:${toGoJsonCompact(v)}`).join(',')}}`;
}
