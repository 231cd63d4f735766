// `helm install`, `helm upgrade [--install]` and `helm template`: a chart from the stable repository
// or a workspace folder (src/helm/repo), values from -f files, --set and --set-string, rendered by
// the template engine (src/helm/chart, src/helm/template) and handed to the release actions
// (src/helm/action). Output and errors as helm 4.1's pkg/cmd/{install,upgrade,template}.go.
import type { CliContext, CommandResult } from '../types';
import { resourceForKind } from '../../sim/api/resources';
import { resolveChart, workspacePath } from '../../helm/repo';
import { loadChart, type LoadedChart } from '../../helm/chart/load';
import { renderChart } from '../../helm/chart/render';
import { coalesceValues } from '../../helm/chart/values';
import { schemaErrors, schemaFailure } from '../../helm/schema';
import { unmarshalYaml } from '../../helm/template/yaml/toyaml';
import { isMap, type GoMap } from '../../helm/template/value';
import type { LookupFn } from '../../helm/template/engine';
import { parseSetInto } from '../../helm/strvals';
import { toBase64 } from '../../helm/release/codec';
import type { ChartRecord, Release } from '../../helm/release/types';
import { HelmError } from '../../helm/release/storage';
import { install, upgrade, type ChartToInstall, type ReleaseContext } from '../../helm/action/install';
import { sortRendered } from '../../helm/action/sort-manifests';
import type { ActionEnv } from '../../helm/action/lifecycle';
import { ReleaseStorage } from '../../helm/release/storage';
import { all, bool, flag, FlagError, parseFlags, type FlagSpec, type Parsed } from './flags';
import { helmTimestamp } from './format';
import { statusOf } from './read';
import { waitForRelease } from './wait';

type Values = Record<string, unknown>;

const VALUE_FLAGS: FlagSpec[] = [
  { name: 'set', kind: 'array' },
  { name: 'set-string', kind: 'array' },
  { name: 'values', short: 'f', kind: 'array' },
  { name: 'version', kind: 'string' },
];
const INSTALL_FLAGS: FlagSpec[] = [
  ...VALUE_FLAGS,
  { name: 'generate-name', short: 'g', kind: 'bool' },
  { name: 'create-namespace', kind: 'bool' },
  { name: 'dry-run', kind: 'string', noOptDefault: 'unchanged' },
  { name: 'wait', kind: 'bool' },
  { name: 'timeout', kind: 'string' },
  { name: 'description', kind: 'string' },
  { name: 'render-subchart-notes', kind: 'bool' },
];
const UPGRADE_FLAGS: FlagSpec[] = [
  ...INSTALL_FLAGS,
  { name: 'install', short: 'i', kind: 'bool' },
  { name: 'reuse-values', kind: 'bool' },
  { name: 'reset-values', kind: 'bool' },
  { name: 'reset-then-reuse-values', kind: 'bool' },
];
const TEMPLATE_FLAGS: FlagSpec[] = [...INSTALL_FLAGS, { name: 'skip-tests', kind: 'bool' }, { name: 'show-only', short: 's', kind: 'array' }];

/** a fixed-seed generator where the context has no cluster rng */
function fallbackRng(): { int(n: number): number; uuid(): string } {
  let s = 0x2545f491;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return { int: (n) => Math.floor(next() * n), uuid: () => '00000000-0000-4000-8000-000000000000' };
}

/** -f files merged in order (later wins, maps deeply), then --set and --set-string (pkg/cli/values) */
export function userValues(p: Parsed, ctx: CliContext): Values {
  let base: Values = {};
  for (const f of all(p, 'values')) {
    const text = ctx.workspace.read(workspacePath(f));
    if (text === undefined) throw new HelmError(`open ${f}: no such file or directory`);
    let v: unknown;
    try {
      v = unmarshalYaml(text);
    } catch (e) {
      throw new HelmError(`failed to parse ${f}: ${(e as Error).message}`);
    }
    base = mergeMaps(base, isMap(v as never) ? (v as Values) : {});
  }
  try {
    for (const s of all(p, 'set')) parseSetInto(s, base);
  } catch (e) {
    throw new HelmError(`failed parsing --set data: ${(e as Error).message}`);
  }
  try {
    for (const s of all(p, 'set-string')) parseSetInto(s, base, true);
  } catch (e) {
    throw new HelmError(`failed parsing --set-string data: ${(e as Error).message}`);
  }
  return base;
}

