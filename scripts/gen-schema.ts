// Generates the editor's JSON Schema from the `kubernetes-types` package (the upstream OpenAPI
// rendered as TypeScript): one definition per interface reached from the kinds the simulator
// serves (src/sim/api/resources.ts), with the JSDoc comments as `description` for hover docs.
// A document is dispatched on apiVersion + kind with if/then. Run by `npm run gen:schema`; the
// output (src/ui/editor/k8s-schema.generated.json) is gitignored and nothing is fetched at run time.
import ts from 'typescript';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RESOURCES, apiVersionOf } from '../src/sim/api/resources';

export type JsonSchema = { [k: string]: unknown };

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/ui/editor/k8s-schema.generated.json');

function typesRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('kubernetes-types/package.json'));
}

/** `apps` → apps/v1.d.ts, `coordination.k8s.io` → coordination/v1.d.ts, core → core/v1.d.ts */
function fileFor(root: string, group: string, version: string): string {
  return join(root, group === '' ? 'core' : group.split('.')[0], `${version}.d.ts`);
}

/**
 * The two apimachinery scalars that are aliases in kubernetes-types (`Quantity = string`,
 * `IntOrString = number | string`) get their own definitions, as the upstream OpenAPI has them, so
 * `kubectl explain` names them (`<IntOrString>`, `<map[string]Quantity>`) and documents them.
 * Both accept a string or a number (YAML writes `cpu: 1`), so neither has a `type` of its own.
 */
const SCALARS: Record<string, { file?: string; doc?: string; def: string; anyOf: JsonSchema[] }> = {
  Quantity: { file: 'api/resource.d.ts', def: 'api.resource.Quantity', anyOf: [{ type: 'string' }, { type: 'number' }] },
  // kubernetes-types inlines IntOrString as `number | string`, without its comment: this is upstream's
  IntOrString: {
    def: 'util.intstr.IntOrString',
    doc: 'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.',
    anyOf: [{ type: 'string' }, { type: 'integer' }],
  },
};

