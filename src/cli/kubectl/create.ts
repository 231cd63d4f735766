// `kubectl create -f FILE` and the create subcommands (deployment, namespace here; configmap, secret,
// service, job and cronjob in ./create-kinds.ts).
// mirrors kubectl/pkg/cmd/create (create.go, create_deployment.go, create_namespace.go).
import { R, resourceForKind } from '../../sim/api/resources';
import type { KubeObject } from '../../sim/api/types';
import { parseManifests } from '../manifests';
import type { CliContext, CommandResult } from '../types';
import { checkDryRun, createAndPrint, CREATE_OUTPUT_FLAGS } from './create-output';
import { fail, flagFail, requiredFlagsFail, serverErrorMessage } from './errors';
import { readManifestFiles } from './files';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { deploymentFor } from './generate';
import { createIngress } from './create-ingress';
import { createConfigMap, createCronJob, createJob, createQuota, createSecret, createService, type CreateCall } from './create-kinds';
import { kindPrefix } from './resolve';

const COMMON: FlagSpec[] = [...GLOBAL_FLAGS, ...CREATE_OUTPUT_FLAGS, { name: 'save-config', type: 'bool' }];
const SOURCES: FlagSpec[] = [
  { name: 'from-literal', type: 'stringArray' },
  { name: 'from-file', type: 'strings' },
  { name: 'from-env-file', type: 'strings' },
  { name: 'append-hash', type: 'bool' },
];
/** each subcommand's own flags: kubectl rejects the others (`unknown flag: --schedule`) */
const SUB_FLAGS: Record<string, FlagSpec[]> = {
  '': [{ name: 'filename', short: 'f', type: 'strings' }, { name: 'recursive', short: 'R', type: 'bool' }],
  deployment: [{ name: 'image', type: 'stringArray' }, { name: 'replicas', short: 'r', type: 'int' }, { name: 'port', type: 'int' }],
  namespace: [],
  configmap: SOURCES,
  secret: [...SOURCES, { name: 'type', type: 'string' }, { name: 'docker-server', type: 'string' }, { name: 'docker-username', type: 'string' }, { name: 'docker-password', type: 'string' }, { name: 'docker-email', type: 'string' }],
  service: [{ name: 'tcp', type: 'strings' }, { name: 'clusterip', type: 'string' }, { name: 'node-port', type: 'int' }, { name: 'external-name', type: 'string' }],
  job: [{ name: 'image', type: 'stringArray' }, { name: 'from', type: 'string' }],
  cronjob: [{ name: 'image', type: 'stringArray' }, { name: 'schedule', type: 'string' }, { name: 'restart', type: 'string' }],
  quota: [{ name: 'hard', type: 'string' }, { name: 'scopes', type: 'string' }],
  ingress: [{ name: 'rule', type: 'stringArray' }, { name: 'class', type: 'string' }, { name: 'default-backend', type: 'string' }, { name: 'annotation', type: 'stringArray' }],
};
const ALIASES: Record<string, string> = { deploy: 'deployment', ns: 'namespace', cm: 'configmap', svc: 'service', cj: 'cronjob', resourcequota: 'quota', ing: 'ingress' };
const FLAGS: FlagSpec[] = [...COMMON, ...new Map(Object.values(SUB_FLAGS).flat().map((f) => [f.name, f])).values()];

async function createFromFiles(paths: string[], ctx: CliContext, ns: string, recursive: boolean): Promise<CommandResult> {
  const files = readManifestFiles(ctx.workspace, paths, recursive, ctx.stdin);
  if ('error' in files) return fail(files.error);
  let stdout = '';
  const errors: string[] = [];
  for (const f of files) {
    const parsed = parseManifests(f.text);
    if (parsed.error) return fail(`error: error parsing ${f.name}: error converting YAML to JSON: yaml: line ${parsed.error.goLine ?? parsed.error.line}: ${parsed.error.message}`);
    for (const d of parsed.documents) {
      const obj = d.object as KubeObject;
      const r = resourceForKind(String(obj.apiVersion), String(obj.kind));
      if (!r) {
        errors.push(`error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${f.name}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
        continue;
      }
      try {
        await ctx.client.create(r, r.namespaced ? (obj.metadata?.namespace ?? ns) : undefined, obj);
        stdout += `${kindPrefix(r)}/${obj.metadata.name} created\n`;
      } catch (e) {
        errors.push(serverErrorMessage(e, `error when creating "${f.name}"`));
      }
    }
  }
  // kubectl's create.go: files with no object in them (an empty `-f -`)
  if (stdout === '' && errors.length === 0) return fail('error: no objects passed to create');
  return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
}

export async function kubectlCreate(argv: string[], ctx: CliContext): Promise<CommandResult> {
  const dash = argv.indexOf('--');
  const command = dash < 0 ? [] : argv.slice(dash + 1);
  let parsed;
  try {
    parsed = parseFlags(dash < 0 ? argv : argv.slice(0, dash), FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'create');
    throw e;
  }
  const { args, flags } = parsed;
  const sub = args[0] === undefined ? '' : (ALIASES[args[0]] ?? args[0]);
  const own = SUB_FLAGS[sub];
  if (own) {
    const allowed = new Set([...COMMON, ...own].map((f) => f.name));
    const stray = Object.keys(flags).find((f) => !allowed.has(f));
    if (stray) return flagFail(`unknown flag: --${stray}`, sub ? `create ${sub}` : 'create');
  }
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  const dryRun = flags['dry-run'] as string | undefined;
  const dryErr = checkDryRun(dryRun);
  if (dryErr) return fail(dryErr);
  const output = flags.output as string | undefined;
  const name = args[1];
  const call: CreateCall = { name, flags, command, ns, dryRun, output };
  switch (sub) {
    case '': {
      const paths = (flags.filename as string[] | undefined) ?? [];
      if (paths.length === 0) return fail('error: must specify one of -f and -k');
      return createFromFiles(paths, ctx, ns, flags.recursive === true);
    }
    case 'deployment': {
      const images = (flags.image as string[] | undefined) ?? [];
      if (images.length === 0) return requiredFlagsFail(['image'], ctx.now());
      if (!name) return fail("error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples");
      const port = flags.port as number | undefined;
      if (port !== undefined && images.length > 1) return fail('error: cannot specify port when creating a deployment with multiple images');
      const d = deploymentFor(name, images, (flags.replicas as number | undefined) ?? 1, port);
      if (command.length > 0) (d.spec as { template: { spec: { containers: Array<Record<string, unknown>> } } }).template.spec.containers[0].command = command;
      return createAndPrint(d, R.deployments, ctx, ns, dryRun, output, 'created', 'failed to create deployment: ');
    }
    case 'namespace': {
      if (!name) return fail("error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples");
      const obj: KubeObject = { kind: 'Namespace', apiVersion: 'v1', metadata: { name, creationTimestamp: null as unknown as string }, spec: {}, status: {} };
      return createAndPrint(obj, R.namespaces, ctx, undefined, dryRun, output);
    }
    case 'configmap':
      return createConfigMap(call, ctx);
    case 'secret':
      return createSecret(args[1], { ...call, name: args[2] }, ctx);
    case 'service':
      return createService(args[1], { ...call, name: args[2] }, ctx);
    case 'job':
      return createJob(call, ctx);
    case 'cronjob':
      return createCronJob(call, ctx);
    case 'quota':
      return createQuota(call, ctx);
    case 'ingress':
      return createIngress(call, ctx);
    default:
      return fail(`error: kubeplay's kubectl can create deployment, namespace, configmap, secret generic, service, job, cronjob, quota and ingress, or -f FILE (not "${sub}")`);
  }
}
