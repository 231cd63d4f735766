// The OpenAPI v3 documents the api-server publishes (/openapi/v3/<api/v1|apis/group/version>), built
// from the kubernetes-types-derived JSON schema (scripts/gen-schema.ts). The HTTP server serves them
// to the real kubectl (validation, explain); the in-browser `kubectl explain` reads the same ones.
// mirrors the shape of staging/src/k8s.io/kube-openapi/pkg/spec3 as the api-server publishes it
import { RESOURCES, apiVersionOf } from './resources';

export type Json = { [k: string]: unknown };

export interface OpenApiV3 {
  /** /openapi/v3: each group-version's document path */
  index: Json;
  /** key: "api/v1", "apis/apps/v1" */
  docs: Map<string, Json>;
  /** every definition, refs as #/components/schemas/… (for field validation) */
  schemas: Record<string, Json>;
  /** "apps/v1/Deployment" → definition name */
  kindSchema: Map<string, string>;
}

/** "v1" → "api/v1", "apps/v1" → "apis/apps/v1": the document's key */
export function openApiPath(groupVersion: string): string {
  return groupVersion.includes('/') ? `apis/${groupVersion}` : `api/${groupVersion}`;
}

/**
 * #/definitions/x → #/components/schemas/x everywhere. With `published`, a reference that carries
 * its own description becomes `allOf: [{$ref}]` beside it, as upstream publishes fields of object
 * type, so that explain shows the field's description as well as the type's.
 */
function rewriteRefs(v: unknown, published: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => rewriteRefs(x, published));
  if (!v || typeof v !== 'object') return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '$ref' && typeof x === 'string') out[k] = x.replace('#/definitions/', '#/components/schemas/');
    else if (k !== 'const') out[k] = rewriteRefs(x, published);
  }
  if (published && typeof out.$ref === 'string' && Object.keys(out).length > 1) {
    const { $ref, ...rest } = out;
    return { ...rest, allOf: [{ $ref }] };
  }
  return out;
}

const built = new WeakMap<object, OpenApiV3>();

/** The documents for every group-version in RESOURCES; `schema` is the generated JSON schema. */
export function openApiV3(schema: Json): OpenApiV3 {
  const cached = built.get(schema);
  if (cached) return cached;
  const definitions = rewriteRefs(schema.definitions ?? {}, false) as Record<string, Json>;
  const publishedDefs = rewriteRefs(schema.definitions ?? {}, true) as Record<string, Json>;
  // the kind → definition name, from the generator's apiVersion/kind dispatch
  const kindDef = new Map<string, string>();
  for (const b of (schema.allOf ?? []) as Array<{ if: { properties: { apiVersion: { const: string }; kind: { const: string } } }; then: { $ref: string } }>) {
    kindDef.set(`${b.if.properties.apiVersion.const}/${b.if.properties.kind.const}`, b.then.$ref.replace('#/definitions/', ''));
  }
  const docs = new Map<string, Json>();
  for (const gv of new Set(RESOURCES.map((r) => apiVersionOf(r)))) {
    const schemas: Record<string, Json> = { ...publishedDefs };
    const paths: Record<string, Json> = {};
    for (const r of RESOURCES.filter((x) => apiVersionOf(x) === gv)) {
      const def = kindDef.get(`${gv}/${r.kind}`);
      const gvk = { group: r.group, version: r.version, kind: r.kind };
      if (def && schemas[def]) schemas[def] = { ...schemas[def], 'x-kubernetes-group-version-kind': [gvk] };
      const item = `/${openApiPath(gv)}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.resource}/{name}`;
      paths[item] = {
        patch: {
          operationId: `patch${r.kind}`,
          'x-kubernetes-group-version-kind': gvk,
          'x-kubernetes-action': 'patch',
          parameters: [
            { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
            { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } },
            { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
            { name: 'force', in: 'query', schema: { type: 'boolean', uniqueItems: true } },
          ],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: def ? { $ref: `#/components/schemas/${def}` } : {} } } } },
        },
      };
    }
    docs.set(openApiPath(gv), { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.6' }, paths, components: { schemas } });
  }
  const index = { paths: Object.fromEntries([...docs.keys()].map((k) => [k, { serverRelativeURL: `/openapi/v3/${k}?hash=kubeplay` }])) };
  const result = { index, docs, schemas: definitions, kindSchema: kindDef };
  built.set(schema, result);
  return result;
}
