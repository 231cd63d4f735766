// OpenAPI v3 documents (/openapi/v3 and /openapi/v3/<api|apis/group>/<version>) built from the same
// kubernetes-types-derived JSON schema the editor uses (scripts/gen-schema.ts). kubectl's default
// `--validate=strict` reads them: each PATCH path names its kind (x-kubernetes-group-version-kind) and
// offers `fieldValidation`, so kubectl leaves validation to the server as it does against a real one.
// mirrors the shape of staging/src/k8s.io/kube-openapi/pkg/spec3 as the api-server publishes it
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESOURCES, apiVersionOf } from '../sim/api/resources';

type Json = { [k: string]: unknown };

const GENERATED = fileURLToPath(new URL('../ui/editor/k8s-schema.generated.json', import.meta.url));

async function loadSchema(): Promise<Json> {
  if (existsSync(GENERATED)) return JSON.parse(readFileSync(GENERATED, 'utf8')) as Json;
  // not generated yet (a fresh checkout without `npm run gen:schema`): run the generator in-process
  const mod = (await import('../../scripts/gen-schema')) as { generateSchema(): Json };
  return mod.generateSchema();
}

/** #/definitions/x → #/components/schemas/x, everywhere in a schema */
function rewriteRefs(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(rewriteRefs);
  if (v && typeof v === 'object') {
    const out: Json = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string') out[k] = x.replace('#/definitions/', '#/components/schemas/');
      else if (k !== 'const') out[k] = rewriteRefs(x);
    }
    return out;
  }
  return v;
}

export interface OpenApiV3 {
  index: Json;
  /** key: "api/v1", "apis/apps/v1" */
  docs: Map<string, Json>;
  /** every definition, refs as #/components/schemas/… (for field validation) */
  schemas: Record<string, Json>;
  /** "apps/v1/Deployment" → definition name */
  kindSchema: Map<string, string>;
}

function gvPath(gv: string): string {
  return gv.includes('/') ? `apis/${gv}` : `api/${gv}`;
}

export async function buildOpenApiV3(): Promise<OpenApiV3> {
  const schema = await loadSchema();
  const definitions = rewriteRefs(schema.definitions ?? {}) as Record<string, Json>;
  // the kind → definition name, from the generator's apiVersion/kind dispatch
  const kindDef = new Map<string, string>();
  for (const b of (schema.allOf ?? []) as Array<{ if: { properties: { apiVersion: { const: string }; kind: { const: string } } }; then: { $ref: string } }>) {
    kindDef.set(`${b.if.properties.apiVersion.const}/${b.if.properties.kind.const}`, b.then.$ref.replace('#/definitions/', ''));
  }
  const docs = new Map<string, Json>();
  const gvs = [...new Set(RESOURCES.map((r) => apiVersionOf(r)))];
  for (const gv of gvs) {
    const schemas: Record<string, Json> = { ...definitions };
    const paths: Record<string, Json> = {};
    for (const r of RESOURCES.filter((x) => apiVersionOf(x) === gv)) {
      const def = kindDef.get(`${gv}/${r.kind}`);
      const gvk = { group: r.group, version: r.version, kind: r.kind };
      if (def && schemas[def]) schemas[def] = { ...schemas[def], 'x-kubernetes-group-version-kind': [gvk] };
      const item = `/${gvPath(gv)}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.resource}/{name}`;
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
    docs.set(gvPath(gv), { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.6' }, paths, components: { schemas } });
  }
  const index = { paths: Object.fromEntries([...docs.keys()].map((k) => [k, { serverRelativeURL: `/openapi/v3/${k}?hash=kubeplay` }])) };
  return { index, docs, schemas: definitions, kindSchema: kindDef };
}
