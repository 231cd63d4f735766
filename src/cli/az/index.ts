// The terminal's `az`: the Azure CLI's `az aks` group over the simulated AKS cluster (src/sim/aks).
// Other groups answer as an az without that extension would.
import type { CliContext, CommandResult } from '../types';
import { parseAzArgs } from './args';
import { aksCommand } from './aks';
import { fail } from './common';
import { nodepoolCommand } from './nodepool';
import { accountRow, subscription } from './account';
import { output } from './format';

export async function runAz(args: string[], ctx: CliContext): Promise<CommandResult> {
  const a = parseAzArgs(args);
  if (a.error) return fail(`${a.error}\n`, 2);
  const [group, sub, sub2] = a.words;
  if (group === undefined) return { stdout: 'Welcome to Azure CLI!\n---------------------\nUse `az -h` to see available commands or go to https://aka.ms/cli.\n', stderr: '', exitCode: 0 };
  if (group === 'version' || a.flags.has('version')) return { stdout: 'azure-cli                         2.77.0\n', stderr: '', exitCode: 0 };
  const q = a.flags.get('query');
  if (group === 'login') return output(a.flags.get('output'), [subscription()], () => [accountRow()], q);
  if (group === 'account' && sub === 'show') return output(a.flags.get('output'), subscription(), () => [accountRow()], q);
  if (group === 'account' && sub === 'list') return output(a.flags.get('output'), [subscription()], () => [accountRow()], q);
  if (group !== 'aks') return fail(`ERROR: '${group}' is misspelled or not recognized by the system.\n`, 2);
  if (sub === 'nodepool') return nodepoolCommand(sub2 ?? '', a, ctx);
  if (sub === undefined) return fail('ERROR: the following arguments are required: _subcommand\n', 2);
  return aksCommand(sub, a, ctx);
}
