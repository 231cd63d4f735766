// `kubectl exec [-c C] [-i] [-t] POD|TYPE/NAME -- COMMAND [args…]`: runs the command in the
// container through the pods/exec subresource and prints what it wrote; a non-zero exit is
// `command terminated with exit code N`, and kubectl exits with N.
// mirrors kubectl/pkg/cmd/exec/exec.go (Complete, Validate, Run) and the default-container notice
import { R } from '../../sim/api/resources';
import type { Pod } from '../../sim/api/types';
import { isStatusError } from '../../sim/api/status';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { defaultContainer, podOfArg } from './logs';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'container', short: 'c', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'pod-running-timeout', type: 'string' },
];

export async function kubectlExec(argv: string[], ctx: CliContext): Promise<CommandResult> {
  const dash = argv.indexOf('--');
  let parsed;
  try {
    parsed = parseFlags(dash < 0 ? argv : argv.slice(0, dash), FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'exec');
    throw e;
  }
  const { args, flags } = parsed;
  const command = dash < 0 ? [] : argv.slice(dash + 1);
  if (args.length === 0) return fail('error: pod, type/name or --filename must be specified');
  if (dash < 0 && args.length > 1) return fail("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples");
  if (command.length === 0) return fail('error: you must specify at least one command for the container');
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  let stderr = '';
  const target = await podOfArg(args[0], ns, ctx);
  if ('error' in target) return fail(stderr + target.error);
  const name = target.pod;
  try {
    const pod = (await ctx.client.get(R.pods, ns, name)) as unknown as Pod;
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') return fail(`${stderr}error: cannot exec into a container in a completed pod; current phase is ${phase}`);
    let container = flags.container as string | undefined;
    if (!container) {
      const d = defaultContainer(pod);
      container = d.container;
      if (!flags.quiet) stderr += d.notice;
    }
    // after the default-container notice, as kubectl's Run sets up the terminal
    if (flags.tty) stderr += 'Unable to use a TTY - input is not a terminal or the right kind of file\n';
    // an interactive shell would wait for typed input; the terminal runs one command at a time
    if (flags.stdin && command.length === 1 && /^(\/bin\/|\/usr\/bin\/)?(sh|bash|ash)$/.test(command[0])) {
      stderr += `Kubeplay: interactive shells are not simulated yet; run single commands instead: kubectl exec ${args[0]} -- ls /\n`;
    }
    const r = await ctx.client.exec(ns, name, { container, command });
    stderr += r.stderr;
    if (r.exitCode !== 0) return { stdout: r.stdout, stderr: `${stderr}command terminated with exit code ${r.exitCode}\n`, exitCode: r.exitCode };
    return { stdout: r.stdout, stderr, exitCode: 0 };
  } catch (e) {
    // the runtime's failure arrives on the exec stream, not as an API response: kubectl prints `error: `
    if (isStatusError(e) && e.status.reason === 'InternalError') return fail(`${stderr}error: ${e.status.message}`);
    return fail(stderr + serverErrorMessage(e));
  }
}
