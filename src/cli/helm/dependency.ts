// `helm dependency list CHART` (alias dep, dependencies; list, ls): the Chart.yaml dependencies of a
// workspace chart and whether charts/ holds each, as pkg/action/dependency.go prints them.
// `update` and `build` would download archives, which the offline playground does not.
import { parse } from 'yaml';
import type { CliContext, CommandResult } from '../types';
import { normalizePath } from '../workspace';
import { workspaceChartFiles, workspacePath } from '../../helm/repo';
import { constraint, parseSemVer } from '../../helm/repo/version';
import { flag, parseFlags, type FlagSpec } from './flags';
import { uiTable } from './format';

interface Dependency {
  name?: string;
  version?: string;
  repository?: string;
}

const truncate = (s: string, w: number) => ([...s].length <= w ? s : [...s].slice(0, Math.max(0, w - 3)).join('') + '...');

/** filepath.Join(path, "charts"): cleaned, keeping a leading slash */
const chartsDir = (path: string) => `${path.startsWith('/') ? '/' : ''}${normalizePath(`${path}/charts`)}`;

/** unpacked, missing or wrong version (dependencyStatus, without the archives a workspace cannot hold) */
function status(dep: Dependency, subcharts: Map<string, string>): string {
  const version = subcharts.get(dep.name ?? '');
  if (version === undefined) return 'missing';
  if (version === dep.version) return 'unpacked';
  let ok: (v: string) => boolean;
  try {
    ok = constraint(dep.version ?? '');
  } catch {
    return 'invalid version';
  }
  if (!parseSemVer(version)) return 'invalid version';
  return ok(version) ? 'unpacked' : 'wrong version';
}

export function runDependency(argv: string[], globals: FlagSpec[], ctx: CliContext): CommandResult {
  const [sub, ...rest] = argv;
  if (sub === 'update' || sub === 'up' || sub === 'build') {
    throw new Error(`helm dependency ${sub} downloads chart archives into charts/, which the offline playground does not do: the stable charts come with their subcharts unpacked`);
  }
  if (sub !== 'list' && sub !== 'ls') throw new Error(sub === undefined ? '"helm dependency" requires a subcommand: build, list or update' : `unknown command "${sub}" for "helm dependency"`);
  const p = parseFlags(rest, [...globals, { name: 'max-col-width', kind: 'string' }]);
  if (p.args.length !== 1) throw new Error(`"helm dependency list" requires 1 argument\n\nUsage:  helm dependency list CHART [flags]`);
  const given = p.args[0]!;
  const root = workspacePath(given);
  if (!root || !ctx.workspace.exists(root) || ctx.workspace.read(root) !== undefined) throw new Error(`stat ${given}: no such file or directory`);
  const files = workspaceChartFiles(ctx.workspace, root);
  if (files['Chart.yaml'] === undefined) throw new Error('Chart.yaml file is missing');
  const meta = (parse(files['Chart.yaml']) ?? {}) as { dependencies?: Dependency[] };
  if (!Array.isArray(meta.dependencies)) return { stdout: `WARNING: no dependencies at ${chartsDir(given)}\n`, stderr: '', exitCode: 0 };
  // the charts unpacked under charts/: folder → the name and version their Chart.yaml give
  const folders = new Map<string, { name: string; version: string }>();
  for (const [path, text] of Object.entries(files)) {
    const m = /^charts\/([^/]+)\/Chart\.yaml$/.exec(path);
    if (!m) continue;
    const sub = (parse(text) ?? {}) as { name?: unknown; version?: unknown };
    folders.set(m[1]!, { name: String(sub.name ?? ''), version: String(sub.version ?? '') });
  }
  const byName = new Map([...folders.values()].map((f) => [f.name, f.version]));
  const width = Number(flag(p, 'max-col-width') ?? '80');
  const rows = [['NAME', 'VERSION', 'REPOSITORY', 'STATUS'], ...meta.dependencies.map((d) => [d.name ?? '', d.version ?? '', d.repository ?? '', status(d, byName)])];
  let out = `${uiTable(rows.map((r) => r.map((c) => (width > 0 ? truncate(c, width) : c))))}\n`;
  const declared = new Set(meta.dependencies.map((d) => d.name));
  for (const [folder, sub] of [...folders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!declared.has(sub.name)) out += `WARNING: "${chartsDir(given)}/${folder}" is not in Chart.yaml.\n`;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
}
