// `kubectl set image|env|resources`: the `set` command table, and `set image TYPE/NAME
// CONTAINER=IMAGE…` (`*=IMAGE` sets every container). mirrors kubectl/pkg/cmd/set/set.go, set_image.go
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { kubectlSetEnv } from './set-env';
import { kubectlSetResources } from './set-resources';
import { setOnTemplates } from './set-template';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'container', short: 'c', type: 'string' },
  { name: 'list', type: 'bool' },
  { name: 'from', type: 'string' },
  { name: 'prefix', type: 'string' },
  { name: 'overwrite', type: 'bool' },
  { name: 'limits', type: 'string' },
  { name: 'requests', type: 'string' },
];
const OWN: Record<string, string[]> = { image: [], env: ['container', 'list', 'from', 'prefix', 'overwrite'], resources: ['container', 'limits', 'requests'] };

export async function kubectlSet(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'set');
    throw e;
  }
  const [sub, ...rest] = parsed.args;
  const own = sub ? OWN[sub] : undefined;
  if (!own) return fail(sub ? `error: unknown command "${sub}"\nSee 'kubectl set -h' for help and examples` : "error: kubeplay's kubectl supports set image, set env and set resources");
  const stray = Object.keys(parsed.flags).find((f) => !GLOBAL_FLAGS.some((g) => g.name === f) && !own.includes(f));
  if (stray) return flagFail(`unknown flag: --${stray}`, `set ${sub}`);
  if (sub === 'env') return kubectlSetEnv(rest, parsed.flags, ctx);
  if (sub === 'resources') return kubectlSetResources(rest, parsed.flags, ctx);
  const pairs = rest.filter((a) => a.includes('='));
  const targets = rest.filter((a) => !a.includes('='));
  if (pairs.length === 0) return fail('error: at least one image update is required');
  const ns = (parsed.flags.namespace as string | undefined) ?? ctx.namespace;
  return setOnTemplates(targets, ctx, ns, 'image updated', (spec) => {
    const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
    const errors: string[] = [];
    for (const p of pairs) {
      const [container, image] = [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)];
      const hit = all.filter((c) => container === '*' || c.name === container);
      if (hit.length === 0) errors.push(`error: unable to find container named "${container}"`);
      for (const c of hit) c.image = image;
    }
    return { errors };
  });
}
