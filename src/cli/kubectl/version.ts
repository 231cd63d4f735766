// `kubectl version`: the client is kubectl 1.32 (the version the playground's output follows); the
// server version is read from the nodes' kubelets, as the KubeClient has no /version call.
import { R } from '../../sim/api/resources';
import type { Node } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, ok } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError } from './flags';

export const CLIENT_VERSION = 'v1.32.4';
const KUSTOMIZE_VERSION = 'v5.5.0';

export async function kubectlVersion(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, [...GLOBAL_FLAGS, { name: 'client', type: 'bool' }, { name: 'output', short: 'o', type: 'string' }]);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'version');
    throw e;
  }
  if (parsed.flags.output !== undefined) return fail("error: kubeplay's kubectl prints the version as text only");
  let out = `Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
  if (parsed.flags.client) return ok(out);
  const nodes = (await ctx.client.list(R.nodes, undefined).catch(() => undefined))?.items as Node[] | undefined;
  const server = nodes?.[0]?.status?.nodeInfo?.kubeletVersion;
  if (server) out += `Server Version: ${server}\n`;
  return ok(out);
}
