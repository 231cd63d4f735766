// `helm lint CHART…`: the checks of helm 4.1's pkg/chart/v2/lint/rules that a learner meets —
// Chart.yaml (name, version, apiVersion, icon), values.yaml (present, meets values.schema.json),
// templates (render, each document YAML with a valid name) — printed as helm prints them.
import { parse } from 'yaml';
import type { CliContext, CommandResult } from '../types';
import { workspacePath, workspaceChartFiles } from '../../helm/repo';
import { loadChart } from '../../helm/chart/load';
import { renderChart } from '../../helm/chart/render';
import { coalesceValues } from '../../helm/chart/values';
import { schemaErrors } from '../../helm/schema';
import { splitManifests } from '../../helm/action/sort-manifests';
import { goYamlMessage } from '../manifests';
import { validateDNS1123Subdomain } from '../../sim/api/names';
import type { GoMap } from '../../helm/template/value';
import { parseFlags, type FlagSpec } from './flags';
import { userValues, validateValues } from './install';

const FLAGS: FlagSpec[] = [
  { name: 'set', kind: 'array' },
  { name: 'set-string', kind: 'array' },
  { name: 'values', short: 'f', kind: 'array' },
  { name: 'strict', kind: 'bool' },
  { name: 'quiet', short: 'q', kind: 'bool' },
];

/** semver 2 as Masterminds/semver's StrictNewVersion reads it (helm lint's check) */
const SEMVER2 = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** the looser form semver.NewVersion accepts (v1, 1.2, leading v) */
const SEMVER = /^v?(0|[1-9]\d*)(\.(0|[1-9]\d*))?(\.(0|[1-9]\d*))?(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

interface Message {
  level: 'INFO' | 'WARNING' | 'ERROR';
  path: string;
  text: string;
}

function lintChart(ctx: CliContext, dir: string, user: GoMap): { messages: Message[]; fatal?: string } {
  const files = workspaceChartFiles(ctx.workspace, dir);
  const root = workspacePath(dir);
  if (files['Chart.yaml'] === undefined) return { messages: [], fatal: `unable to check Chart.yaml file in chart: stat ${root || '.'}/Chart.yaml: no such file or directory` };
  const out: Message[] = [];
  const msg = (level: Message['level'], path: string, text: string) => out.push({ level, path, text });
  // rules/chartfile.go
  const meta = (parse(files['Chart.yaml']) ?? {}) as Record<string, unknown>;
  if (!meta.name) msg('ERROR', 'Chart.yaml', 'name is required');
  const version = meta.version === undefined ? '' : String(meta.version);
  if (!version) msg('ERROR', 'Chart.yaml', 'version is required');
  else if (!SEMVER.test(version)) msg('ERROR', 'Chart.yaml', `version '${version}' is not a valid SemVer`);
  if (!meta.apiVersion) msg('ERROR', 'Chart.yaml', 'apiVersion is required. The value must be either "v1" or "v2"');
  else if (meta.apiVersion !== 'v1' && meta.apiVersion !== 'v2') msg('ERROR', 'Chart.yaml', `apiVersion '${String(meta.apiVersion)}' is not valid. The value must be either "v1" or "v2"`);
  if (!meta.icon) msg('INFO', 'Chart.yaml', 'icon is recommended');
  if (version && !SEMVER2.test(version)) msg('WARNING', 'Chart.yaml', `version '${version}' is not a valid SemVerV2`);
  // rules/values.go
  if (files['values.yaml'] === undefined) msg('INFO', 'values.yaml', 'file does not exist');
  let chart;
  try {
    // chart.Metadata.Validate, which the loader runs
    if (version && !SEMVER.test(version)) throw new Error(`validation: chart.metadata.version "${version}" is invalid`);
    chart = loadChart(files);
  } catch (e) {
    const m = (e as Error).message;
    msg('ERROR', 'templates/', m);
    msg('ERROR', '', `unable to load chart\n\t${m}`);
    return { messages: out };
  }
  if (files['values.schema.json'] !== undefined) {
    const lines = schemaErrors(files['values.schema.json'], coalesceValues(chart, user));
    if (lines.length) msg('ERROR', 'values.yaml', `${lines.join('\n')}\n`);
  }
  // rules/template.go
  let rendered: Record<string, string>;
  try {
    validateValues(chart, user);
    rendered = renderChart(chart, user, { name: 'test-release', namespace: 'test-namespace', revision: 1, isInstall: true, isUpgrade: false }, { rng: { int: () => 0, uuid: () => '00000000-0000-0000-0000-000000000000' }, now: ctx.now, lintMode: true });
  } catch (e) {
    msg('ERROR', 'templates/', (e as Error).message);
    return { messages: out };
  }
  for (const [path, text] of Object.entries(rendered).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rel = path.slice(path.indexOf('/') + 1);
    if (!rel.startsWith('templates/') || rel.endsWith('NOTES.txt') || rel.split('/').pop()!.startsWith('_')) continue;
    for (const doc of splitManifests(text)) {
      let obj: unknown;
      try {
        obj = parse(doc);
      } catch (e) {
        msg('ERROR', rel, `unable to parse YAML: error converting YAML to JSON: yaml: ${goYamlMessage((e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''))}`);
        break;
      }
      const name = (obj as { metadata?: { name?: unknown } } | null)?.metadata?.name;
      if (typeof name === 'string' && validateDNS1123Subdomain(name).length) {
        msg('ERROR', rel, `object name does not conform to Kubernetes naming requirements: "${name}": metadata.name: Invalid value: "${name}": ${validateDNS1123Subdomain(name)[0]}`);
      }
    }
  }
  return { messages: out };
}

export async function runLint(argv: string[], global: FlagSpec[], ctx: CliContext): Promise<CommandResult> {
  const p = parseFlags(argv, [...global, ...FLAGS]);
  const dirs = p.args.length ? p.args : ['.'];
  const user = userValues(p, ctx) as GoMap;
  let stdout = '';
  let failed = 0;
  for (const dir of dirs) {
    stdout += `==> Linting ${dir}\n`;
    const r = lintChart(ctx, dir, user);
    if (r.fatal) {
      stdout += `Error ${r.fatal}\n\n`;
      failed++;
      continue;
    }
    for (const m of r.messages) stdout += `[${m.level}] ${m.path}: ${m.text}\n`;
    stdout += '\n';
    if (r.messages.some((m) => m.level === 'ERROR' || (m.level === 'WARNING' && p.values.has('strict')))) failed++;
  }
  const summary = `${dirs.length} chart(s) linted, ${failed} chart(s) failed`;
  return failed ? { stdout, stderr: `Error: ${summary}\n`, exitCode: 1 } : { stdout: `${stdout}${summary}\n`, stderr: '', exitCode: 0 };
}
