// `kubectl create configmap|secret generic|service <type>|job|cronjob`: each builds the object the
// real kubectl builds, with its flags and its messages.
// mirrors kubectl/pkg/cmd/create (create_configmap.go, create_secret.go, create_service.go,
// create_job.go, create_cronjob.go)
import { R } from '../../sim/api/resources';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { base64, collectSources } from './create-sources';
import { createAndPrint } from './create-output';
import { fail, requiredFlagsFail, serverErrorMessage } from './errors';
import type { FlagValues } from './flags';

const NULL_TIME = null as unknown as string;
const strings = (v: unknown) => (v as string[] | undefined) ?? [];
/** a string flag kept as stringArray (shared with create deployment's repeatable --image): the last one wins */
const last = (v: unknown) => strings(v).at(-1);

export interface CreateCall {
  name: string | undefined;
  flags: FlagValues;
  /** the words after `--` */
  command: string[];
  ns: string;
  dryRun: string | undefined;
  output: string | undefined;
}

function needName(name: string | undefined, sub: string): string | undefined {
  return name ? undefined : `error: exactly one NAME is required, got 0\nSee 'kubectl create ${sub} -h' for help and examples`;
}

export async function createConfigMap(c: CreateCall, ctx: CliContext): Promise<CommandResult> {
  const missing = needName(c.name, 'configmap');
  if (missing) return fail(missing);
  const got = collectSources(ctx.workspace, { literals: strings(c.flags['from-literal']), files: strings(c.flags['from-file']), envFiles: strings(c.flags['from-env-file']) }, 'ConfigMap', c.name!);
  if ('error' in got) return fail(got.error);
  const obj: KubeObject = { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: c.name, creationTimestamp: NULL_TIME } };
  if (got.entries.length > 0) (obj as Record<string, unknown>).data = Object.fromEntries(got.entries);
  return createAndPrint(obj, R.configmaps, ctx, c.ns, c.dryRun, c.output, 'created', 'failed to create configmap: ');
}

export async function createSecret(kind: string | undefined, c: CreateCall, ctx: CliContext): Promise<CommandResult> {
  if (kind === undefined) return fail(SECRET_HELP);
  if (kind === 'docker-registry') return createRegistrySecret(c, ctx);
  if (kind !== 'generic') {
    if (kind === 'tls') return fail(`error: kubeplay's kubectl can create secret generic and docker-registry (not "tls" yet)`);
    return fail(`error: unknown command "${kind}"\nSee 'kubectl create secret -h' for help and examples`);
  }
  const missing = needName(c.name, 'secret generic');
  if (missing) return fail(missing);
  const got = collectSources(ctx.workspace, { literals: strings(c.flags['from-literal']), files: strings(c.flags['from-file']), envFiles: strings(c.flags['from-env-file']) }, 'Secret', c.name!);
  if ('error' in got) return fail(got.error);
  const obj: Record<string, unknown> = { kind: 'Secret', apiVersion: 'v1', metadata: { name: c.name, creationTimestamp: NULL_TIME } };
  if (got.entries.length > 0) obj.data = Object.fromEntries(got.entries.map(([k, v]) => [k, base64(v)]));
  if (c.flags.type) obj.type = c.flags.type;
  return createAndPrint(obj as KubeObject, R.secrets, ctx, c.ns, c.dryRun, c.output, 'created', 'failed to create secret ');
}

// `kubectl create secret` and `create service` without a subcommand print their help (to stderr, exit 1)
const SECRET_HELP = `Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.

Available Commands:
  docker-registry   Create a secret for use with a Docker registry
  generic           Create a secret from a local file, directory, or literal value
  tls               Create a TLS secret

Usage:
  kubectl create secret (docker-registry | generic | tls) [options]

Use "kubectl create secret <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).`;

const SERVICE_HELP = `Create a service using a specified subcommand.

Aliases:
service, svc

Available Commands:
  clusterip      Create a ClusterIP service
  externalname   Create an ExternalName service
  loadbalancer   Create a LoadBalancer service
  nodeport       Create a NodePort service

Usage:
  kubectl create service [flags] [options]

Use "kubectl create service <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).`;

