// The built-in offline chart repository `stable` (charts/stable, bundled by scripts/gen-charts.ts)
// and the learner's repository list, kept per workspace in memory as helm keeps repositories.yaml.
// Chart references resolve as helm's pkg/downloader ChartDownloader.ResolveChartVersion does:
// `stable/wordpress` (a configured repo's index), `--version` a constraint, else a chart directory.
import type { Workspace } from '../../cli/types';
import { normalizePath } from '../../cli/workspace';
import { WORKSPACE_ROOT } from '../create/create';
import data from './stable.generated.json';
import type { RepoChart, RepoIndex } from './types';
import { compareSemVer, constraint, parseSemVer } from './version';

export type { RepoChart } from './types';

/** where `stable` lives, as Helm 2 preconfigured it (and where the old stable charts were archived) */
export const STABLE_URL = 'https://charts.helm.sh/stable';
/** URLs this playground serves a repository at, offline: all serve the built-in charts */
const HOSTED = new Set([STABLE_URL]);

/** the built-in charts, newest version first within a name (helm's IndexFile.SortEntries) */
export function stableIndex(): RepoChart[] {
  // read inside the function, so a bundle that never lists charts (the editor's preview) drops the data
  return [...(data as unknown as RepoIndex).charts].sort((a, b) => (a.name !== b.name ? (a.name < b.name ? -1 : 1) : -compareVersionStrings(a.version, b.version)));
}

function compareVersionStrings(a: string, b: string): number {
  const va = parseSemVer(a);
  const vb = parseSemVer(b);
  return va && vb ? compareSemVer(va, vb) : a < b ? -1 : a > b ? 1 : 0;
}

export interface RepoEntry {
  name: string;
  url: string;
}

const configs = new WeakMap<Workspace, RepoEntry[]>();

/** the workspace's repositories in the order they were added; `stable` is there from the start */
export function repositories(ws: Workspace): RepoEntry[] {
  let list = configs.get(ws);
  if (!list) configs.set(ws, (list = [{ name: 'stable', url: STABLE_URL }]));
  return list;
}

export const normalizeRepoUrl = (url: string): string => url.replace(/\/+$/, '');

/** whether a repository URL is one the playground serves (anything else "cannot be reached") */
export function isHosted(url: string): boolean {
  return HOSTED.has(normalizeRepoUrl(url));
}

/** the charts a configured repository serves (every hosted URL serves the built-in charts) */
export function repoIndex(entry: RepoEntry): RepoChart[] {
  return isHosted(entry.url) ? stableIndex() : [];
}

export class ChartNotFound extends Error {}

/**
 * `repo/chart [--version V]` from the workspace's repositories: the exact version if one matches,
 * else the newest satisfying the constraint (repo.IndexFile.Get), with helm's error wording.
 */
export function findRepoChart(ws: Workspace, ref: string, version?: string): RepoChart {
  const slash = ref.indexOf('/');
  const repoName = ref.slice(0, slash);
  const name = ref.slice(slash + 1);
  const repo = repositories(ws).find((r) => r.name === repoName);
  if (!repo) throw new ChartNotFound(`repo ${repoName} not found`);
  const notFound = (why: string) => new ChartNotFound(`chart "${name}" matching ${version ?? ''} not found in ${repoName} index. (try 'helm repo update'): ${why}`);
  const versions = repoIndex(repo).filter((c) => c.name === name);
  if (versions.length === 0) throw notFound('no chart name found');
  if (version) {
    const exact = versions.find((c) => c.version === version);
    if (exact) return exact;
  }
  let check: (v: string) => boolean;
  try {
    check = version ? constraint(version) : () => true;
  } catch (e) {
    throw notFound((e as Error).message);
  }
  const hit = versions.find((c) => check(c.version) && (version !== undefined || parseSemVer(c.version)?.pre === ''));
  if (!hit) throw notFound(`no chart version found for ${name}-${version ?? ''}`);
  return hit;
}

/** a terminal path as a workspace path: `./x/`, `/workspace/x` → `x` */
export function workspacePath(p: string): string {
  return normalizePath(p.startsWith(`${WORKSPACE_ROOT}/`) || p === WORKSPACE_ROOT ? p.slice(WORKSPACE_ROOT.length) : p);
}

/** a chart directory's files from the workspace (`./mychart` or `mychart`), paths relative to it */
export function workspaceChartFiles(ws: Workspace, dir: string): Record<string, string> {
  const root = workspacePath(dir);
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of ws.list(d)) {
      const p = d ? `${d}/${name}` : name;
      const content = ws.read(p);
      if (content === undefined) walk(p);
      else out[p.slice(root.length ? root.length + 1 : 0)] = content;
    }
  };
  walk(root);
  return out;
}

export interface ResolvedChart {
  /** where it came from, as helm names it in messages */
  source: 'repo' | 'workspace';
  files: Record<string, string>;
  /** set for a repository chart */
  chart?: RepoChart;
}

/**
 * What `helm install/show/template NAME CHART` loads for CHART: a workspace chart directory if the
 * path exists (helm checks the local path first), else `repo/chart` from a configured repository.
 */
export function resolveChart(ws: Workspace, ref: string, version?: string): ResolvedChart {
  const path = workspacePath(ref);
  if (path !== '' && ws.exists(path) && ws.read(path) === undefined) {
    const files = workspaceChartFiles(ws, path);
    if (files['Chart.yaml'] === undefined) throw new ChartNotFound('Chart.yaml file is missing');
    return { source: 'workspace', files };
  }
  if (ref.startsWith('.') || ref.startsWith('/')) throw new ChartNotFound(`path "${ref}" not found`);
  if (!ref.includes('/')) throw new ChartNotFound(`non-absolute URLs should be in form of repo_name/path_to_chart, got: ${ref}`);
  const chart = findRepoChart(ws, ref, version);
  return { source: 'repo', files: chart.files, chart };
}
