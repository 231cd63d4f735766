// `kubectl explain` from an OpenAPI v3 document: the same walk as kubectl's plaintext template
// (staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl), written out in TypeScript —
// field path traversal through $ref/allOf/items/maps, type names (`<[]Container>`, `<map[string]string>`,
// `<Object>`), `-required-`, enums, descriptions wrapped at 76/78 columns, and `--recursive`.
import { indent, wordWrap } from './wordwrap';

type Json = { [k: string]: unknown };

export interface ExplainTarget {
  group: string;
  version: string;
  resource: string;
}

export interface ExplainOutput {
  stdout: string;
  /** the template's error (kubectl prints it after whatever was already written) */
  error?: string;
}

/** Go templates' truth: empty maps, lists and strings are false */
function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === '' || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

/** a map-typed schema's value schema (`additionalProperties: false` is no map) */
function mapValue(s: Json): Json | undefined {
  const ap = s.additionalProperties;
  return typeof ap === 'boolean' ? undefined : truthy(ap) ? obj(ap) : undefined;
}

class Walker {
  constructor(
    private readonly doc: Json,
    private readonly recursive: boolean,
  ) {}

  /** `#/components/schemas/X` → that schema; anything else (or an empty one) → undefined */
  resolve(ref: unknown): Json | undefined {
    if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
    let cur: Json | undefined = this.doc;
    for (const k of ref.slice(1).split('/')) if (k) cur = obj(cur?.[k]);
    return cur && truthy(cur) ? cur : undefined;
  }

  typeGuess(s: Json): string {
    const items = obj(s.items);
    if (items && truthy(items)) return `[]${this.typeGuess(items)}`;
    const map = mapValue(s);
    if (map) return `map[string]${this.typeGuess(map)}`;
    const allOf = Array.isArray(s.allOf) ? (s.allOf as Json[]) : [];
    if (allOf.length === 1 && !truthy(s.properties)) return this.typeGuess(allOf[0]);
    if (truthy(s.$ref)) {
      const ref = s.$ref as string;
      const target = this.resolve(ref);
      if (!target || !truthy(target.type) || target.type === 'object') return ref.split('/').at(-1)?.split('.').at(-1) || 'Object';
      return String(target.type);
    }
    if (s.type === 'object') return 'Object';
    return truthy(s.type) ? String(s.type) : 'Object';
  }

  enumText(s: Json, long: boolean, limit: number, indentAmount = 0): string {
    const values = Array.isArray(s.enum) ? s.enum : [];
    if (values.length === 0) return '';
    let out = long ? 'ENUM:' : `\n${' '.repeat(indentAmount)}enum: `;
    for (const [i, v] of values.entries()) {
      if (limit > -1 && i >= limit) {
        out += ', ....';
        break;
      }
      if (i > 0 && !long) out += ', ';
      else if (long) out += '\n    ';
      out += v === '' ? '""' : String(v);
    }
    return out;
  }

  description(s: Json): string {
    const r = this.resolve(s.$ref) ?? s;
    let out = truthy(r.description) ? `${String(r.description)}\n` : '';
    for (const sub of (r.allOf as Json[] | undefined) ?? []) out += this.description(sub);
    const items = obj(r.items);
    if (items && truthy(items)) out += this.description(items);
    const map = mapValue(r);
    if (map) out += this.description(map);
    return out;
  }

  fieldDetail(name: string, parent: Json, level: number): string {
    const at = level * 2;
    const field = (parent.properties as Record<string, Json>)[name];
    const required = Array.isArray(parent.required) && parent.required.includes(name);
    let out = `${indent(at, name)}\t<${this.typeGuess(field)}>${required ? ' -required-' : ''}${this.enumText(field, false, 4, at)}\n`;
    if (this.recursive) return out;
    out += `${indent(at + 2, wordWrap(truthy(field.description) ? String(field.description) : '<no description>', 78 - at))}\n`;
    return `${out}\n`;
  }

