// fieldValidation=Strict|Warn: unknown fields in a request body, found against the OpenAPI v3 schemas.
// mirrors the strict decoding of staging/src/k8s.io/apimachinery/pkg/runtime/serializer/json (strict errors)
type Json = { [k: string]: unknown };

export type Schemas = Record<string, Json>;

function resolve(schema: Json | undefined, schemas: Schemas): Json | undefined {
  let s = schema;
  for (let i = 0; s && typeof s.$ref === 'string' && i < 10; i++) s = schemas[s.$ref.replace('#/components/schemas/', '')];
  return s;
}

/** Paths of fields the schema does not know, as upstream names them: spec.containers[0].imagez */
export function unknownFields(value: unknown, schema: Json | undefined, schemas: Schemas, path = ''): string[] {
  const s = resolve(schema, schemas);
  if (!s || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) {
    const items = s.items as Json | undefined;
    return items ? value.flatMap((v, i) => unknownFields(v, items, schemas, `${path}[${i}]`)) : [];
  }
  const props = s.properties as Record<string, Json> | undefined;
  const extra = s.additionalProperties;
  const out: string[] = [];
  for (const [k, v] of Object.entries(value as Json)) {
    if (k.startsWith('$')) continue; // strategic-merge directives ($patch, $setElementOrder/…, $retainKeys)
    const p = path ? `${path}.${k}` : k;
    if (props && k in props) out.push(...unknownFields(v, props[k], schemas, p));
    else if (extra && typeof extra === 'object') out.push(...unknownFields(v, extra as Json, schemas, p));
    else if (props && extra === false) out.push(p);
  }
  return out;
}
