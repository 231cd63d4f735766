// Helm's toYaml/fromYaml (pkg/engine/funcs.go) over sigs.k8s.io/yaml: Marshal goes through JSON
// (json.Marshal, then go-yaml v2 reads that JSON back, so integral floats come out as ints) and
// Unmarshal goes YAML 1.1 → JSON → interface{} (so every number becomes a float64).
import { parseAllDocuments, parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { GoStruct, Int64, isMap, type GoMap, type GoValue } from '../value';
import { emitYaml, type YamlNode } from './emit';
import { sortYamlKeys } from './sort';

const INT64_MAX = 9223372036854775807n;
const UINT64_MAX = 18446744073709551615n;

/** the node go-yaml v2 builds when it reads json.Marshal's output for `v` */
export function toYamlNode(v: GoValue): YamlNode {
  if (v === null || v === undefined || typeof v === 'function') return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return { int: v.toString() };
  if (v instanceof Int64) return { int: v.v.toString() };
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) {
      // json.Marshal writes the shortest digits padded with zeros (as JS does below 1e21); go-yaml
      // reads that back as an int64, or a uint64 above that
      const text = String(v === 0 ? 0 : v);
      const b = BigInt(text);
      if (b <= UINT64_MAX && b >= -INT64_MAX - 1n) return { int: text };
    }
    return { float: v };
  }
  if (Array.isArray(v)) return v.map(toYamlNode);
  const fields: GoMap = v instanceof GoStruct ? structFields(v) : v;
  return { map: sortYamlKeys(Object.keys(fields)).map((k) => [k, toYamlNode(fields[k])] as [string, YamlNode]) };
}

/** a struct marshals with its JSON names: the Go field name with a lower-case first letter */
export function structFields(s: GoStruct): GoMap {
  const out: GoMap = {};
  for (const [k, x] of Object.entries(s.fields)) {
    if (typeof x === 'function' || x === undefined) continue;
    if (x === '' || x === null || (Array.isArray(x) && x.length === 0)) continue; // omitempty, as chart.Metadata's tags say
    out[k === 'APIVersion' ? 'apiVersion' : k[0].toLowerCase() + k.slice(1)] = x;
  }
  return out;
}

/** sigs.k8s.io/yaml.Marshal */
export const marshalYaml = (v: GoValue): string => emitYaml(toYamlNode(v));

/** Helm's toYaml: the document without its final newline ("" if it cannot be marshalled) */
export const toYaml = (v: GoValue): string => marshalYaml(v).replace(/\n$/, '');

/** a parsed YAML/JSON value as Go's json.Unmarshal into interface{} gives it: numbers float64 */
export function fromJsonShaped(x: unknown): GoValue {
  if (x === null || x === undefined) return null;
  if (typeof x === 'number') return x;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'string' || typeof x === 'boolean') return x;
  if (x instanceof Date) return x.toISOString().replace('.000Z', 'Z');
  if (Array.isArray(x)) return x.map(fromJsonShaped);
  if (x instanceof Map) {
    const out: GoMap = {};
    for (const [k, val] of x) out[String(k)] = fromJsonShaped(val);
    return out;
  }
  if (typeof x === 'object') {
    const out: GoMap = {};
    for (const [k, val] of Object.entries(x as Record<string, unknown>)) out[k] = fromJsonShaped(val);
    return out;
  }
  return null;
}

type Tags = Parameters<Extract<NonNullable<SchemaOptions['customTags']>, (t: never) => unknown>>[0];
/** YAML 1.1 as go-yaml v2 reads it: timestamps and base-60 numbers stay strings, and an exponent
 * float needs digits before its `e` (the yaml package's 1.1 regex reads `e1` as NaN) */
const goYamlTags = (tags: Tags): Tags => {
  const out = tags.filter((t) => {
    const tag = t as { tag?: string; format?: string };
    return tag.format !== 'TIME' && tag.tag !== 'tag:yaml.org,2002:timestamp';
  });
  return out.map((t) => {
    const tag = t as { tag?: string; format?: string };
    if (tag.tag === 'tag:yaml.org,2002:float' && tag.format === 'EXP') {
      return { ...(t as object), test: /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)[eE][-+]?[0-9]+$/ } as typeof t;
    }
    return t;
  });
};
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { version: '1.1', uniqueKeys: false, customTags: goYamlTags };

/** sigs.k8s.io/yaml.Unmarshal into interface{}; throws the parser's message on bad YAML */
export function unmarshalYaml(text: string): GoValue {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length) throw new Error(`error converting YAML to JSON: yaml: ${doc.errors[0].message.split('\n')[0]}`);
  return fromJsonShaped(doc.toJS({ maxAliasCount: -1 }));
}

/** Helm's fromYaml: a map, or {Error: message} */
export function fromYaml(text: string): GoMap {
  try {
    const v = unmarshalYaml(text);
    if (v === null) return {};
    if (!isMap(v)) return { Error: 'error unmarshaling JSON: json: cannot unmarshal ' + (Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'number') + ' into Go value of type map[string]interface {}' };
    return v;
  } catch (e) {
    return { Error: (e as Error).message };
  }
}

/** Helm's fromYamlArray: a list, or [message] */
export function fromYamlArray(text: string): GoValue[] {
  try {
    const v = unmarshalYaml(text);
    if (v === null) return [];
    if (!Array.isArray(v)) return ['error unmarshaling JSON: json: cannot unmarshal object into Go value of type []interface {}'];
    return v;
  } catch (e) {
    return [(e as Error).message];
  }
}

/** all documents of a multi-document stream (for renderers that split manifests) */
export const parseYamlDocuments = (text: string): GoValue[] =>
  parseAllDocuments(text, YAML_OPTIONS).flatMap((d) => ('toJS' in d ? [fromJsonShaped(d.toJS())] : []));
