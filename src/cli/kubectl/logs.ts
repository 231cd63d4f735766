// `kubectl logs`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go (argument checks, the
// default container and its "Defaulted container" notice).
import { R } from '../../sim/api/resources';
import type { Pod } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'container', short: 'c', type: 'string' },
  { name: 'tail', type: 'int' },
  { name: 'previous', short: 'p', type: 'bool' },
  { name: 'follow', short: 'f', type: 'bool' },
  { name: 'timestamps', type: 'bool' },
  { name: 'all-containers', type: 'bool' },
];

const USAGE = `error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.
POD or TYPE/NAME is a required argument for the logs command
See 'kubectl logs -h' for help and examples`;

export async function kubectlLogs(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'logs');
    throw e;
  }
  const { args, flags } = parsed;
  if (args.length === 0 || args.length > 2) return fail(USAGE);
  let name = args[0];
  let container = flags.container as string | undefined;
  if (args.length === 2) container = args[1];
  if (name.includes('/')) {
    const [type, n] = name.split('/');
    if (!['pod', 'pods', 'po'].includes(type.toLowerCase())) return fail(`error: kubeplay's kubectl reads logs from pods only (pod/NAME)`);
    name = n;
  }
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  let stderr = '';
  try {
    const pod = (await ctx.client.get(R.pods, ns, name)) as unknown as Pod;
    const containers = pod.spec?.containers ?? [];
    if (!container && containers.length > 1) {
      const annotated = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
      container = annotated && containers.some((c) => c.name === annotated) ? annotated : containers[0].name;
      if (!annotated) stderr = `Defaulted container "${container}" out of: ${containers.map((c) => c.name).join(', ')}\n`;
    }
    const text = await ctx.client.logs(ns, name, { container, previous: flags.previous === true, tailLines: (flags.tail as number | undefined) !== undefined && (flags.tail as number) >= 0 ? (flags.tail as number) : undefined });
    return { stdout: text, stderr, exitCode: 0 };
  } catch (e) {
    return fail(stderr + serverErrorMessage(e));
  }
}
