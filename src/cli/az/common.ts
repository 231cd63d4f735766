// What the az aks commands share: finding the cluster (-g/-n checked as ARM does), ARM-style errors,
// and waiting out a long-running operation on the simulated clock (az polls until it ends).
import type { AksCluster } from '../../sim/aks/model';
import type { CliContext, CommandResult } from '../types';
import type { AzArgs } from './args';
import { requireFlags } from './args';

export const fail = (stderr: string, exitCode = 1): CommandResult => ({ stdout: '', stderr, exitCode });

/** an ARM error as az prints it: "(Code) Message", then Code and Message lines */
export function armError(text: string): CommandResult {
  const m = /^\((\w+)\) ([\s\S]*)$/.exec(text);
  if (!m) return fail(`ERROR: ${text}\n`);
  return fail(`ERROR: ${text}\nCode: ${m[1]}\nMessage: ${m[2]}\n`);
}

/** the cluster named by -g and -n (or --cluster-name), or the error az prints */
export function findCluster(a: AzArgs, ctx: CliContext, nameFlag: 'name' | 'cluster-name'): AksCluster | CommandResult {
  const missing = requireFlags(a, [['resource-group', 'g'], nameFlag === 'name' ? ['name', 'n'] : ['cluster-name']]);
  if (missing) return fail(missing, 2);
  const aks = ctx.aks;
  if (!aks) return fail('ERROR: No subscription found. Run \'az account set\' to select a subscription.\n');
  const rg = a.flags.get('resource-group')!;
  const name = a.flags.get(nameFlag)!;
  if (rg.toLowerCase() !== aks.cluster.resourceGroup.toLowerCase()) return armError(`(ResourceGroupNotFound) Resource group '${rg}' could not be found.`);
  if (name.toLowerCase() !== aks.cluster.name.toLowerCase()) return armError(`(ResourceNotFound) The Resource 'Microsoft.ContainerService/managedClusters/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`);
  return aks;
}

export const isResult = (x: unknown): x is CommandResult => typeof x === 'object' && x !== null && 'exitCode' in x;

/** az waits for the operation (polling); --no-wait returns at once. Fails as az does when it failed. */
export async function waitDone(aks: AksCluster, ctx: CliContext, a: AzArgs): Promise<CommandResult | undefined> {
  if (a.flags.has('no-wait') || !ctx.sleep) return undefined;
  for (let waited = 0; aks.busy() && waited < 6 * 3600_000; waited += 15_000) await ctx.sleep(15_000);
  const err = aks.snapshot().upgrade?.error;
  if (aks.cluster.provisioningState === 'Failed' && err) return armError(err);
  return undefined;
}

/** az's confirmation prompt: without a tty (and without --yes) it cannot ask */
export function confirm(a: AzArgs, ctx: CliContext, question: string): CommandResult | undefined {
  if (a.flags.has('yes')) return undefined;
  if (ctx.stdin !== undefined) {
    if (/^y/i.test(ctx.stdin.trim())) return undefined;
    return { stdout: `${question} (y/N): `, stderr: '', exitCode: 0 };
  }
  return fail('ERROR: Unable to prompt for confirmation as no tty available. Use --yes.\n');
}