function mergeMaps(a: Values, b: Values): Values {
  const out: Values = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isMap(v as never) && isMap(prev as never) ? mergeMaps(prev as Values, v as Values) : v;
  }
  return out;
}

/** the chart as the release JSON keeps it (pkg/chart/v2 Chart: the top chart's files, base64) */
function chartRecord(files: Record<string, string>, loaded: LoadedChart): ChartRecord {
  const b64 = (t: string) => toBase64(new TextEncoder().encode(t));
  const own = Object.entries(files).filter(([k]) => !k.startsWith('charts/'));
  return {
    metadata: loaded.metadata as ChartRecord['metadata'],
    lock: null,
    templates: own.filter(([k]) => k.startsWith('templates/')).map(([name, data]) => ({ name, data: b64(data) })),
    values: loaded.values as Values,
    schema: files['values.schema.json'] !== undefined ? b64(files['values.schema.json']) : null,
    files: own.filter(([k]) => !k.startsWith('templates/') && k !== 'Chart.yaml' && k !== 'values.yaml' && k !== 'values.schema.json').map(([name, data]) => ({ name, data: b64(data) })),
  };
}

function lookupFor(ctx: CliContext): LookupFn | undefined {
  const api = ctx.syncApi;
  if (!api) return undefined;
  return (apiVersion, kind, namespace, name) => {
    const info = resourceForKind(apiVersion, kind);
    if (!info) return {};
    try {
      if (name) return api.get(info, info.namespaced ? namespace : undefined, name) as unknown as GoMap;
      return api.list(info, info.namespaced && namespace ? namespace : undefined) as unknown as GoMap;
    } catch {
      return {};
    }
  };
}

/** a failure of the chart's templates (the engine, or their YAML): helm template points at --debug */
class RenderError extends HelmError {}

/** pkg/chart/common/util ValidateAgainstSchema: each chart's values.schema.json against its values */
export function validateValues(chart: LoadedChart, user: GoMap): void {
  const failures: Array<{ chart: string; lines: string[] }> = [];
  const walk = (c: LoadedChart, values: GoMap) => {
    const schema = c.files['values.schema.json'];
    if (schema !== undefined) failures.push({ chart: c.metadata.name, lines: schemaErrors(schema, values) });
    for (const dep of c.dependencies) walk(dep, isMap(values[dep.metadata.name] as never) ? (values[dep.metadata.name] as GoMap) : {});
  };
  walk(chart, coalesceValues(chart, user));
  const failure = schemaFailure(failures);
  if (failure) throw new HelmError(failure);
}

function prepare(ctx: CliContext, ref: string, p: Parsed, withCluster: boolean): { chart: ChartToInstall; loaded: LoadedChart } {
  const resolved = resolveChart(ctx.workspace, ref, flag(p, 'version'));
  const loaded = loadChart(resolved.files);
  if (loaded.metadata.type === 'library') throw new HelmError('library charts are not installable');
  const rng = ctx.rng ?? fallbackRng();
  const lookup = withCluster ? lookupFor(ctx) : undefined;
  const chart: ChartToInstall = {
    // built only when a release is stored (helm template never needs it)
    get record() {
      return chartRecord(resolved.files, loaded);
    },
    render: (values: Values, rel: ReleaseContext, chartValues?: Values) => {
      const chart = chartValues ? { ...loaded, values: chartValues as GoMap } : loaded;
      validateValues(chart, values as GoMap);
      try {
        return renderChart(chart, values as GoMap, rel, { rng, now: ctx.now, lookup });
      } catch (e) {
        throw new RenderError((e as Error).message);
      }
    },
  };
  return { chart, loaded };
}

