// `kubectl apply -f …`: flags, files, then applyManifests per file.
import type { CliContext, CommandResult } from '../types';
import { applyManifestsSplit } from './apply';
import { fail, flagFail } from './errors';
import { readManifestFiles } from './files';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
  { name: 'validate', type: 'string' },
  { name: 'kustomize', short: 'k', type: 'string' },
];

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
  if (dryRun !== undefined && dryRun !== 'server' && dryRun !== 'none') {
    return fail(dryRun === 'client' ? "error: kubeplay's kubectl supports --dry-run=server only" : `error: Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`);
  }
  const files = readManifestFiles(ctx.workspace, paths, flags.recursive === true);
  if ('error' in files) return fail(files.error);
  let stdout = '';
  let stderr = '';
  for (const f of files) {
    const r = await applyManifestsSplit(f.text, ctx, { fileName: f.name, dryRun: dryRun === 'server', namespace: flags.namespace as string | undefined });
    stdout += r.stdout;
    stderr += r.stderr;
  }
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
}
