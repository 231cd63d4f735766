// `helm search repo [KEYWORD]`: the configured repositories' charts scored and sorted as
// helm's internal/search (search.go) and pkg/cmd/search_repo.go do, printed as its uitable with
// DESCRIPTION cut to --max-col-width (50) by "...".
import type { CliContext, CommandResult } from '../types';
import { repoIndex, repositories, type RepoChart } from '../../helm/repo';
import { compareSemVer, constraint, parseSemVer } from '../../helm/repo/version';
import { toKubectlYaml } from '../kubectl/output/yaml';
import { bool, flag, FlagError, parseFlags, type FlagSpec } from './flags';
import { uiTable } from './format';

interface Result {
  name: string;
  score: number;
  chart: RepoChart;
}

/** the "\v"-separated line helm searches: name, repo/name, description, keywords (indstr) */
const line = (repo: string, c: RepoChart) => [c.name, `${repo}/${c.name}`, c.description, c.keywords.join(' ')].join('\v');

/** how many separators come before the match: a name hit scores 0, a keyword hit 3 (calcScore) */
function score(at: number, text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === '\v' && at > i) n++;
  return n;
}

function byScore(a: Result, b: Result): number {
  if (a.score !== b.score) return a.score - b.score;
  if (a.name === b.name) {
    const va = parseSemVer(a.chart.version);
    const vb = parseSemVer(b.chart.version);
    return va && vb ? compareSemVer(vb, va) : 0;
  }
  return a.name < b.name ? -1 : 1;
}

/** uitable's MaxColWidth: runewidth.Truncate(s, w, "...") */
const truncate = (s: string, w: number) => ([...s].length <= w ? s : [...s].slice(0, Math.max(0, w - 3)).join('') + '...');

/** the commonest of Go's regexp/syntax errors, from JavaScript's */
function goRegexpError(js: string, q: string): string {
  if (/Unterminated group/i.test(js)) return `missing closing ): \`${q}\``;
  if (/Unmatched '\)'/i.test(js)) return `unexpected ): \`${q}\``;
  if (/Nothing to repeat/i.test(js)) return `missing argument to repetition operator: \`${q.match(/[*+?]/)?.[0] ?? q}\``;
  if (/Unterminated character class/i.test(js)) return `missing closing ]: \`${q.slice(q.lastIndexOf('['))}\``;
  return `invalid syntax: \`${q}\``;
}

export const SEARCH_FLAGS: FlagSpec[] = [
  { name: 'versions', short: 'l', kind: 'bool' },
  { name: 'version', kind: 'string' },
  { name: 'devel', kind: 'bool' },
  { name: 'regexp', short: 'r', kind: 'bool' },
  { name: 'max-col-width', kind: 'string' },
  { name: 'fail-on-no-result', kind: 'bool' },
  { name: 'output', short: 'o', kind: 'string' },
];

export function runSearch(argv: string[], globals: FlagSpec[], ctx: CliContext): CommandResult {
  const [where, ...rest] = argv;
  if (where === 'hub') throw new Error('unable to perform search against "https://hub.helm.sh"');
  if (where !== 'repo') throw new Error(where === undefined ? '"helm search" requires a subcommand: hub or repo' : `unknown command "${where}" for "helm search"`);
  const p = parseFlags(rest, [...globals, ...SEARCH_FLAGS]);
  const o = flag(p, 'output') ?? 'table';
  if (!['table', 'json', 'yaml'].includes(o)) throw new FlagError(`invalid argument "${o}" for "-o, --output" flag: invalid format type`);
  const widthFlag = flag(p, 'max-col-width') ?? '50';
  if (!/^\d+$/.test(widthFlag)) throw new FlagError(`invalid argument "${widthFlag}" for "--max-col-width" flag: strconv.ParseUint: parsing "${widthFlag}": invalid syntax`);
  let version = flag(p, 'version') ?? '';
  if (bool(p, 'devel') && !version) version = '>0.0.0-0';
  const all = bool(p, 'versions') || version !== '';
  const repos = repositories(ctx.workspace);
  if (repos.length === 0) throw new Error('no repositories configured');

  // the index: newest version only, unless --versions or --version (Index.AddRepo)
  const entries: { key: string; text: string; chart: RepoChart }[] = [];
  for (const r of repos) {
    const seen = new Set<string>();
    for (const c of repoIndex(r)) {
      if (!all && seen.has(c.name)) continue;
      seen.add(c.name);
      entries.push({ key: `${r.name}/${c.name}`, text: line(r.name, c), chart: c });
    }
  }
  let results: Result[];
  if (p.args.length === 0) results = entries.map((e) => ({ name: e.key, score: 0, chart: e.chart }));
  else {
    const q = p.args.join(' ');
    let find: (text: string) => number;
    if (bool(p, 'regexp')) {
      let re: RegExp;
      try {
        re = new RegExp(q);
      } catch (e) {
        throw new Error(`error parsing regexp: ${goRegexpError((e as Error).message, q)}`);
      }
      find = (text) => text.search(re);
    } else find = (text) => text.toLowerCase().indexOf(q.toLowerCase());
    results = entries.flatMap((e) => {
      const at = find(e.text);
      const s = score(at, e.text);
      return at >= 0 && s < 25 ? [{ name: e.key, score: s, chart: e.chart }] : [];
    });
  }
  results.sort(byScore);
  if (version) {
    let check: (v: string) => boolean;
    try {
      check = constraint(version);
    } catch (e) {
      throw new Error(`an invalid version/constraint format: ${(e as Error).message}`);
    }
    const found = new Set<string>();
    results = results.filter((r) => {
      if (!bool(p, 'versions') && found.has(r.name)) return false;
      if (!check(r.chart.version)) return false;
      found.add(r.name);
      return true;
    });
  }
  if (results.length === 0 && bool(p, 'fail-on-no-result')) throw new Error('no results found');
  const rows = results.map((r) => ({ name: r.name, version: r.chart.version, app_version: r.chart.appVersion, description: r.chart.description }));
  if (o === 'json') return { stdout: `${JSON.stringify(rows)}\n`, stderr: '', exitCode: 0 };
  if (o === 'yaml') return { stdout: rows.length ? toKubectlYaml(rows) : '[]\n', stderr: '', exitCode: 0 };
  if (rows.length === 0) return { stdout: 'No results found\n', stderr: '', exitCode: 0 };
  const w = Number(widthFlag);
  const cut = (s: string) => (w > 0 ? truncate(s, w) : s);
  return { stdout: uiTable([['NAME', 'CHART VERSION', 'APP VERSION', 'DESCRIPTION'], ...rows.map((r) => [r.name, r.version, r.app_version, r.description])].map((row) => row.map(cut))), stderr: '', exitCode: 0 };
}
