// `kubectl apply -f …`: flags, files, then applyManifests per file.
import type { CliContext, CommandResult } from '../types';
import { applyManifestsSplit } from './apply';
import { fail, flagFail } from './errors';
import { readManifestFiles } from './files';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import type { ResourceInfo } from '../../sim/api/resources';
import type { KubeObject } from '../../sim/api/types';
import { checkDryRun } from './create-output';
import { toKubectlJson } from './output/json';
import { withTypeMeta } from './output/objects';
import { toKubectlYaml } from './output/yaml';
import { kindPrefix } from './resolve';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
  { name: 'validate', type: 'string' },
  { name: 'kustomize', short: 'k', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
];

/** only apply's missing-annotation warnings on stderr (kubectl still exits 0 then) */
function r0Warnings(stderr: string): boolean {
  return stderr.split('\n').filter(Boolean).every((l) => l.startsWith('Warning: '));
}

/** -o yaml|json|name of what apply made: one object as itself, several as a List (apply.go's printer) */
function printApplied(objects: Array<{ obj: KubeObject; resource: ResourceInfo }>, output: string): string {
  if (output === 'name') return objects.map(({ obj, resource }) => `${kindPrefix(resource)}/${obj.metadata.name}\n`).join('');
  const items = objects.map(({ obj, resource }) => withTypeMeta(obj, resource));
  if (output === 'yaml') return toKubectlYaml(items.length === 1 ? items[0] : { apiVersion: 'v1', items, kind: 'List', metadata: {} });
  if (items.length === 1) return toKubectlJson(items[0], { sortKeys: true });
  const list = toKubectlJson({ kind: 'List', apiVersion: 'v1', metadata: {}, items: [] }, { sortKeys: false });
  // the List's own keys in kubectl's order, its items as Go marshals maps (sorted)
  const body = items.map((i) => toKubectlJson(i, { sortKeys: true }).trimEnd().replace(/^/gm, '        ')).join(',\n');
  return list.replace('"items": []', `"items": [\n${body}\n    ]`);
}

export async function kubectlApply(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'apply');
    throw e;
  }
  const { args, flags } = parsed;
  const paths = (flags.filename as string[] | undefined) ?? [];
  if (flags.kustomize !== undefined) return fail('error: kubeplay\'s kubectl does not support -k yet');
  if (paths.length === 0) return fail('error: must specify one of -f and -k');
  if (args.length > 0) return fail(`error: Unexpected args: [${args.join(' ')}]\nSee 'kubectl apply -h' for help and examples`);
  const dryRun = flags['dry-run'] as string | undefined;
  const dryErr = checkDryRun(dryRun);
  if (dryErr) return fail(dryErr);
  const output = flags.output as string | undefined;
  if (output !== undefined && !['yaml', 'json', 'name'].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml`);
  }
  const files = readManifestFiles(ctx.workspace, paths, flags.recursive === true, ctx.stdin);
  if ('error' in files) return fail(files.error);
  let stdout = '';
  let stderr = '';
  const objects: Array<{ obj: KubeObject; resource: ResourceInfo }> = [];
  let failed = false;
  for (const f of files) {
    const r = await applyManifestsSplit(f.text, ctx, { fileName: f.name, dryRun: dryRun === 'server' ? true : dryRun === 'client' ? 'client' : undefined, namespace: flags.namespace as string | undefined });
    stdout += r.stdout;
    stderr += r.stderr;
    objects.push(...r.objects);
    failed ||= !r.result.ok;
  }
  // kubectl's apply.go: files with no object in them (an empty `-f -`)
  if (objects.length === 0 && !failed && stdout === '' && stderr === '') return fail('error: no objects passed to apply');
  if (output) stdout = objects.length ? printApplied(objects, output) : '';
  return { stdout, stderr, exitCode: failed || (stderr !== '' && !r0Warnings(stderr)) ? 1 : 0 };
}
