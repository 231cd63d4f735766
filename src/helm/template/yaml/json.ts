// Go's encoding/json for toJson/toPrettyJson/toRawJson/fromJson: sorted keys, HTML-safe escapes
// (<, >, & as \u003c…) unless raw, and floats formatted as json's floatEncoder does.
import { GoStruct, Int64, isMap, type GoMap, type GoValue } from '../value';
import { fromJsonShaped, structFields } from './toyaml';

function jsonFloat(f: number): string {
  if (!Number.isFinite(f)) throw new Error(`json: unsupported value: ${f}`);
  if (Object.is(f, -0)) return '-0';
  const abs = Math.abs(f);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return f.toExponential().replace(/e([+-])(\d)$/, 'e$1$2').replace('e+', 'e+');
  }
  return String(f).includes('e') ? f.toFixed(20).replace(/\.?0+$/, '') : String(f);
}

function jsonString(s: string, html: boolean): string {
  let out = '"';
  for (const c of s) {
    const x = c.codePointAt(0)!;
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (x < 0x20 || (html && (c === '<' || c === '>' || c === '&')) || x === 0x2028 || x === 0x2029) {
      out += '\\u' + x.toString(16).padStart(4, '0');
    } else out += c;
  }
  return out + '"';
}

/** json.Marshal (indent "" = compact; "  " = MarshalIndent("", "  ")) */
export function marshalJson(v: GoValue, html = true, indent = '', depth = 0): string {
  if (v === null || v === undefined || typeof v === 'function') return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Int64) return v.v.toString();
  if (typeof v === 'number') return jsonFloat(v);
  if (typeof v === 'string') return jsonString(v, html);
  const nl = indent ? '\n' + indent.repeat(depth + 1) : '';
  const end = indent ? '\n' + indent.repeat(depth) : '';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + v.map((x) => nl + marshalJson(x, html, indent, depth + 1)).join(',') + end + ']';
  }
  const m: GoMap = v instanceof GoStruct ? structFields(v) : v;
  const keys = Object.keys(m).sort();
  if (keys.length === 0) return '{}';
  const sep = indent ? ': ' : ':';
  return '{' + keys.map((k) => nl + jsonString(k, html) + sep + marshalJson(m[k], html, indent, depth + 1)).join(',') + end + '}';
}

/** Helm's fromJson: a map, or {Error: message} */
export function fromJson(text: string): GoMap {
  try {
    const v = fromJsonShaped(JSON.parse(text));
    return isMap(v) ? v : { Error: 'json: cannot unmarshal into Go value of type map[string]interface {}' };
  } catch (e) {
    return { Error: (e as Error).message };
  }
}

/** Helm's fromJsonArray */
export function fromJsonArray(text: string): GoValue[] {
  try {
    const v = fromJsonShaped(JSON.parse(text));
    return Array.isArray(v) ? v : ['json: cannot unmarshal object into Go value of type []interface {}'];
  } catch (e) {
    return [(e as Error).message];
  }
}
