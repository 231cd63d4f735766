// `kubectl explain --output=plaintext-openapiv2`: the older explain over the OpenAPI v2 document.
// The document is first read into kube-openapi's models (Kind, Map, Array, Primitive, Reference,
// Arbitrary), then walked as kubectl's explain package walks them: the field lookup, the model
// printer (KIND/VERSION, RESOURCE or FIELD, DESCRIPTION) and the field printers, with kubectl's own
// line wrapping at 80 columns.
// mirrors k8s.io/kube-openapi/pkg/util/proto (document.go ParseSchema) and
// staging/src/k8s.io/kubectl/pkg/explain/{field_lookup,model_printer,fields_printer,
// recursive_fields_printer,typename,formatter}.go
type Json = { [k: string]: unknown };

type Model =
  | { t: 'kind'; description: string; fields: Record<string, Model>; required: string[] }
  | { t: 'map' | 'array'; description: string; sub: Model }
  | { t: 'primitive'; description: string; type: string }
  | { t: 'ref'; description: string; ref: string; sub: () => Model }
  | { t: 'arbitrary'; description: string };

class Models {
  private readonly parsed = new Map<string, Model>();
  constructor(private readonly defs: Record<string, Json>) {}

  definition(name: string): Model {
    let m = this.parsed.get(name);
    if (!m) {
      m = { t: 'arbitrary', description: '' }; // a placeholder while a recursive definition parses
      this.parsed.set(name, m);
      Object.assign(m, this.parse(this.defs[name] ?? {}));
    }
    return m;
  }

  parse(s: Json): Model {
    const description = typeof s.description === 'string' ? s.description : '';
    if (typeof s.$ref === 'string') {
      const name = s.$ref.replace('#/definitions/', '');
      return { t: 'ref', description, ref: name, sub: () => this.definition(name) };
    }
    const types = s.type === undefined ? [] : ([] as unknown[]).concat(s.type);
    const kind = () => ({
      t: 'kind' as const,
      description,
      fields: Object.fromEntries(Object.entries((s.properties ?? {}) as Record<string, Json>).map(([k, v]) => [k, this.parse(v)])),
      required: (s.required as string[] | undefined) ?? [],
    });
    if (types.length === 0) return s.properties ? kind() : { t: 'arbitrary', description };
    if (types[0] === 'object') {
      if (s.properties) return kind();
      const ap = s.additionalProperties;
      return { t: 'map', description, sub: ap && typeof ap === 'object' ? this.parse(ap as Json) : { t: 'arbitrary', description: '' } };
    }
    if (types[0] === 'array') return { t: 'array', description, sub: this.parse((s.items ?? {}) as Json) };
    return { t: 'primitive', description, type: String(types[0]) };
  }
}

function typeName(m: Model): string {
  switch (m.t) {
    case 'array':
      return `[]${typeName(m.sub)}`;
    case 'map':
      return `map[string]${typeName(m.sub)}`;
    case 'kind':
      return 'Object';
    case 'primitive':
      return m.type;
    case 'ref':
      return typeName(m.sub());
    default:
      return '';
  }
}

const bullet = /^(\d+\.?|-|\*)\s/;
const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** kubectl explain's wrapString: words joined by single spaces, paragraphs, lists and code kept */
export function wrapDescription(text: string, wrap: number): string[] {
  const wrapped: string[] = [];
  let words: string[] = [];
  let lastWord = '';
  const flush = () => {
    if (words.length === 0) return;
    lastWord = '';
    wrapped.push(words.join(' '));
    words = [];
  };
  const add = (w: string) => {
    if (words.length === 0 || byteLength([...words, w].join(' ')) <= wrap) {
      words.push(w);
      return true;
    }
    return false;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('    ')) {
      flush();
      wrapped.push(line);
      continue;
    }
    if (wrapped.length > 0 && line.trim() === '') {
      flush();
      wrapped.push('');
      continue;
    }
    const trimmed = line.trim();
    if (lastWord.endsWith(':') || trimmed === '' || bullet.test(trimmed)) flush();
    for (const w of line.split(/\s+/).filter(Boolean)) {
      lastWord = w;
      if (!add(w)) {
        flush();
        add(w);
      }
    }
  }
  flush();
  return wrapped;
}

class Formatter {
  out = '';
  write(indent: number, text: string): void {
    this.out += text === '' ? '\n' : `${' '.repeat(indent)}${text}\n`;
  }
  wrapped(indent: number, text: string): void {
    for (const line of wrapDescription(text, 80 - indent)) this.write(indent, line);
  }
}

