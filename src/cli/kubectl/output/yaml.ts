// `-o yaml`: kubectl converts the object's JSON to YAML with sigs.k8s.io/yaml (go-yaml v2 underneath):
// map keys sorted, sequences not indented under their key, strings that would read as another type
// (numbers, booleans, null, timestamps) double-quoted, strings plain YAML cannot carry single-quoted,
// multi-line strings as literal blocks (`|` keeps the final newline, `|-` strips it).
// Like go-yaml v2 (best width 80), plain and single-quoted strings break at the first space past
// column 80, continuing two spaces deeper than their key.

const YAML11_SPECIAL = /^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const NUMBER = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)(?::[0-5]?[0-9])*|(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*(?:[eE][-+]?[0-9]+)|\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

function needsDoubleQuotes(s: string): boolean {
  return s === '' || YAML11_SPECIAL.test(s) || NUMBER.test(s) || TIMESTAMP.test(s) || s === '.';
}

function plainAllowed(s: string): boolean {
  if (/^[\s]|[\s]$/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^[-?:][^\s]/.test(s)) return false;
  if (/^[,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(s)) return false;
  return true;
}

const BEST_WIDTH = 80;

/** mirrors yaml_emitter_write_plain_scalar / _single_quoted: a space past the best width becomes a line break */
function fold(text: string, column: number, indent: string, quoted: boolean): string {
  const cont = `${indent}  `;
  let out = '';
  let col = column;
  let spaces = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // single-quoted: never right after the opening quote or before the closing one
    const inside = !quoted || (i > 1 && i < text.length - 2);
    if (c === ' ') {
      if (inside && !spaces && col > BEST_WIDTH && text[i + 1] !== ' ') {
        out += `\n${cont}`;
        col = cont.length;
      } else {
        out += c;
        col++;
      }
      spaces = true;
    } else {
      out += c;
      col++;
      spaces = false;
    }
  }
  return out;
}

function scalar(s: string, indent: string, column = 0): string {
  if (needsDoubleQuotes(s)) return JSON.stringify(s);
  // eslint-disable-next-line no-control-regex
  if (s.includes('\n') && !/[\u0000-\u0009\u000b-\u001f]/.test(s) && !/ \n|\n /.test(s.replace(/\n+$/, ''))) {
    const chomp = s.endsWith('\n') ? (s.endsWith('\n\n') ? '+' : '') : '-';
    const body = s.endsWith('\n') ? s.slice(0, -1) : s;
    const lines = body.split('\n').map((l) => (l === '' ? '' : `${indent}  ${l}`));
    return `|${chomp}\n${lines.join('\n')}`;
  }
  if (plainAllowed(s)) return fold(s, column, indent, false);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(s)) return JSON.stringify(s);
  return fold(`'${s.replace(/'/g, "''")}'`, column, indent, true);
}

function isEmptyCollection(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
}

function value(v: unknown, indent: string, column: number): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return scalar(v, indent, column);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? '[]' : '';
  return Object.keys(v as object).length === 0 ? '{}' : '';
}

function sortedEntries(obj: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(obj)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function mapping(obj: Record<string, unknown>, indent: string, out: string[], firstPrefix?: string): void {
  let first = true;
  for (const [k, v] of sortedEntries(obj)) {
    const lead = first && firstPrefix !== undefined ? firstPrefix : indent;
    first = false;
    const key = scalar(k, indent);
    if (typeof v === 'object' && v !== null && !isEmptyCollection(v)) {
      out.push(`${lead}${key}:`);
      if (Array.isArray(v)) sequence(v, indent, out);
      else mapping(v as Record<string, unknown>, `${indent}  `, out);
    } else {
      out.push(`${lead}${key}: ${value(v, indent, lead.length + key.length + 2)}`);
    }
  }
}

function sequence(arr: unknown[], indent: string, out: string[]): void {
  for (const item of arr) {
    if (typeof item === 'object' && item !== null && !isEmptyCollection(item)) {
      if (Array.isArray(item)) {
        out.push(`${indent}-`);
        sequence(item, `${indent}  `, out);
      } else mapping(item as Record<string, unknown>, `${indent}  `, out, `${indent}- `);
    } else {
      out.push(`${indent}- ${value(item, indent, indent.length + 2)}`);
    }
  }
}

export function toKubectlYaml(v: unknown): string {
  const out: string[] = [];
  if (typeof v === 'object' && v !== null && !isEmptyCollection(v)) {
    if (Array.isArray(v)) sequence(v, '', out);
    else mapping(v as Record<string, unknown>, '', out);
  } else out.push(value(v, '', 0));
  return `${out.join('\n')}\n`;
}
