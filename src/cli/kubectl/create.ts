// `kubectl create -f FILE`, `create deployment NAME --image=…`, `create namespace NAME`:
// mirrors kubectl/pkg/cmd/create (create.go, create_deployment.go, create_namespace.go).
import { R, resourceForKind } from '../../sim/api/resources';
import type { KubeObject } from '../../sim/api/types';
import { parseManifests } from '../manifests';
import type { CliContext, CommandResult } from '../types';
import { checkDryRun, createAndPrint, CREATE_OUTPUT_FLAGS } from './create-output';
import { fail, flagFail, serverErrorMessage } from './errors';
import { readManifestFiles } from './files';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { deploymentFor } from './generate';
import { kindPrefix } from './resolve';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  ...CREATE_OUTPUT_FLAGS,
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'image', type: 'stringArray' },
  { name: 'replicas', short: 'r', type: 'int' },
  { name: 'port', type: 'int' },
  { name: 'save-config', type: 'bool' },
];

async function createFromFiles(paths: string[], ctx: CliContext, ns: string): Promise<CommandResult> {
  const files = readManifestFiles(ctx.workspace, paths);
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
  return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
}

export async function kubectlCreate(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'create');
    throw e;
  }
  const { args, flags } = parsed;
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  const dryRun = flags['dry-run'] as string | undefined;
  const dryErr = checkDryRun(dryRun);
  if (dryErr) return fail(dryErr);
  const [sub, name] = args;
  if (sub === undefined) {
    const paths = (flags.filename as string[] | undefined) ?? [];
    if (paths.length === 0) return fail('error: must specify one of -f and -k');
    return createFromFiles(paths, ctx, ns);
  }
  switch (sub) {
    case 'deployment':
    case 'deploy': {
      const images = (flags.image as string[] | undefined) ?? [];
      if (images.length === 0) return fail('error: required flag(s) "image" not set');
      if (!name) return fail("error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples");
      const port = flags.port as number | undefined;
      if (port !== undefined && images.length > 1) return fail('error: cannot specify port when creating a deployment with multiple images');
      const d = deploymentFor(name, images, (flags.replicas as number | undefined) ?? 1, port);
      return createAndPrint(d, R.deployments, ctx, ns, dryRun, flags.output as string | undefined);
    }
    case 'namespace':
    case 'ns': {
      if (!name) return fail("error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples");
      const obj: KubeObject = { kind: 'Namespace', apiVersion: 'v1', metadata: { name, creationTimestamp: null as unknown as string }, spec: {}, status: {} };
      return createAndPrint(obj, R.namespaces, ctx, undefined, dryRun, flags.output as string | undefined);
    }
    default:
      return fail(`error: kubeplay's kubectl can create deployment and namespace, or -f FILE (not "${sub}")`);
  }
}
