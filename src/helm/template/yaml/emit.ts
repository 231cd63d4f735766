// go-yaml v2's block-style encoder for JSON-shaped data (what sigs.k8s.io/yaml.Marshal hands it):
// maps with sorted keys, sequences not indented under their key, `{}`/`[]` for empty ones,
// integers and shortest floats, and strings in the style selectStyle picks.
import { formatFloat } from '../value';
import { selectStyle, writeDouble, writeFolded, writeLiteral, type Column } from './scalar';
import { sortYamlKeys } from './sort';

/** the JSON-shaped values the encoder takes (numbers already split into int and float) */
export type YamlNode = null | boolean | string | { int: string } | { float: number } | YamlNode[] | { map: [string, YamlNode][] };

const isSeq = (n: YamlNode): n is YamlNode[] => Array.isArray(n);
const isMapNode = (n: YamlNode): n is { map: [string, YamlNode][] } => typeof n === 'object' && n !== null && !Array.isArray(n) && 'map' in n;

function scalarText(n: YamlNode, pos: Column, indent: number, simpleKey: boolean): string {
  if (n === null) { pos.col += 4; return 'null'; }
  if (typeof n === 'boolean') { const s = String(n); pos.col += s.length; return s; }
  if (typeof n === 'object' && 'int' in n) { pos.col += n.int.length; return n.int; }
  if (typeof n === 'object' && 'float' in n) {
    const f = n.float;
    const s = Number.isNaN(f) ? '.nan' : f === Infinity ? '.inf' : f === -Infinity ? '-.inf' : formatFloat(f);
    pos.col += s.length;
    return s;
  }
  const s = n as string;
  switch (selectStyle(s, simpleKey)) {
    case 'plain': return writeFolded(s, '', pos, indent, !simpleKey);
    case 'single': return writeFolded(s, "'", pos, indent, !simpleKey);
    case 'double': return writeDouble(s, pos, indent, !simpleKey);
    case 'literal': return writeLiteral(s, indent);
  }
}

/** one node written after `prefix` (already on the line); returns the lines including a final newline */
function node(n: YamlNode, indent: number, pos: Column): string {
  if (isSeq(n)) {
    if (n.length === 0) return '[]\n';
    return '\n' + seq(n, indent);
  }
  if (isMapNode(n)) {
    if (n.map.length === 0) return '{}\n';
    return '\n' + map(n, indent + 2);
  }
  return scalarText(n, pos, indent + 2, false) + '\n';
}

function map(n: { map: [string, YamlNode][] }, indent: number): string {
  let out = '';
  const pad = ' '.repeat(indent);
  for (const [k, v] of n.map) out += pad + entry(k, v, indent);
  return out;
}

/** `key: value` starting at column `indent` (the pad already written) */
function entry(k: string, v: YamlNode, indent: number): string {
  const pos: Column = { col: indent };
  // emitterc.go check_simple_key: a multi-line or over-128-character key is written `? key` / `: value`
  if (k.includes('\n') || [...k].length > 128) {
    const key = scalarText(k, { col: indent + 2 }, indent + 2, false);
    const value = isSeq(v) && v.length > 0 ? '\n' + seq(v, indent) : isMapNode(v) && v.map.length > 0 ? '\n' + map(v, indent + 2) : ' ' + node(v, indent, { col: indent + 2 });
    return `? ${key}\n${' '.repeat(indent)}:${value}`;
  }
  const key = scalarText(k, pos, indent, true);
  pos.col += 2;
  if (isSeq(v) && v.length > 0) return `${key}:\n${seq(v, indent)}`;
  if (isMapNode(v) && v.map.length > 0) return `${key}:\n${map(v, indent + 2)}`;
  return `${key}: ${node(v, indent, pos)}`;
}

function seq(items: YamlNode[], indent: number): string {
  let out = '';
  const pad = ' '.repeat(indent);
  for (const it of items) out += pad + '- ' + item(it, indent + 2);
  return out;
}

/** a sequence item's content, after "- " at column `indent` */
function item(v: YamlNode, indent: number): string {
  if (isSeq(v) && v.length > 0) {
    const [first, ...rest] = v;
    return '- ' + item(first, indent + 2) + rest.map((r) => ' '.repeat(indent) + '- ' + item(r, indent + 2)).join('');
  }
  if (isMapNode(v) && v.map.length > 0) {
    const [[k0, v0], ...rest] = v.map;
    return entry(k0, v0, indent) + rest.map(([k, x]) => ' '.repeat(indent) + entry(k, x, indent)).join('');
  }
  const pos: Column = { col: indent };
  return node(v, indent - 2, pos);
}

/** a whole document, as yaml.Marshal returns it (ending in a newline) */
export function emitYaml(n: YamlNode): string {
  if (isMapNode(n)) return n.map.length === 0 ? '{}\n' : map(n, 0);
  if (isSeq(n)) return n.length === 0 ? '[]\n' : seq(n, 0);
  return node(n, 0, { col: 0 });
}

export { sortYamlKeys };
