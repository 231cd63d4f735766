// `kubectl explain TYPE[.field…] [--recursive] [--api-version=G/V] [-o plaintext]`: the schema's
// documentation from the api-server's OpenAPI v3 documents (../../../sim/api/openapi-v3.ts), which
// `kubeplay serve` also publishes — so this prints what the real kubectl prints against it.
// mirrors kubectl/pkg/cmd/explain/explain.go and kubectl/pkg/explain/explain.go
// (SplitAndParseResourceRequestWithMatchingPrefix)
import { RESOURCES, resourceForName, type ResourceInfo } from '../../../sim/api/resources';
import { openApiPath, openApiV3 } from '../../../sim/api/openapi-v3';
import type { CliContext, CommandResult } from '../../types';
import { fail, flagFail, ok } from '../errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from '../flags';
import { renderExplain, type ExplainTarget } from './render';
import { renderExplainV2 } from './render-v2';
import { openApiV2 } from '../../../sim/api/openapi-v2';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'recursive', type: 'bool' },
  { name: 'api-version', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
];

const NO_TYPE = 'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.';

/** every served resource `typed` can name: plural, singular or short name, any case */
function resourcesFor(typed: string): ResourceInfo[] {
  const r = resourceForName(typed.split('.')[0]);
  return r ? RESOURCES.filter((x) => x === r) : [];
}

/** `deployments.apps.spec.replicas` → deployments in apps, [spec, replicas]; `deploy.spec` → [spec] */
function splitWithMatchingPrefix(input: string, r: ResourceInfo): string[] {
  const text = input.replace(/\.$/, '');
  const groupResource = r.group ? `${r.resource}.${r.group}` : r.resource;
  if (text.startsWith(groupResource)) {
    const rest = text.slice(groupResource.length);
    return rest ? rest.slice(1).split('.') : [];
  }
  return text.split('.').slice(1);
}

/** schema.ParseGroupVersion */
function parseGroupVersion(s: string): { group: string; version: string } {
  if (s === '' || s === '/') return { group: '', version: '' };
  const parts = s.split('/');
  if (parts.length === 1) return { group: '', version: s };
  if (parts.length === 2) return { group: parts[0], version: parts[1] };
  throw new UsageError(`unexpected GroupVersion string: ${s}`);
}

export async function kubectlExplain(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'explain');
    throw e;
  }
  const { args, flags } = parsed;
  if (args.length === 0) return fail(NO_TYPE);
  if (args.length > 1) return fail('error: We accept only this format: explain RESOURCE');
  const output = (flags.output as string | undefined) ?? 'plaintext';
  if (output !== 'plaintext' && output !== 'plaintext-openapiv2') return fail(`error: unrecognized format: ${output}`);
  // kubectl parses the argument as a JSONPath-like template first: a comma is not allowed there
  const comma = args[0].indexOf(',');
  if (comma >= 0) return fail("error: unrecognized character in action: U+002C ','");
  const [r] = resourcesFor(args[0]);
  if (!r) return fail(`the server doesn't have a resource type "${args[0].split('.')[0]}"`);
  const target: ExplainTarget = { group: r.group, version: r.version, resource: r.resource };
  let fields: string[];
  const apiVersion = flags['api-version'] as string | undefined;
  if (apiVersion) {
    // with --api-version kubectl splits at the first dot and takes the group/version given
    fields = args[0].replace(/\.$/, '').split('.').slice(1);
    try {
      Object.assign(target, parseGroupVersion(apiVersion));
    } catch (e) {
      if (e instanceof UsageError) return fail(`error: ${e.message}`);
      throw e;
    }
  } else fields = splitWithMatchingPrefix(args[0], r);
  if (!ctx.openApiSchema) return fail('error: the OpenAPI schema is not available here');
  const schema = await ctx.openApiSchema();
  if (output === 'plaintext-openapiv2') {
    const v2 = renderExplainV2(openApiV2(schema), { group: target.group, version: target.version, kind: r.kind }, fields, flags.recursive === true);
    return v2.error ? fail(v2.error, v2.stdout) : ok(v2.stdout);
  }
  const docs = openApiV3(schema).docs;
  const doc = docs.get(openApiPath(target.group ? `${target.group}/${target.version}` : target.version));
  if (!doc) return fail(`error: couldn't find resource for "${target.group}/${target.version}, Resource=${target.resource}"`);
  const out = renderExplain(doc, target, fields, flags.recursive === true);
  return out.error ? fail(out.error, out.stdout) : ok(out.stdout);
}