  fieldList(s: Json, level: number, history: Set<string>): string {
    const ref = typeof s.$ref === 'string' ? s.$ref : '';
    if (ref && history.has(ref)) return ''; // a cycle
    const next = new Set(history).add(ref);
    const r = this.resolve(ref) ?? s;
    let out = '';
    const props = obj(r.properties) ?? {};
    // Go ranges over a map in sorted key order
    for (const k of Object.keys(props).sort()) {
      out += this.fieldDetail(k, r, level);
      if (this.recursive) out += this.fieldList(obj(props[k]) ?? {}, level + 1, next);
    }
    for (const sub of (r.allOf as Json[] | undefined) ?? []) out += this.fieldList(sub, level, next);
    const items = obj(r.items);
    if (items && truthy(items)) out += this.fieldList(items, level, next);
    const map = mapValue(r);
    if (map) out += this.fieldList(map, level, next);
    return out;
  }

  output(s: Json, path: string[], history: Set<string>): string {
    const ref = typeof s.$ref === 'string' ? s.$ref : '';
    const next = new Set(history).add(ref);
    const r = this.resolve(ref) ?? s;
    if (path.length === 0) {
      let out = `DESCRIPTION:\n${indent(4, wordWrap(this.description(r) || '<empty>', 76))}\n`;
      const fields = this.fieldList(r, 1, new Set());
      if (fields) out += `FIELDS:\n${fields}`;
      return out;
    }
    if (ref && history.has(ref)) return '';
    const props = obj(r.properties);
    const sub = props && obj(props[path[0]]);
    if (sub && truthy(props[path[0]])) {
      const head = path.length === 1 ? `FIELD: ${path[0]} <${this.typeGuess(sub)}>\n${this.enumText(sub, true, -1)}\n\n` : '';
      return head + this.output(sub, path.slice(1), new Set());
    }
    const items = obj(r.items);
    if (items && truthy(items)) return this.output(items, path, next);
    const map = mapValue(r);
    if (map) return this.output(map, path, next);
    for (const alt of (r.allOf as Json[] | undefined) ?? []) {
      const out = this.output(alt, path, next);
      if (out) return out;
    }
    return '';
  }
}

function gvrString(t: ExplainTarget): string {
  return `${t.group}/${t.version}, Resource=${t.resource}`;
}

/** The explain text for `target` and the field path after it, from its group-version's document. */
export function renderExplain(doc: Json, target: ExplainTarget, fieldPath: string[], recursive: boolean): ExplainOutput {
  const w = new Walker(doc, recursive);
  const paths = obj(doc.paths) ?? {};
  const prefix = target.group ? `/apis/${target.group}` : '/api';
  const base = `${prefix}/${target.version}`;
  const candidates = [`${base}/${target.resource}`, `${base}/${target.resource}/{name}`, `${base}/namespaces/{namespace}/${target.resource}`, `${base}/namespaces/{namespace}/${target.resource}/{name}`];
  let gvk: Json | undefined;
  search: for (const p of candidates) {
    const item = obj(paths[p]);
    if (!item) continue;
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const found = obj(obj(item[method])?.['x-kubernetes-group-version-kind']);
      if (found && truthy(found)) {
        gvk = found;
        break search;
      }
    }
  }
  if (!gvk) return { stdout: '', error: `error: GVR (${gvrString(target)}) not found in OpenAPI schema` };
  const stdout = `${gvk.group ? `GROUP:      ${String(gvk.group)}\n` : ''}KIND:       ${String(gvk.kind)}\nVERSION:    ${String(gvk.version)}\n\n`;
  const schemas = obj(obj(doc.components)?.schemas) ?? {};
  // the first schema (by name, as Go ranges a map) that carries this group-version-kind
  const name = Object.keys(schemas)
    .sort()
    .find((k) => ((schemas[k] as Json)['x-kubernetes-group-version-kind'] as Json[] | undefined)?.some((g) => g.group === gvk.group && g.version === gvk.version && g.kind === gvk.kind));
  if (name === undefined) return { stdout, error: `error: GVK map[group:${String(gvk.group)} kind:${String(gvk.kind)} version:${String(gvk.version)}] not found in OpenAPI schema` };
  const body = w.output(schemas[name] as Json, fieldPath, new Set());
  if (!body) return { stdout, error: `error: field "${fieldPath.at(-1) ?? ''}" does not exist` };
  return { stdout: `${stdout}${body}\n` };
}
