// `helm pull CHART --untar [--untardir DIR] [-d DEST] [--version V]`: a repository chart's files
// unpacked into the workspace, where the learner can edit and install them (pkg/action/pull.go).
// The workspace holds text only, so the chart archive itself (helm pull without --untar) is not
// written; helm's checks and messages are kept otherwise.
import type { CliContext, CommandResult } from '../types';
import { normalizePath } from '../workspace';
import { findRepoChart, workspacePath } from '../../helm/repo';
import { bool, flag, parseFlags, type FlagSpec } from './flags';

export const PULL_FLAGS: FlagSpec[] = [
  { name: 'untar', kind: 'bool' },
  { name: 'untardir', kind: 'string' },
  { name: 'destination', short: 'd', kind: 'string' },
  { name: 'version', kind: 'string' },
  { name: 'devel', kind: 'bool' },
];

export function runPull(argv: string[], globals: FlagSpec[], ctx: CliContext): CommandResult {
  const p = parseFlags(argv, [...globals, ...PULL_FLAGS]);
  if (p.args.length === 0) throw new Error('"helm pull" requires at least 1 argument\n\nUsage:  helm pull [chart URL | repo/chartname] [...] [flags]');
  const ws = ctx.workspace;
  for (const ref of p.args) {
    if (!ref.includes('/') || ref.startsWith('.')) throw new Error(`non-absolute URLs should be in form of repo_name/path_to_chart, got: ${ref}`);
    const chart = findRepoChart(ws, ref, flag(p, 'version') ?? (bool(p, 'devel') ? '>0.0.0-0' : undefined));
    if (!bool(p, 'untar')) {
      throw new Error(`the playground's workspace holds text files only, so ${chart.name}-${chart.version}.tgz cannot be saved: use helm pull ${ref} --untar to unpack the chart's files`);
    }
    // helm checks the untar directory, or the chart's own folder when it is the default "."
    const dest = workspacePath(flag(p, 'destination') ?? '.');
    const untardir = flag(p, 'untardir') ?? '.';
    const base = untardir.startsWith('/') ? workspacePath(untardir) : normalizePath(`${dest}/${untardir}`);
    const check = untardir === '.' ? normalizePath(`${base}/${ref.split('/').pop()}`) : base;
    if (check && ws.exists(check)) throw new Error(`failed to untar: a file or directory with the name ${untardir === '.' ? ref.split('/').pop() : untardir} already exists`);
    for (const [path, content] of Object.entries(chart.files)) ws.write(normalizePath(`${base}/${chart.name}/${path}`), content);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}