function lookup(m: Model, path: string[]): Model {
  if (m.t === 'primitive' || m.t === 'arbitrary') return m;
  if (path.length === 0) return m;
  if (m.t === 'kind') {
    const f = m.fields[path[0]];
    if (!f) throw new Error(`field "${path[0]}" does not exist`);
    return lookup(f, path.slice(1));
  }
  return lookup(m.t === 'ref' ? m.sub() : m.sub, path);
}

function regularFields(f: Formatter, indent: number, m: Model): void {
  if (m.t === 'kind') {
    for (const key of Object.keys(m.fields).sort()) {
      const v = m.fields[key];
      f.write(indent, `${key}\t<${typeName(v)}>${m.required.includes(key) ? ' -required-' : ''}`);
      f.wrapped(indent + 2, v.description);
      f.write(indent, '');
    }
  } else if (m.t === 'array' || m.t === 'map') regularFields(f, indent, m.sub);
  else if (m.t === 'ref') regularFields(f, indent, m.sub());
}

function recursiveFields(f: Formatter, indent: number, m: Model, visited: Set<string>): void {
  if (m.t === 'kind') {
    for (const key of Object.keys(m.fields).sort()) {
      const v = m.fields[key];
      f.write(indent, `${key}\t<${typeName(v)}>`);
      recursiveFields(f, indent + 3, v, visited);
    }
  } else if (m.t === 'array' || m.t === 'map') recursiveFields(f, indent, m.sub, visited);
  else if (m.t === 'ref' && !visited.has(m.ref)) {
    visited.add(m.ref);
    recursiveFields(f, indent, m.sub(), visited);
    visited.delete(m.ref);
  }
}

export interface V2Target {
  group: string;
  version: string;
  kind: string;
}

/** The v2 explain text, or kubectl's error (nothing is printed before a failed lookup). */
export function renderExplainV2(doc: Json, gvk: V2Target, fieldPath: string[], recursive: boolean): { stdout: string; error?: string } {
  const defs = (doc.definitions ?? {}) as Record<string, Json>;
  const models = new Models(defs);
  const name = Object.keys(defs).find((k) => ((defs[k]['x-kubernetes-group-version-kind'] as V2Target[] | undefined) ?? []).some((g) => g.group === gvk.group && g.version === gvk.version && g.kind === gvk.kind));
  if (name === undefined) return { stdout: '', error: `error: couldn't find resource for "${gvk.group}/${gvk.version}, Kind=${gvk.kind}"` };
  let target: Model;
  try {
    target = lookup(models.definition(name), fieldPath);
  } catch (e) {
    return { stdout: '', error: `error: ${(e as Error).message}` };
  }
  const f = new Formatter();
  const descriptions: string[] = [];
  let type = '';
  const fieldName = fieldPath.at(-1) ?? '';
  const header = () => {
    f.write(0, `KIND:     ${gvk.kind}`);
    f.write(0, `VERSION:  ${gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version}\n`);
  };
  const describe = (m: Model) => {
    f.write(0, 'DESCRIPTION:');
    let empty = true;
    [...descriptions, m.description].forEach((d, i) => {
      if (d === '') return;
      empty = false;
      if (i !== 0) f.write(0, '');
      f.wrapped(5, d);
    });
    if (empty) f.wrapped(5, '<empty>');
  };
  // the model printer: collect descriptions (and the type) down to a kind, primitive or anything
  let m: Model = target;
  for (;;) {
    if (m.t === 'array' || m.t === 'map') {
      descriptions.push(m.description);
      type ||= typeName(m);
      m = m.sub;
    } else if (m.t === 'ref') {
      descriptions.push(m.description);
      m = m.sub();
    } else break;
  }
  header();
  if (m.t === 'kind') {
    type ||= 'Object';
    if (fieldName) f.write(0, `RESOURCE: ${fieldName} <${type}>\n`);
    describe(m);
    f.write(0, '\nFIELDS:');
    if (recursive) recursiveFields(f, 3, m, new Set());
    else regularFields(f, 3, m);
  } else if (m.t === 'primitive') {
    type ||= m.type;
    f.write(0, `FIELD:    ${fieldName} <${type}>\n`);
    describe(m);
  } else describe(m);
  return { stdout: f.out };
}
