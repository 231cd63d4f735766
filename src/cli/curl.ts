// The terminal's `curl`: as if run from a pod in the current namespace (a jump pod inside the
// cluster network), so Service names resolve with that namespace's search path.
// The flags and output are src/sim/network/curl.ts, shared with curl inside `kubectl exec`.
import { curl } from '../sim/network/curl';
import type { CliContext, CommandResult } from './types';

export async function runCurl(args: string[], ctx: CliContext): Promise<CommandResult> {
  const network = ctx.network;
  return curl(args, (req) => {
    if (network) return network.request({ ...req, fromNamespace: ctx.namespace, from: 'terminal' });
    const host = req.url.replace(/^[a-z]+:\/\//i, '').split(/[/:]/)[0];
    return { ok: false, code: 6, message: `Could not resolve host: ${host}` };
  });
}