class Converter {
  readonly definitions: Record<string, JsonSchema> = {};
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly root: string,
    private readonly program: ts.Program,
  ) {}

  private scalar(name: string): JsonSchema {
    const s = SCALARS[name];
    if (!this.definitions[s.def]) {
      const source = s.file ? this.program.getSourceFile(join(this.root, s.file)) : undefined;
      const sym = source && this.checker.getSymbolAtLocation(source)?.exports?.get(ts.escapeLeadingUnderscores(name));
      const doc = sym ? ts.displayPartsToString(sym.getDocumentationComment(this.checker)).trim() : (s.doc ?? '');
      this.definitions[s.def] = { ...(doc ? { description: doc } : {}), anyOf: s.anyOf };
    }
    return { $ref: `#/definitions/${s.def}` };
  }

  /** core.v1.Pod, meta.v1.ObjectMeta: the module path plus the interface name */
  private defName(sym: ts.Symbol): string {
    const file = sym.declarations?.[0]?.getSourceFile().fileName ?? '';
    const mod = relative(this.root, file).replace(/\.d\.ts$/, '').split(/[\\/]/).join('.');
    return `${mod}.${sym.getName()}`;
  }

  ref(sym: ts.Symbol): JsonSchema {
    const name = this.defName(sym);
    if (!this.definitions[name]) {
      this.definitions[name] = {}; // placeholder: breaks cycles (JSONSchemaProps, …)
      this.definitions[name] = this.objectSchema(this.checker.getDeclaredTypeOfSymbol(sym), sym);
    }
    return { $ref: `#/definitions/${name}` };
  }

  private objectSchema(type: ts.Type, sym: ts.Symbol): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const prop of type.getProperties()) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      if (!decl) continue;
      const propType = this.checker.getTypeOfSymbolAtLocation(prop, decl);
      const typeText = ts.isPropertySignature(decl) ? (decl.type?.getText() ?? '') : '';
      const schema = { ...this.convert(propType, typeText) };
      const doc = ts.displayPartsToString(prop.getDocumentationComment(this.checker)).trim();
      if (doc) schema.description = doc;
      properties[prop.getName()] = schema;
      if (!(prop.flags & ts.SymbolFlags.Optional)) required.push(prop.getName());
    }
    // the title is what hover shows above a field's description (yaml-language-server's closest title)
    const out: JsonSchema = { title: sym.getName(), type: 'object', properties, additionalProperties: false };
    const doc = ts.displayPartsToString(sym.getDocumentationComment(this.checker)).trim();
    if (doc) out.description = doc;
    if (required.length) out.required = required;
    return out;
  }

  convert(type: ts.Type, typeText = ''): JsonSchema {
    const c = this.checker;
    const scalar = /^(Quantity|IntOrString)\b/.exec(typeText)?.[1];
    if (scalar) return this.scalar(scalar);
    if (type.isUnion()) {
      const parts = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (parts.length && parts.every((t) => t.isStringLiteral())) return { type: 'string', enum: parts.map((t) => (t as ts.StringLiteralType).value) };
      if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
      if (parts.length === 1) return this.convert(parts[0], typeText);
      // number | string: IntOrString (ports, maxSurge)
      if (parts.length === 2 && parts.some((t) => t.flags & ts.TypeFlags.Number) && parts.some((t) => t.flags & ts.TypeFlags.String)) return this.scalar('IntOrString');
      return { anyOf: parts.map((t) => this.convert(t)) };
    }
    if (type.isStringLiteral()) return { type: 'string', const: type.value };
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    // every number in the built-in API is an int32 or int64 (API conventions rule out floats)
    if (type.flags & ts.TypeFlags.Number) return { type: 'integer' };
    if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (c.isArrayType(type)) {
      const [item] = c.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: this.convert(item, typeText.replace(/\[\]$/, '')) };
    }
    const index = c.getIndexInfoOfType(type, ts.IndexKind.String);
    if (index && type.getProperties().length === 0) {
      const valueText = /:\s*([\w.]+)\s*;?\s*}\s*$/.exec(typeText)?.[1] ?? '';
      return { type: 'object', additionalProperties: this.convert(index.type, valueText) };
    }
    const sym = type.getSymbol() ?? type.aliasSymbol;
    if (sym && sym.flags & ts.SymbolFlags.Interface) return this.ref(sym);
    if (type.flags & ts.TypeFlags.Object) return { type: 'object' };
    return {};
  }
}

/** The schema for every kind in RESOURCES, keyed by apiVersion + kind. */
export function generateSchema(): JsonSchema {
  const root = typesRoot();
  const kinds = RESOURCES.map((r) => ({ apiVersion: apiVersionOf(r), kind: r.kind, file: fileFor(root, r.group, r.version) }));
  const files = [...new Set(kinds.map((k) => k.file)), ...Object.values(SCALARS).flatMap((s) => (s.file ? [join(root, s.file)] : []))];
  const program = ts.createProgram(files, { noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const conv = new Converter(checker, root, program);
  const branches: JsonSchema[] = [];
  for (const k of kinds) {
    const source = program.getSourceFile(k.file);
    const sym = source && checker.getSymbolAtLocation(source)?.exports?.get(ts.escapeLeadingUnderscores(k.kind));
    if (!sym) throw new Error(`kubernetes-types has no ${k.kind} in ${k.file}`);
    branches.push({
      if: { properties: { apiVersion: { const: k.apiVersion }, kind: { const: k.kind } }, required: ['apiVersion', 'kind'] },
      then: conv.ref(sym),
    });
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    description: `A Kubernetes object of a kind Kubeplay serves: ${kinds.map((k) => k.kind).join(', ')}.`,
    type: 'object',
    properties: {
      apiVersion: { type: 'string', enum: [...new Set(kinds.map((k) => k.apiVersion))], description: 'The API group and version of the object, e.g. v1 or apps/v1.' },
      kind: { type: 'string', enum: kinds.map((k) => k.kind), description: 'The kind of object, e.g. Pod or Deployment.' },
    },
    required: ['apiVersion', 'kind'],
    allOf: branches,
    definitions: conv.definitions,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const schema = generateSchema();
  writeFileSync(OUT, `${JSON.stringify(schema)}\n`);
  console.log(`wrote ${relative(process.cwd(), OUT)}: ${Object.keys(schema.definitions as object).length} definitions`);
}
