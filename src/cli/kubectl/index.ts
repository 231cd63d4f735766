// kubectl's command table: the first word that is not a global flag picks the command.
import type { CliContext, CommandResult } from '../types';
import { kubectlApiResources } from './api-resources';
import { kubectlApply } from './apply-command';
import { kubectlApiVersions, kubectlClusterInfo } from './cluster-info';
import { kubectlExplain } from './explain/explain';
import { kubectlPatch } from './patch';
import { kubectlConfig } from './config';
import { kubectlCordon } from './cordon';
import { kubectlCreate } from './create';
import { kubectlDelete } from './delete';
import { kubectlDrain } from './drain';
import { kubectlDescribe } from './describe/index';
import { kubectlEdit } from './edit';
import { kubectlExec } from './exec';
import { kubectlExpose } from './expose';
import { fail, ok } from './errors';
import { kubectlGet } from './get';
import { kubectlLabelLike } from './label';
import { kubectlLogs } from './logs';
import { kubectlRollout } from './rollout';
import { ResolveError } from './resolve';
import { kubectlRun } from './run-pod';
import { kubectlScale } from './scale';
import { kubectlSet } from './set-image';
import { KUBECTL_COMMANDS, unknownCommand } from './suggest';
import { kubectlVersion } from './version';
import { kubectlTop } from './top';
import { kubectlAutoscale } from './autoscale';

type Command = (argv: string[], ctx: CliContext) => Promise<CommandResult>;

export const COMMANDS: Record<string, Command> = {
  get: kubectlGet,
  describe: kubectlDescribe,
  delete: kubectlDelete,
  logs: kubectlLogs,
  exec: kubectlExec,
  edit: kubectlEdit,
  apply: kubectlApply,
  config: kubectlConfig,
  create: kubectlCreate,
  run: kubectlRun,
  scale: kubectlScale,
  autoscale: kubectlAutoscale,
  expose: kubectlExpose,
  version: kubectlVersion,
  rollout: kubectlRollout,
  label: kubectlLabelLike('label'),
  annotate: kubectlLabelLike('annotate'),
  set: kubectlSet,
  cordon: kubectlCordon(true),
  uncordon: kubectlCordon(false),
  drain: kubectlDrain,
  'api-resources': kubectlApiResources,
  'api-versions': kubectlApiVersions,
  top: kubectlTop,
  'cluster-info': kubectlClusterInfo,
  explain: kubectlExplain,
  patch: kubectlPatch,
};

/** global flags that take a value, so `kubectl -n kube-system get pods` finds `get` */
const VALUE_FLAGS = new Set(['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server']);

const USAGE = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Commands in Kubeplay:
  get           Display one or many resources
  describe      Show details of a specific resource or group of resources
  apply         Apply a configuration to a resource by file name or stdin
  delete        Delete resources by file names, stdin, resources and names, or by resources and label selector
  logs          Print the logs for a container in a pod
  exec          Execute a command in a container
  create        Create a resource from a file or from stdin (-f, deployment, namespace, configmap, secret, service, job, cronjob, quota)
  run           Run a particular image on the cluster
  expose        Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  scale         Set a new size for a deployment, replica set, replication controller, or stateful set
  autoscale     Auto-scale a deployment, replica set, stateful set, or replication controller
  rollout       Manage the rollout of a resource (status, history, undo, restart, pause, resume)
  edit          Edit a resource on the server
  patch         Update fields of a resource
  label         Update the labels on a resource
  annotate      Update the annotations on a resource
  set image     Update the image of a pod template
  cordon        Mark node as unschedulable
  uncordon      Mark node as schedulable
  drain         Drain node in preparation for maintenance
  api-resources Print the supported API resources on the server
  explain       Get documentation for a resource
  top           Display resource (CPU/memory) usage
  api-versions  Print the supported API versions on the server, in the form of "group/version"
  cluster-info  Display cluster information
  version       Print the client and server version information
  config        Modify kubeconfig files (view, current-context, get-contexts, set-context --current --namespace)

Usage:
  kubectl [flags] [options]
`;

export async function runKubectl(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-')) {
    const a = argv[i];
    if (VALUE_FLAGS.has(a)) i += 2;
    else if (a === '-h' || a === '--help') return ok(USAGE);
    else if (a.startsWith('--') && (a.includes('=') || !VALUE_FLAGS.has(a))) i += 1;
    else if (/^-n./.test(a)) i += 1;
    else return fail(`Error: unknown shorthand flag: '${a[1]}' in ${a}\nSee 'kubectl --help' for usage.`);
  }
  if (i >= argv.length) return ok(USAGE);
  const name = argv[i];
  const command = COMMANDS[name];
  if (!command && KUBECTL_COMMANDS.includes(name)) return fail(`error: kubeplay's kubectl does not support "${name}" yet`);
  if (!command) return { stdout: '', stderr: unknownCommand(name), exitCode: 1 };
  try {
    return await command([...argv.slice(0, i), ...argv.slice(i + 1)], ctx);
  } catch (e) {
    // what the user typed names no resource (`podz`, `a/b/c`): kubectl's one-line error, for every command
    if (e instanceof ResolveError) return fail(`error: ${e.message}`);
    throw e;
  }
}
