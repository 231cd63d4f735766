// `kubectl set image TYPE/NAME CONTAINER=IMAGE…`: mirrors kubectl/pkg/cmd/set/set_image.go
// (`deployment.apps/web image updated`; `*=IMAGE` sets every container).
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError } from './flags';
import { kindPrefix, resolveArgs } from './resolve';

type PodSpecLike = { containers?: Array<{ name: string; image?: string }>; initContainers?: Array<{ name: string; image?: string }> };

function podSpecOf(obj: KubeObject): PodSpecLike | undefined {
  const spec = obj.spec as { template?: { spec?: PodSpecLike } } & PodSpecLike;
  return obj.kind === 'Pod' ? spec : spec?.template?.spec;
}

export async function kubectlSet(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, GLOBAL_FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'set image');
    throw e;
  }
  const [sub, ...rest] = parsed.args;
  if (sub !== 'image') return fail(`error: kubeplay's kubectl supports "set image" only`);
  const pairs = rest.filter((a) => a.includes('='));
  const targets = rest.filter((a) => !a.includes('='));
  if (pairs.length === 0) return fail('error: at least one image update is required');
  const requests = resolveArgs(targets);
  const ns = (parsed.flags.namespace as string | undefined) ?? ctx.namespace;
  let stdout = '';
  const errors: string[] = [];
  for (const { resource, names } of requests) {
    for (const name of names) {
      try {
        const obj = { ...(await ctx.client.get(resource, ns, name)), kind: resource.kind };
        const spec = podSpecOf(obj);
        if (!spec) {
          errors.push(`error: ${kindPrefix(resource)}/${name} has no pod template`);
          continue;
        }
        const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
        for (const p of pairs) {
          const [container, image] = [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)];
          const hit = all.filter((c) => container === '*' || c.name === container);
          if (hit.length === 0) errors.push(`error: unable to find container named "${container}"`);
          for (const c of hit) c.image = image;
        }
        await ctx.client.update(resource, ns, obj);
        stdout += `${kindPrefix(resource)}/${name} image updated\n`;
      } catch (e) {
        errors.push(serverErrorMessage(e));
      }
    }
  }
  return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
}
