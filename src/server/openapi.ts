// OpenAPI v3 for `kubeplay serve`: the generated schema read from disk (or generated in-process on a
// fresh checkout), turned into the documents by ../sim/api/openapi-v3.ts. kubectl's default
// `--validate=strict` reads them: each PATCH path names its kind (x-kubernetes-group-version-kind) and
// offers `fieldValidation`, so kubectl leaves validation to the server as it does against a real one.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiV3, type Json, type OpenApiV3 as Docs } from '../sim/api/openapi-v3';
import { openApiV2 } from '../sim/api/openapi-v2';

/** what serve publishes: the v3 documents and the v2 (Swagger 2.0) one */
export type OpenApiV3 = Docs & { v2: Json };

const GENERATED = fileURLToPath(new URL('../ui/editor/k8s-schema.generated.json', import.meta.url));

let loaded: Promise<Json> | undefined;

/** The editor's generated JSON schema, read once per process. */
export function loadSchema(): Promise<Json> {
  loaded ??= (async () => {
    if (existsSync(GENERATED)) return JSON.parse(readFileSync(GENERATED, 'utf8')) as Json;
    // not generated yet (a fresh checkout without `npm run gen:schema`): run the generator in-process
    const mod = (await import('../../scripts/gen-schema')) as { generateSchema(): Json };
    return mod.generateSchema();
  })();
  return loaded;
}

export async function buildOpenApiV3(): Promise<OpenApiV3> {
  const schema = await loadSchema();
  return { ...openApiV3(schema), v2: openApiV2(schema) };
}