/** helm 4: `--dry-run` alone still means client, with a deprecation warning */
const DRY_RUN_WARNING = `level=WARN msg="--dry-run is deprecated and should be replaced with '--dry-run=client'"\n`;
const dryRunWarning = (p: Parsed) => (flag(p, 'dry-run') === 'unchanged' ? DRY_RUN_WARNING : '');

function dryRun(p: Parsed): boolean {
  const v = flag(p, 'dry-run');
  if (v === undefined || v === 'false' || v === 'none') return false;
  if (['true', 'client', 'server', 'unchanged'].includes(v)) return true;
  throw new FlagError(`invalid dry-run value (${v}). Must be "none", "server", or "client"`);
}

function durationMs(text: string | undefined, fallback: number): number {
  if (!text) return fallback;
  let ms = 0;
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s)/g;
  let m: RegExpExecArray | null;
  let seen = '';
  while ((m = re.exec(text))) {
    seen += m[0];
    ms += Number(m[1]) * { h: 3_600_000, m: 60_000, s: 1000, ms: 1 }[m[2] as 'h' | 'm' | 's' | 'ms'];
  }
  if (seen !== text) throw new FlagError(`invalid argument "${text}" for "--timeout" flag: time: invalid duration "${text}"`);
  return ms;
}

function env(ctx: CliContext, namespace: string): ActionEnv {
  return { client: ctx.client, namespace, now: ctx.now, stamp: helmTimestamp };
}

async function printRelease(ctx: CliContext, rel: Release, lead = ''): Promise<string> {
  return lead + (await statusOf({ ...ctx, namespace: rel.namespace }, rel, { showResources: false }));
}

async function afterApply(ctx: CliContext, rel: Release, p: Parsed): Promise<void> {
  if (!bool(p, 'wait') || rel.info.status !== 'deployed') return;
  await waitForRelease(ctx, rel, durationMs(flag(p, 'timeout'), 300_000));
}

export async function runInstall(argv: string[], global: FlagSpec[], ctx: CliContext): Promise<CommandResult> {
  const p = parseFlags(argv, [...global, ...INSTALL_FLAGS]);
  const namespace = flag(p, 'namespace') ?? ctx.namespace;
  const fail = (msg: string): CommandResult => ({ stdout: '', stderr: `Error: INSTALLATION FAILED: ${msg}\n`, exitCode: 1 });
  if (p.args.length > 2) return fail(`expected at most two arguments, unexpected arguments: ${p.args.slice(2).join(', ')}`);
  let name: string | undefined = p.args[0];
  let ref: string | undefined = p.args[1];
  if (bool(p, 'generate-name')) {
    if (p.args.length === 2) return fail('cannot set --generate-name and also specify a name');
    ref = name;
    name = undefined;
  } else if (p.args.length < 2) return fail('must either provide a name or specify --generate-name');
  try {
    const { chart, loaded } = prepare(ctx, ref!, p, true);
    const releaseName = name ?? `${loaded.metadata.name}-${Math.floor(ctx.now() / 1000)}`;
    const values = userValues(p, ctx);
    const rel = await install(env(ctx, namespace), releaseName, chart, values, { createNamespace: bool(p, 'create-namespace'), dryRun: dryRun(p), description: flag(p, 'description') });
    await afterApply(ctx, rel, p);
    return { stdout: await printRelease(ctx, rel), stderr: dryRunWarning(p), exitCode: 0 };
  } catch (e) {
    const msg = (e as Error).message;
    const log = /^release name check failed: /.test(msg) ? `level=ERROR msg="release name check failed" error=${JSON.stringify(msg.replace(/^release name check failed: /, ''))}\n` : '';
    return { stdout: '', stderr: `${dryRunWarning(p)}${log}Error: INSTALLATION FAILED: ${msg}\n`, exitCode: 1 };
  }
}

