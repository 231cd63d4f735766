// `kubectl cordon|uncordon NODE`: mirrors kubectl/pkg/cmd/drain (spec.unschedulable; `node/x cordoned`,
// `node/x already cordoned`).
import { R } from '../../sim/api/resources';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError } from './flags';

export function kubectlCordon(cordon: boolean) {
  const verb = cordon ? 'cordoned' : 'uncordoned';
  return async (argv: string[], ctx: CliContext): Promise<CommandResult> => {
    let parsed;
    try {
      parsed = parseFlags(argv, GLOBAL_FLAGS);
    } catch (e) {
      if (e instanceof UsageError) return flagFail(e.message, cordon ? 'cordon' : 'uncordon');
      throw e;
    }
    const names = parsed.args.map((a) => (a.startsWith('node/') || a.startsWith('nodes/') ? a.slice(a.indexOf('/') + 1) : a));
    if (names.length === 0) return fail(`error: USAGE: ${cordon ? 'cordon' : 'uncordon'} NODE [flags]\nSee 'kubectl ${cordon ? 'cordon' : 'uncordon'} -h' for help and examples`);
    let stdout = '';
    const errors: string[] = [];
    for (const name of names) {
      try {
        const node = await ctx.client.get(R.nodes, undefined, name);
        if (((node.spec as { unschedulable?: boolean } | undefined)?.unschedulable === true) === cordon) {
          stdout += `node/${name} already ${verb}\n`;
          continue;
        }
        await ctx.client.patch(R.nodes, undefined, name, 'strategic', { spec: { unschedulable: cordon ? true : null } });
        stdout += `node/${name} ${verb}\n`;
      } catch (e) {
        errors.push(serverErrorMessage(e));
      }
    }
    return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
  };
}
