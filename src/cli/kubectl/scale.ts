// `kubectl scale TYPE NAME --replicas=N`: mirrors kubectl/pkg/cmd/scale (the scale subresource;
// `deployment.apps/web scaled`).
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, requiredFlagsFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { kindPrefix, resolveArgs } from './resolve';

const FLAGS: FlagSpec[] = [...GLOBAL_FLAGS, { name: 'replicas', type: 'int' }, { name: 'current-replicas', type: 'int' }];

export async function kubectlScale(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'scale');
    throw e;
  }
  const { args, flags } = parsed;
  const replicas = flags.replicas as number | undefined;
  if (replicas === undefined) return requiredFlagsFail(['replicas'], ctx.now());
  if (replicas < 0) return fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  if (args.length === 0) return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
  const requests = resolveArgs(args);
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  let stdout = '';
  const errors: string[] = [];
  for (const { resource, names } of requests) {
    if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
    if (!resource.subresources.includes('scale')) {
      errors.push(`error: no scaler has been implemented for {"${resource.group}" "${resource.kind}"}`);
      continue;
    }
    for (const name of names) {
      try {
        const current = flags['current-replicas'] as number | undefined;
        if (current !== undefined) {
          const s = await ctx.client.getScale(resource, ns, name);
          if (s.spec.replicas !== current) {
            errors.push(`error: Expected replicas to be ${current}, was ${s.spec.replicas ?? 0}`);
            continue;
          }
        }
        await ctx.client.updateScale(resource, ns, name, replicas);
        stdout += `${kindPrefix(resource)}/${name} scaled\n`;
      } catch (e) {
        errors.push(serverErrorMessage(e));
      }
    }
  }
  return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
}