export async function runUpgrade(argv: string[], global: FlagSpec[], ctx: CliContext): Promise<CommandResult> {
  const p = parseFlags(argv, [...global, ...UPGRADE_FLAGS]);
  const namespace = flag(p, 'namespace') ?? ctx.namespace;
  if (p.args.length !== 2) return { stdout: '', stderr: `Error: "helm upgrade" requires 2 arguments\n\nUsage:  helm upgrade [RELEASE] [CHART] [flags]\n`, exitCode: 1 };
  const [name, ref] = p.args as [string, string];
  const e = env(ctx, namespace);
  // pkg/cmd/upgrade.go: --install on a release with no history runs install, whose errors come unwrapped
  if (bool(p, 'install') && (await new ReleaseStorage(ctx.client, namespace, ctx.now).history(name)).length === 0) {
    const lead = `Release "${name}" does not exist. Installing it now.\n`;
    try {
      const { chart } = prepare(ctx, ref, p, true);
      const rel = await install(e, name, chart, userValues(p, ctx), { createNamespace: bool(p, 'create-namespace'), dryRun: dryRun(p), description: flag(p, 'description') });
      await afterApply(ctx, rel, p);
      return { stdout: await printRelease(ctx, rel, lead), stderr: dryRunWarning(p), exitCode: 0 };
    } catch (err) {
      return { stdout: lead, stderr: `${dryRunWarning(p)}Error: ${(err as Error).message}\n`, exitCode: 1 };
    }
  }
  try {
    const { chart } = prepare(ctx, ref, p, true);
    const values = userValues(p, ctx);
    const rel = await upgrade(e, name, chart, values, { reuseValues: bool(p, 'reuse-values'), resetValues: bool(p, 'reset-values'), resetThenReuseValues: bool(p, 'reset-then-reuse-values'), dryRun: dryRun(p), description: flag(p, 'description') });
    await afterApply(ctx, rel, p);
    return { stdout: await printRelease(ctx, rel, `Release "${name}" has been upgraded. Happy Helming!\n`), stderr: dryRunWarning(p), exitCode: 0 };
  } catch (err) {
    return { stdout: '', stderr: `${dryRunWarning(p)}Error: UPGRADE FAILED: ${(err as Error).message}\n`, exitCode: 1 };
  }
}

/** `helm template [NAME] CHART`: what the release manifest would be, then the hooks */
export async function runTemplate(argv: string[], global: FlagSpec[], ctx: CliContext): Promise<CommandResult> {
  const p = parseFlags(argv, [...global, ...TEMPLATE_FLAGS]);
  const namespace = flag(p, 'namespace') ?? ctx.namespace;
  if (p.args.length > 2) return { stdout: '', stderr: `Error: expected at most two arguments, unexpected arguments: ${p.args.slice(2).join(', ')}\n`, exitCode: 1 };
  if (p.args.length === 0) return { stdout: '', stderr: 'Error: "helm template" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]\n', exitCode: 1 };
  const [name, ref] = p.args.length === 2 ? p.args : ['release-name', p.args[0]!];
  try {
    const { chart, loaded } = prepare(ctx, ref!, p, false);
    const files = chart.render(userValues(p, ctx), { name: name!, namespace, revision: 1, isInstall: true, isUpgrade: false });
    let sorted;
    try {
      sorted = sortRendered(files, loaded.metadata.name);
    } catch (e) {
      throw new RenderError((e as Error).message);
    }
    let out = `${sorted.manifest.trim()}\n`;
    for (const h of sorted.hooks) if (!(bool(p, 'skip-tests') && h.events.includes('test'))) out += `---\n# Source: ${h.path}\n${h.manifest}\n`;
    return { stdout: out, stderr: '', exitCode: 0 };
  } catch (e) {
    const hint = e instanceof RenderError ? '\n\nUse --debug flag to render out invalid YAML' : '';
    return { stdout: '', stderr: `Error: ${(e as Error).message}${hint}\n`, exitCode: 1 };
  }
}

