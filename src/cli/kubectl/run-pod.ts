// `kubectl run NAME --image=IMAGE [-- ARGS…]`: mirrors kubectl/pkg/cmd/run/run.go (a bare Pod,
// label run=NAME, restartPolicy from --restart).
import { R } from '../../sim/api/resources';
import type { CliContext, CommandResult } from '../types';
import { checkDryRun, createAndPrint, CREATE_OUTPUT_FLAGS } from './create-output';
import { fail, flagFail, requiredFlagsFail } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { podFor } from './generate';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  ...CREATE_OUTPUT_FLAGS,
  { name: 'image', type: 'string' },
  { name: 'port', type: 'int' },
  { name: 'labels', short: 'l', type: 'string' },
  { name: 'env', type: 'stringArray' },
  { name: 'restart', type: 'string' },
  { name: 'command', type: 'bool' },
  { name: 'rm', type: 'bool' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
];

function parseLabels(s: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of s.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return `error: invalid label spec: ${part}`;
    out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

export async function kubectlRun(argv: string[], ctx: CliContext): Promise<CommandResult> {
  const dash = argv.indexOf('--');
  const rest = dash < 0 ? [] : argv.slice(dash + 1);
  let parsed;
  try {
    parsed = parseFlags(dash < 0 ? argv : argv.slice(0, dash), FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'run');
    throw e;
  }
  const { args, flags } = parsed;
  if (flags.image === undefined) return requiredFlagsFail(['image'], ctx.now());
  const name = args[0];
  if (!name) return fail("error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
  if (flags.stdin || flags.tty || flags.rm) return fail("error: kubeplay's kubectl cannot attach to a pod yet (-i, -t, --rm)");
  const dryErr = checkDryRun(flags['dry-run'] as string | undefined);
  if (dryErr) return fail(dryErr);
  const extra = [...args.slice(1), ...rest];
  let labels: Record<string, string> | undefined;
  if (flags.labels !== undefined) {
    const l = parseLabels(flags.labels as string);
    if (typeof l === 'string') return fail(l);
    labels = l;
  }
  const env = ((flags.env as string[] | undefined) ?? []).map((e) => {
    const eq = e.indexOf('=');
    return { name: eq < 0 ? e : e.slice(0, eq), value: eq < 0 ? '' : e.slice(eq + 1) };
  });
  const restart = (flags.restart as string | undefined) ?? 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) return fail(`error: invalid restart policy: ${restart}`);
  if (flags.command && extra.length === 0) return fail('error: --command requires arguments to be passed');
  const pod = podFor(name, {
    image: flags.image as string,
    labels,
    port: flags.port as number | undefined,
    env,
    restart,
    command: flags.command ? extra : undefined,
    args: !flags.command && extra.length > 0 ? extra : undefined,
  });
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  return createAndPrint(pod, R.pods, ctx, ns, flags['dry-run'] as string | undefined, flags.output as string | undefined);
}
