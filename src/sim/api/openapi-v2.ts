// The OpenAPI v2 (Swagger 2.0) document the api-server publishes at /openapi/v2, built from the same
// generated JSON schema as v3 (./openapi-v3.ts). kubectl reads it for `explain
// --output=plaintext-openapiv2`; the HTTP server also encodes it as protobuf (gnostic), which is the
// form kubectl asks for. Shapes follow the upstream document: objects list their properties, a field
// of object type is a $ref beside its own description, Quantity is a string and IntOrString a string
// of format int-or-string, and each kind carries x-kubernetes-group-version-kind.
import { RESOURCES, apiVersionOf } from './resources';
import type { Json } from './openapi-v3';

const SCALARS: Record<string, Json> = {
  'api.resource.Quantity': { type: 'string' },
  'util.intstr.IntOrString': { type: 'string', format: 'int-or-string' },
};

function convert(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(convert);
  if (!v || typeof v !== 'object') return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v as Json)) {
    if (k === 'title' || k === 'const') continue; // editor-only keys
    if (k === 'additionalProperties' && x === false) continue; // upstream objects do not say so
    if (k === '$ref' && typeof x === 'string') out[k] = x;
    else out[k] = convert(x);
  }
  return out;
}

const built = new WeakMap<object, Json>();

/** The Swagger 2.0 document for every kind in RESOURCES; `schema` is the generated JSON schema. */
export function openApiV2(schema: Json): Json {
  const cached = built.get(schema);
  if (cached) return cached;
  const definitions: Record<string, Json> = {};
  for (const [name, def] of Object.entries((schema.definitions ?? {}) as Record<string, Json>)) {
    const scalar = SCALARS[name];
    definitions[name] = scalar ? { ...(def.description ? { description: def.description } : {}), ...scalar } : (convert(def) as Json);
  }
  for (const b of (schema.allOf ?? []) as Array<{ if: { properties: { apiVersion: { const: string }; kind: { const: string } } }; then: { $ref: string } }>) {
    const name = b.then.$ref.replace('#/definitions/', '');
    const gv = b.if.properties.apiVersion.const;
    const r = RESOURCES.find((x) => apiVersionOf(x) === gv && x.kind === b.if.properties.kind.const);
    if (r && definitions[name]) definitions[name] = { ...definitions[name], 'x-kubernetes-group-version-kind': [{ group: r.group, kind: r.kind, version: r.version }] };
  }
  const doc = { swagger: '2.0', info: { title: 'Kubernetes', version: 'v1.32.6' }, paths: {}, definitions };
  built.set(schema, doc);
  return doc;
}
