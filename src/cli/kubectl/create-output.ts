// What the imperative commands print for the object they made: `pod/x created`, the dry-run
// variants, or the object itself with -o yaml|json|name. mirrors the PrintFlags of kubectl create/run.
import type { ResourceInfo } from '../../sim/api/resources';
import { isStatusError } from '../../sim/api/status';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, serverErrorMessage } from './errors';
import { toKubectlJson } from './output/json';
import { executeJsonPath } from './output/jsonpath';
import { toKubectlYaml } from './output/yaml';
import { kindPrefix } from './resolve';

export const CREATE_OUTPUT_FLAGS = [
  { name: 'dry-run', type: 'string' as const, noOptDefault: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' as const },
];

export function checkDryRun(value: string | undefined): string | undefined {
  if (value === undefined || value === 'none' || value === 'client' || value === 'server') return undefined;
  if (value === 'unchanged') return 'error: --dry-run flag without a value was specified. A value must be set: "none", "server", or "client".';
  return `error: Invalid dry-run value (${value}). Must be "none", "server", or "client".`;
}

/** `-o yaml|json|name|jsonpath=…` for one object, or undefined without -o (the caller's message then) */
export function printResult(obj: KubeObject, r: ResourceInfo, output: string | undefined, message: string): CommandResult | undefined {
  return print(obj, r, output, message, false);
}

function print(obj: KubeObject, r: ResourceInfo, output: string | undefined, message: string, typed: boolean): CommandResult | undefined {
  if (output === undefined || output === '') return undefined;
  if (output === 'yaml') return { stdout: toKubectlYaml(obj), stderr: '', exitCode: 0 };
  if (output === 'json') return { stdout: toKubectlJson(obj, { sortKeys: !typed }), stderr: '', exitCode: 0 };
  if (output === 'name') return { stdout: `${kindPrefix(r)}/${obj.metadata.name}\n`, stderr: '', exitCode: 0 };
  if (output.startsWith('jsonpath=')) {
    try {
      return { stdout: executeJsonPath(output.slice('jsonpath='.length), obj), stderr: '', exitCode: 0 };
    } catch (e) {
      return fail(`error: error parsing jsonpath ${output.slice('jsonpath='.length)}, ${(e as Error).message}`);
    }
  }
  return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml (${message})`);
}

/** Creates `obj` (or not, with --dry-run=client) and prints what kubectl prints. */
/**
 * `wrap`: the create subcommands report server errors as `error: failed to create configmap: <message>`
 * (each with its own words; `create namespace` and `run` do not wrap).
 */
export async function createAndPrint(obj: KubeObject, r: ResourceInfo, ctx: CliContext, ns: string | undefined, dryRun: string | undefined, output: string | undefined, verb = 'created', wrap?: string): Promise<CommandResult> {
  const name = obj.metadata.name;
  if (dryRun === 'client') {
    return print(obj, r, output, verb, true) ?? { stdout: `${kindPrefix(r)}/${name} ${verb} (dry run)\n`, stderr: '', exitCode: 0 };
  }
  try {
    const created = await ctx.client.create(r, ns, obj, dryRun === 'server' ? { dryRun: 'All' } : undefined);
    return print(created, r, output, verb, false) ?? { stdout: `${kindPrefix(r)}/${name} ${verb}${dryRun === 'server' ? ' (server dry run)' : ''}\n`, stderr: '', exitCode: 0 };
  } catch (e) {
    if (wrap && isStatusError(e)) return fail(`error: ${wrap}${e.status.message}`);
    return fail(serverErrorMessage(e));
  }
}
