// `kubectl delete`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go (kubectl 1.32 wording:
// `pod "x" deleted`); with --wait (the default) it waits until the object is gone, when the
// context can advance time.
import { resourceForKind, type ResourceInfo } from '../../sim/api/resources';
import { isStatusError } from '../../sim/api/status';
import type { KubeObject } from '../../sim/api/types';
import { parseManifests } from '../manifests';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { readManifestFiles } from './files';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { kindPrefix, resolveArgs } from './resolve';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'force', type: 'bool' },
  { name: 'now', type: 'bool' },
  { name: 'wait', type: 'bool' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
];

const NO_ARGS = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

const FORCE_WARNING = 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';
/** how long kubectl's --wait may advance simulated time before giving up */
const MAX_WAIT_MS = 10 * 60 * 1000;

interface Target {
  resource: ResourceInfo;
  namespace: string | undefined;
  name: string;
  source?: string;
}

async function waitUntilGone(t: Target, ctx: CliContext): Promise<void> {
  if (!ctx.sleep) return;
  for (let waited = 0; waited < MAX_WAIT_MS; waited += 1000) {
    try {
      await ctx.client.get(t.resource, t.namespace, t.name);
    } catch (e) {
      if (isStatusError(e) && e.code === 404) return;
      throw e;
    }
    await ctx.sleep(1000);
  }
}

async function targetsFromFiles(paths: string[], recursive: boolean, ctx: CliContext, ns: string): Promise<Target[] | string> {
  const files = readManifestFiles(ctx.workspace, paths, recursive, ctx.stdin);
  if ('error' in files) return files.error;
  const out: Target[] = [];
  for (const f of files) {
    const parsed = parseManifests(f.text);
    if (parsed.error) return `error: error parsing ${f.name}: error converting YAML to JSON: yaml: line ${parsed.error.line}: ${parsed.error.message}`;
    for (const d of parsed.documents) {
      const o = d.object as KubeObject;
      const r = resourceForKind(String(o.apiVersion), String(o.kind));
      if (!r) return `error: resource mapping not found for name: "${o.metadata?.name ?? ''}" namespace: "${o.metadata?.namespace ?? ''}" from "${f.name}": no matches for kind "${o.kind}" in version "${o.apiVersion}"\nensure CRDs are installed first`;
      out.push({ resource: r, namespace: r.namespaced ? (o.metadata?.namespace ?? ns) : undefined, name: String(o.metadata?.name ?? ''), source: f.name });
    }
  }
  return out;
}

export async function kubectlDelete(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'delete');
    throw e;
  }
  const { args, flags } = parsed;
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  const paths = (flags.filename as string[] | undefined) ?? [];
  let targets: Target[] = [];
  if (paths.length > 0) {
    const t = await targetsFromFiles(paths, flags.recursive === true, ctx, ns);
    if (typeof t === 'string') return fail(t);
    // kubectl's delete.go: nothing in the files (an empty `-f -`) is not an error
    if (t.length === 0) return { stdout: 'No resources found\n', stderr: '', exitCode: 0 };
    targets = t;
  } else {
    if (args.length === 0) return fail(NO_ARGS);
    const requests = resolveArgs(args);
    for (const { resource, names } of requests) {
      const namespace = resource.namespaced ? ns : undefined;
      if (names.length > 0) {
        for (const name of names) targets.push({ resource, namespace, name });
        continue;
      }
      if (!flags.all && flags.selector === undefined) return fail('error: resource(s) were provided, but no name was specified');
      try {
        const list = await ctx.client.list(resource, namespace, { labelSelector: flags.selector as string | undefined });
        for (const o of list.items) targets.push({ resource, namespace: o.metadata.namespace ?? namespace, name: o.metadata.name as string });
      } catch (e) {
        return fail(serverErrorMessage(e));
      }
    }
    if (targets.length === 0) return { stdout: '', stderr: flags.all || flags.selector !== undefined ? 'No resources found\n' : '', exitCode: 0 };
  }

  const force = flags.force === true;
  let grace = flags['grace-period'] as number | undefined;
  if (flags.now) grace = 1;
  if (force && grace === undefined) grace = 0;
  const wait = flags.wait !== false;
  let stdout = '';
  let stderr = force && grace === 0 ? FORCE_WARNING : '';
  const errors: string[] = [];
  const deleted: Target[] = [];
  for (const t of targets) {
    try {
      await ctx.client.delete(t.resource, t.namespace, t.name, grace !== undefined ? { gracePeriodSeconds: grace } : undefined);
      const line = `${kindPrefix(t.resource)} "${t.name}" ${force && grace === 0 ? 'force deleted' : 'deleted'}\n`;
      if (ctx.print) ctx.print(line);
      else stdout += line;
      deleted.push(t);
    } catch (e) {
      if (flags['ignore-not-found'] && isStatusError(e) && e.code === 404) continue;
      errors.push(serverErrorMessage(e, t.source ? `error when deleting "${t.source}"` : undefined));
    }
  }
  if (wait) for (const t of deleted) await waitUntilGone(t, ctx);
  if (errors.length > 0) stderr += `${errors.join('\n')}\n`;
  return { stdout, stderr, exitCode: errors.length > 0 ? 1 : 0 };
}