const SERVICE_TYPES: Record<string, string> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };

export async function createService(type: string | undefined, c: CreateCall, ctx: CliContext): Promise<CommandResult> {
  const svcType = type ? SERVICE_TYPES[type] : undefined;
  if (type === undefined) return fail(SERVICE_HELP);
  if (!svcType) return fail(`error: unknown command "${type}"\nSee 'kubectl create service -h' for help and examples`);
  const missing = needName(c.name, `service ${type}`);
  if (missing) return fail(missing);
  const tcp = strings(c.flags.tcp);
  const clusterIP = c.flags.clusterip as string | undefined;
  if (svcType === 'ExternalName') {
    const ext = c.flags['external-name'] as string | undefined;
    if (!ext) return requiredFlagsFail(['external-name'], ctx.now());
  } else if (tcp.length === 0 && clusterIP !== 'None') {
    return fail('error: at least one tcp port specifier must be provided');
  }
  const ports: Array<Record<string, unknown>> = [];
  for (const spec of tcp) {
    const [portText, targetText = portText] = spec.split(':');
    const portName = spec.includes(':') ? `${portText}-${targetText}` : portText;
    if (!/^\d+$/.test(portText)) return fail(`error: strconv.Atoi: parsing "${portText}": invalid syntax`);
    const port = Number(portText);
    const targetPort = /^\d+$/.test(targetText) ? Number(targetText) : targetText;
    const p: Record<string, unknown> = { name: portName, protocol: 'TCP', port, targetPort };
    if (svcType === 'NodePort' && c.flags['node-port'] !== undefined) p.nodePort = c.flags['node-port'];
    ports.push(p);
  }
  const labels = { app: c.name! };
  const spec: Record<string, unknown> = {};
  if (ports.length > 0) spec.ports = ports;
  spec.selector = labels;
  if (clusterIP) spec.clusterIP = clusterIP;
  spec.type = svcType;
  if (svcType === 'ExternalName') spec.externalName = c.flags['external-name'];
  const obj = { kind: 'Service', apiVersion: 'v1', metadata: { name: c.name, creationTimestamp: NULL_TIME, labels }, spec, status: { loadBalancer: {} } };
  return createAndPrint(obj as unknown as KubeObject, R.services, ctx, c.ns, c.dryRun, c.output, 'created', `failed to create ${svcType} service: `);
}

function container(name: string, image: string, command: string[]): Record<string, unknown> {
  return { name, image, ...(command.length > 0 ? { command } : {}), resources: {} };
}

export async function createJob(c: CreateCall, ctx: CliContext): Promise<CommandResult> {
  const missing = needName(c.name, 'job');
  if (missing) return fail(missing);
  const image = last(c.flags.image);
  const from = c.flags.from as string | undefined;
  if (image && from) return fail("error: either --image or --from must be specified");
  if (!image && !from) return fail('error: either --image or --from must be specified');
  if (from) {
    if (c.command.length > 0) return fail('error: cannot specify --from and command');
    const [kind, cjName] = from.split('/');
    if (!['cronjob', 'cronjobs', 'cj', 'cronjob.batch', 'cronjobs.batch'].includes(kind) || !cjName) return fail(`error: from must be an existing cronjob: ${from}`);
    let cj: KubeObject;
    try {
      cj = await ctx.client.get(R.cronjobs, c.ns, cjName);
    } catch (e) {
      return fail(serverErrorMessage(e));
    }
    const tpl = (cj as unknown as { spec: { jobTemplate: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec: unknown } } }).spec.jobTemplate;
    const job = {
      kind: 'Job',
      apiVersion: 'batch/v1',
      metadata: {
        name: c.name,
        creationTimestamp: NULL_TIME,
        ...(tpl.metadata?.labels ? { labels: tpl.metadata.labels } : {}),
        annotations: { ...(tpl.metadata?.annotations ?? {}), 'cronjob.kubernetes.io/instantiate': 'manual' },
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true }],
      },
      spec: tpl.spec,
      status: {},
    };
    return createAndPrint(job as unknown as KubeObject, R.jobs, ctx, c.ns, c.dryRun, c.output, 'created', 'failed to create job: ');
  }
  const job = {
    kind: 'Job',
    apiVersion: 'batch/v1',
    metadata: { name: c.name, creationTimestamp: NULL_TIME },
    spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container(c.name!, image!, c.command)], restartPolicy: 'Never' } } },
    status: {},
  };
  return createAndPrint(job as unknown as KubeObject, R.jobs, ctx, c.ns, c.dryRun, c.output, 'created', 'failed to create job: ');
}

