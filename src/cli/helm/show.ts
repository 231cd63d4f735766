// `helm show chart|values|readme|crds|all CHART [--version V]` (alias `inspect`): a chart from a
// configured repository (stable/wordpress) or a workspace chart directory, printed as helm 4.1's
// pkg/action/show.go prints it: Chart.yaml re-encoded from its metadata (sorted keys), the raw
// values.yaml and README, and `---` between the parts of `show all`.
import { parse } from 'yaml';
import type { CliContext, CommandResult } from '../types';
import { resolveChart } from '../../helm/repo';
import { toKubectlYaml } from '../kubectl/output/yaml';
import { bool, flag, parseFlags, type FlagSpec } from './flags';

const PARTS = ['all', 'chart', 'crds', 'readme', 'values'];

/** the fields of helm's chart.Metadata (and its Maintainer and Dependency) that survive a load */
const METADATA = ['name', 'home', 'sources', 'version', 'description', 'keywords', 'maintainers', 'icon', 'apiVersion', 'condition', 'tags', 'appVersion', 'deprecated', 'annotations', 'kubeVersion', 'dependencies', 'type'];
const MAINTAINER = ['name', 'email', 'url'];
const DEPENDENCY = ['name', 'version', 'repository', 'condition', 'tags', 'enabled', 'import-values', 'alias'];

/** Go's omitempty: empty strings, false, zero, empty lists and maps are left out */
function empty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || v === false || v === 0 || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v as object).length === 0);
}

function pick(obj: unknown, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (obj === null || typeof obj !== 'object') return out;
  for (const k of keys) {
    const v = (obj as Record<string, unknown>)[k];
    if (!empty(v)) out[k] = v;
  }
  return out;
}

/** Chart.yaml as helm marshals its metadata back (sigs.k8s.io/yaml: JSON field names, sorted) */
export function chartMetadataYaml(chartYaml: string): string {
  const meta = pick(parse(chartYaml), METADATA);
  for (const k of ['version', 'appVersion', 'kubeVersion']) if (meta[k] !== undefined) meta[k] = String(meta[k]);
  if (Array.isArray(meta.maintainers)) meta.maintainers = meta.maintainers.map((m) => pick(m, MAINTAINER));
  if (Array.isArray(meta.dependencies)) meta.dependencies = meta.dependencies.map((d) => pick(d, DEPENDENCY));
  return toKubectlYaml(meta);
}

const README = ['readme.md', 'readme.txt', 'readme'];

export function showChart(files: Record<string, string>, part: string): string {
  let out = '';
  if (part === 'chart' || part === 'all') out += `${chartMetadataYaml(files['Chart.yaml'] ?? '')}\n`;
  if ((part === 'values' || part === 'all') && files['values.yaml'] !== undefined) {
    if (part === 'all') out += '---\n';
    out += `${files['values.yaml']}\n`;
  }
  if (part === 'readme' || part === 'all') {
    const name = Object.keys(files).find((f) => !f.includes('/') && README.includes(f.toLowerCase()));
    if (name !== undefined) out += `${part === 'all' ? '---\n' : ''}${files[name]}\n`;
  }
  if (part === 'crds' || part === 'all') {
    for (const f of Object.keys(files).filter((f) => f.startsWith('crds/')).sort()) {
      const text = files[f]!;
      out += `${text.startsWith('---') ? '' : '---\n'}${text}\n`;
    }
  }
  return out;
}

export const SHOW_FLAGS: FlagSpec[] = [
  { name: 'version', kind: 'string' },
  { name: 'devel', kind: 'bool' },
];

export function runShow(argv: string[], globals: FlagSpec[], ctx: CliContext): CommandResult {
  const [part, ...rest] = argv;
  if (part === undefined || !PARTS.includes(part)) {
    throw new Error(part === undefined ? '"helm show" requires a subcommand: all, chart, crds, readme or values' : `unknown command "${part}" for "helm show"`);
  }
  const p = parseFlags(rest, [...globals, ...SHOW_FLAGS]);
  if (p.args.length !== 1) throw new Error(`"helm show ${part}" requires 1 argument\n\nUsage:  helm show ${part} [CHART] [flags]`);
  const chart = resolveChart(ctx.workspace, p.args[0]!, flag(p, 'version') ?? (bool(p, 'devel') ? '>0.0.0-0' : undefined));
  return { stdout: showChart(chart.files, part), stderr: '', exitCode: 0 };
}

