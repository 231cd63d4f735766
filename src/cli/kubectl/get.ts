// `kubectl get`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/get/get.go (Run, printing with kinds,
// "No resources found", errors after the output).
import type { KubeObject } from '../../sim/api/types';
import type { ResourceInfo } from '../../sim/api/resources';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { parseCustomColumns, printCustomColumns } from './output/custom-columns';
import { evaluate, executeJsonPath, JsonPathError, parsePath } from './output/jsonpath';
import { printObjects, withTypeMeta, type ObjectFormat } from './output/objects';
import { buildTable } from './printers';
import { kindPrefix, resolveArgs } from './resolve';
import { renderTable } from './table-text';
import { watchGet } from './get-watch';
import { isInterrupted } from '../interrupt';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'show-labels', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'watch-only', type: 'bool' },
  { name: 'output-watch-events', type: 'bool' },
  { name: 'sort-by', type: 'string' },
];

const ALLOWED_FORMATS = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';
const NO_TYPE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

interface Fetched {
  resource: ResourceInfo;
  items: KubeObject[];
  resourceVersion?: string;
}

export async function kubectlGet(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'get');
    throw e;
  }
  const { args, flags } = parsed;
  const rawOutput = (flags.output as string | undefined) ?? '';
  const eq = rawOutput.indexOf('=');
  const output = eq < 0 ? rawOutput : rawOutput.slice(0, eq);
  const template = eq < 0 ? '' : rawOutput.slice(eq + 1);
  if (output !== '' && !ALLOWED_FORMATS.split(',').includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${ALLOWED_FORMATS}`);
  }
  if (!['', 'wide', 'yaml', 'json', 'name', 'jsonpath', 'custom-columns'].includes(output)) return fail(`error: kubeplay's kubectl does not support -o ${output} yet`);
  if (output === 'jsonpath' && template === '') return fail('error: template format specified but no template given');
  if (output === 'custom-columns' && template === '') return fail('error: custom-columns format specified but no custom columns given');
  if (args.length === 0) return fail(NO_TYPE);
  const requests = resolveArgs(args);
  const allNamespaces = flags['all-namespaces'] === true;
  if (allNamespaces && requests.some((r) => r.names.length > 0)) return fail('error: a resource cannot be retrieved by name across all namespaces');
  const namespace = (flags.namespace as string | undefined) ?? ctx.namespace;
  if (flags.watch || flags['watch-only']) {
    if (requests.length !== 1) return fail('error: you may only specify a single resource type');
    if (output === 'jsonpath' || output === 'custom-columns') return fail(`error: kubeplay's kubectl cannot watch with -o ${output} yet`);
    const { resource, names } = requests[0];
    if (names.length > 1) return fail('error: watch is only supported on individual resources and resource collections, but 2 resources were found');
    const fieldSelector = [flags['field-selector'] as string | undefined, names[0] ? `metadata.name=${names[0]}` : undefined].filter(Boolean).join(',') || undefined;
    try {
      return await watchGet(
        {
          resource,
          namespace: resource.namespaced ? (allNamespaces ? undefined : namespace) : undefined,
          labelSelector: flags.selector as string | undefined,
          fieldSelector,
          output,
          watchOnly: flags['watch-only'] === true,
          events: flags['output-watch-events'] === true,
          table: { wide: output === 'wide', withNamespace: allNamespaces && resource.namespaced, showLabels: flags['show-labels'] === true, noHeaders: flags['no-headers'] === true },
        },
        ctx,
      );
    } catch (e) {
      if (isInterrupted(e)) throw e;
      return fail(serverErrorMessage(e));
    }
  }
  const errors: string[] = [];
  const fetched: Fetched[] = [];
  const single = requests.length === 1 && requests[0].names.length === 1;
  for (const { resource, names } of requests) {
    const ns = resource.namespaced ? (allNamespaces ? undefined : namespace) : undefined;
    if (names.length === 0) {
      try {
        const list = await ctx.client.list(resource, ns, { labelSelector: flags.selector as string | undefined, fieldSelector: flags['field-selector'] as string | undefined });
        fetched.push({ resource, items: list.items, resourceVersion: list.metadata?.resourceVersion });
      } catch (e) {
        errors.push(serverErrorMessage(e));
      }
      continue;
    }
    const items: KubeObject[] = [];
    for (const name of names) {
      try {
        items.push(await ctx.client.get(resource, resource.namespaced ? namespace : undefined, name));
      } catch (e) {
        errors.push(serverErrorMessage(e));
      }
    }
    fetched.push({ resource, items });
  }

  const sortBy = flags['sort-by'] as string | undefined;
  if (sortBy) {
    try {
      for (const f of fetched) f.items = sortItems(f.items, sortBy);
    } catch (e) {
      if (e instanceof JsonPathError) return fail(`error: ${e.message}`);
      throw e;
    }
  }
  let stdout = '';
  let stderr = '';
  if (output === 'jsonpath' || output === 'custom-columns') {
    const items = fetched.flatMap((f) => f.items.map((obj) => withTypeMeta(obj, f.resource)));
    const data = single && items.length === 1 ? items[0] : { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
    try {
      if (output === 'jsonpath') stdout = executeJsonPath(template, data);
      else {
        const cols = parseCustomColumns(template);
        if ('error' in cols) return fail(`error: ${cols.error}`);
        if (items.length > 0) stdout = printCustomColumns(cols, items, flags['no-headers'] === true);
      }
    } catch (e) {
      if (e instanceof JsonPathError) return fail(`error: error parsing jsonpath ${template}, ${e.message}`);
      throw e;
    }
  } else if (output === 'yaml' || output === 'json' || output === 'name') {
    const items = fetched.flatMap((f) => f.items.map((obj) => ({ obj, resource: f.resource })));
    if (items.length > 0 || output !== 'name') stdout = printObjects(items, output as ObjectFormat, single);
  } else {
    const withKind = requests.length > 1;
    const now = ctx.now();
    for (const f of fetched) {
      if (f.items.length === 0) continue;
      const table = buildTable(f.resource.resource, f.items, now, f.resourceVersion);
      const text = renderTable(table, {
        wide: output === 'wide',
        withNamespace: allNamespaces && f.resource.namespaced,
        showLabels: flags['show-labels'] === true,
        noHeaders: flags['no-headers'] === true,
        kindPrefix: withKind ? kindPrefix(f.resource) : undefined,
      });
      stdout += stdout === '' ? text : `\n${text}`;
    }
  }
  const anyItems = fetched.some((f) => f.items.length > 0);
  const askedForNames = requests.some((r) => r.names.length > 0);
  if (!anyItems && !askedForNames && errors.length === 0 && ['', 'wide', 'name', 'custom-columns'].includes(output)) {
    const clusterScoped = requests.every((r) => !r.resource.namespaced);
    stderr = allNamespaces || clusterScoped ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`;
  }
  if (errors.length > 0) stderr += `${errors.join('\n')}\n`;
  return { stdout, stderr, exitCode: errors.length > 0 ? 1 : 0 };
}

/** --sort-by=.metadata.creationTimestamp (or {…}): ascending; numbers numerically, the rest as text */
function sortItems(items: KubeObject[], expr: string): KubeObject[] {
  const path = parsePath(expr.replace(/^\{|\}$/g, ''));
  const key = (o: KubeObject) => evaluate(path, [o])[0];
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (typeof ka === 'number' && typeof kb === 'number') return ka - kb;
    const sa = ka === undefined ? '' : String(ka);
    const sb = kb === undefined ? '' : String(kb);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  });
}