export async function createCronJob(c: CreateCall, ctx: CliContext): Promise<CommandResult> {
  const missing = needName(c.name, 'cronjob');
  if (missing) return fail(missing);
  const image = last(c.flags.image);
  const schedule = c.flags.schedule as string | undefined;
  const absent = [...(image ? [] : ['image']), ...(schedule ? [] : ['schedule'])];
  if (absent.length > 0) return requiredFlagsFail(absent, ctx.now());
  const restart = (c.flags.restart as string | undefined) ?? 'OnFailure';
  const cj = {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    metadata: { name: c.name, creationTimestamp: NULL_TIME },
    spec: {
      jobTemplate: {
        metadata: { name: c.name, creationTimestamp: null },
        spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container(c.name!, image!, c.command)], restartPolicy: restart } } },
      },
      schedule,
    },
    status: {},
  };
  return createAndPrint(cj as unknown as KubeObject, R.cronjobs, ctx, c.ns, c.dryRun, c.output, 'created', 'failed to create cronjob: ');
}

/**
 * `create secret docker-registry NAME --docker-username --docker-password [--docker-server]
 * [--docker-email]`: a kubernetes.io/dockerconfigjson Secret, as for pulling from a private
 * registry (an ACR, on AKS). mirrors create_secret_docker.go (handleDockerCfgJSONContent)
 */
async function createRegistrySecret(c: CreateCall, ctx: CliContext): Promise<CommandResult> {
  const missing = needName(c.name, 'secret docker-registry');
  if (missing) return fail(missing);
  const user = c.flags['docker-username'] as string | undefined;
  const password = c.flags['docker-password'] as string | undefined;
  const server = (c.flags['docker-server'] as string | undefined) ?? 'https://index.docker.io/v1/';
  const email = c.flags['docker-email'] as string | undefined;
  if (!user || !password) return fail('error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
  const entry = { username: user, password, ...(email ? { email } : {}), auth: base64(`${user}:${password}`) };
  const config = JSON.stringify({ auths: { [server]: entry } });
  const obj = { kind: 'Secret', apiVersion: 'v1', metadata: { name: c.name, creationTimestamp: NULL_TIME }, type: 'kubernetes.io/dockerconfigjson', data: { '.dockerconfigjson': base64(config) } };
  return createAndPrint(obj as unknown as KubeObject, R.secrets, ctx, c.ns, c.dryRun, c.output, 'created', 'failed to create secret ');
}

/** `kubectl create quota NAME --hard=pods=2,requests.cpu=1 [--scopes=BestEffort]` (create_quota.go) */
export async function createQuota(c: CreateCall, ctx: CliContext): Promise<CommandResult> {
  const missing = needName(c.name, 'quota');
  if (missing) return fail(missing);
  const spec: Record<string, unknown> = {};
  const hardFlag = c.flags.hard as string | undefined;
  if (hardFlag) {
    const hard: Record<string, string> = {};
    for (const pair of hardFlag.split(',')) {
      const eq = pair.indexOf('=');
      if (eq < 0) return fail(`error: Invalid argument syntax ${pair}, expected <resource>=<value>`);
      hard[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    spec.hard = hard;
  }
  const scopes = c.flags.scopes as string | undefined;
  if (scopes) spec.scopes = scopes.split(',');
  const obj = { kind: 'ResourceQuota', apiVersion: 'v1', metadata: { name: c.name, creationTimestamp: NULL_TIME }, spec, status: {} };
  return createAndPrint(obj as KubeObject, R.resourcequotas, ctx, c.ns, c.dryRun, c.output, 'created', 'failed to create quota: ');
}
