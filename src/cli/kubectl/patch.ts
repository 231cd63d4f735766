// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json] [--patch-file F]
// [--subresource status|scale] [--dry-run=client|server] [-o …]`: `deployment.apps/web patched`, or
// `patched (no change)` when the object came back as it was.
// mirrors kubectl/pkg/cmd/patch/patch.go
import type { PatchType } from '../../sim/api/client';
import { applyPatch } from '../../sim/control-plane/apiserver/patch';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { CREATE_OUTPUT_FLAGS, checkDryRun, printResult } from './create-output';
import { kindPrefix, resolveArgs } from './resolve';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  ...CREATE_OUTPUT_FLAGS,
  { name: 'patch', short: 'p', type: 'string' },
  { name: 'patch-file', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'subresource', type: 'string' },
];

const TYPES: Record<string, PatchType> = { json: 'json', merge: 'merge', strategic: 'strategic' };

export async function kubectlPatch(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'patch');
    throw e;
  }
  const { args, flags } = parsed;
  const dryRunError = checkDryRun(flags['dry-run'] as string | undefined);
  if (dryRunError) return fail(dryRunError);
  if (flags.subresource !== undefined) return fail("error: kubeplay's kubectl cannot patch a subresource yet (the API server can: PATCH …/status)");
  const typeName = (flags.type as string | undefined) ?? 'strategic';
  const type = TYPES[typeName];
  if (!type) return fail(`error: --type must be one of [json merge strategic], not "${typeName}"`);
  let text = flags.patch as string | undefined;
  const file = flags['patch-file'] as string | undefined;
  if (text !== undefined && file !== undefined) return fail('error: --patch and --patch-file are mutually exclusive');
  if (file !== undefined) {
    text = ctx.workspace.read(file);
    if (text === undefined) return fail(`error: unable to read patch file: open ${file}: no such file or directory`);
  }
  if (!text) return fail('error: must specify --patch or --patch-file containing the contents of the patch');
  if (args.length === 0) return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
  const requests = resolveArgs(args);
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  const dryRun = flags['dry-run'] as string | undefined;
  const output = flags.output as string | undefined;
  let stdout = '';
  const errors: string[] = [];
  for (const { resource, names } of requests) {
    if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
    for (const name of names) {
      const ref = `${kindPrefix(resource)}/${name}`;
      try {
        const before = await ctx.client.get(resource, resource.namespaced ? ns : undefined, name);
        let after: KubeObject;
        if (dryRun === 'client') {
          // the patch applied here, nothing sent: as kubectl's local patch
          try {
            after = applyPatch(structuredClone(before), type, JSON.parse(text)) as KubeObject;
          } catch {
            errors.push(type === 'strategic' ? 'error: invalid JSON document' : 'error: Invalid JSON Patch');
            continue;
          }
        } else {
          after = await ctx.client.patch(resource, resource.namespaced ? ns : undefined, name, type, text, dryRun === 'server' ? { dryRun: 'All' } : {});
        }
        const printed = printResult(after, resource, output, 'patched');
        if (printed) {
          if (printed.exitCode !== 0) return printed;
          stdout += printed.stdout;
          continue;
        }
        const unchanged = dryRun !== 'client' && after.metadata.resourceVersion === before.metadata.resourceVersion;
        stdout += `${ref} patched${unchanged ? ' (no change)' : ''}${dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''}\n`;
      } catch (e) {
        errors.push(serverErrorMessage(e));
      }
    }
  }
  return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
}
