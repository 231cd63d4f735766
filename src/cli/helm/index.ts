// The terminal's `helm` (helm 4): release commands over the simulated cluster, with helm's output
// and error wording. Releases live in Secrets exactly as Helm keeps them (src/helm/release), so the
// real helm pointed at `kubeplay serve` and this one see the same releases.
import type { CliContext, CommandResult } from '../types';
import { ReleaseStorage } from '../../helm/release/storage';
import { rollback, uninstall, type ActionEnv } from '../../helm/action/lifecycle';
import { bool, flag, FlagError, parseFlags, type FlagSpec } from './flags';
import { getAll, getValues, historyOf, listReleases, statusOf } from './read';
import { helmTimestamp } from './format';
import { createChart } from '../../helm/create/create';
import { toKubectlYaml } from '../kubectl/output/yaml';
import { runRepo } from './repo';
import { runSearch } from './search';
import { runShow } from './show';
import { runPull } from './pull';
import { runDependency } from './dependency';
import { runInstall, runTemplate, runUpgrade } from './install';
import { runLint } from './lint';

const GLOBAL: FlagSpec[] = [
  { name: 'namespace', short: 'n', kind: 'string' },
  { name: 'kube-context', kind: 'string' },
  { name: 'kubeconfig', kind: 'string' },
  { name: 'debug', kind: 'bool' },
  { name: 'help', short: 'h', kind: 'bool' },
];
const OUTPUT: FlagSpec = { name: 'output', short: 'o', kind: 'string' };
const STATES = ['deployed', 'failed', 'pending', 'superseded', 'uninstalled', 'uninstalling'];

const USAGE: Record<string, string> = {
  history: 'helm history RELEASE_NAME [flags]',
  status: 'helm status RELEASE_NAME [flags]',
  uninstall: 'helm uninstall RELEASE_NAME [...] [flags]',
  rollback: 'helm rollback <RELEASE> [REVISION] [flags]',
  'get values': 'helm get values RELEASE_NAME [flags]',
  'get manifest': 'helm get manifest RELEASE_NAME [flags]',
  'get notes': 'helm get notes RELEASE_NAME [flags]',
  'get all': 'helm get all RELEASE_NAME [flags]',
  list: 'helm list [flags]',
  create: 'helm create NAME [flags]',
};

class UsageError extends Error {}

function argCount(cmd: string, args: string[], want: 'one' | 'atLeastOne' | 'none' | 'oneOrTwo'): void {
  const fail = (what: string) => {
    throw new UsageError(`"helm ${cmd}" ${what}\n\nUsage:  ${USAGE[cmd]}`);
  };
  if (want === 'one' && args.length !== 1) fail('requires 1 argument');
  if (want === 'atLeastOne' && args.length < 1) fail('requires at least 1 argument');
  if (want === 'oneOrTwo' && (args.length < 1 || args.length > 2)) fail(args.length ? 'accepts at most 2 arguments' : 'requires at least 1 argument');
  if (want === 'none' && args.length) fail('accepts no arguments');
}

function outputFormat(p: ReturnType<typeof parseFlags>): string {
  const o = flag(p, 'output') ?? 'table';
  if (!['table', 'json', 'yaml'].includes(o)) throw new FlagError(`invalid argument "${o}" for "-o, --output" flag: invalid format type`);
  return o;
}

export async function runHelm(argv: string[], ctx: CliContext): Promise<CommandResult> {
  try {
    const out = await helm(argv, ctx);
    return typeof out === 'string' ? { stdout: out, stderr: '', exitCode: 0 } : out;
  } catch (e) {
    if (e instanceof UsageError || e instanceof FlagError || e instanceof Error) return { stdout: '', stderr: `Error: ${e.message}\n`, exitCode: 1 };
    throw e;
  }
}

async function helm(argv: string[], ctx: CliContext): Promise<string | CommandResult> {
  const [cmd, ...rest] = argv;
  // chart repositories (./repo.ts, ./search.ts, ./show.ts)
  if (cmd === 'repo') return runRepo(rest, GLOBAL, ctx);
  if (cmd === 'search') return runSearch(rest, GLOBAL, ctx);
  if (cmd === 'show' || cmd === 'inspect') return runShow(rest, GLOBAL, ctx);
  if (cmd === 'pull' || cmd === 'fetch') return runPull(rest, GLOBAL, ctx);
  if (cmd === 'dependency' || cmd === 'dep' || cmd === 'dependencies') return runDependency(rest, GLOBAL, ctx);
  // install, upgrade and template (./install.ts)
  if (cmd === 'install') return runInstall(rest, GLOBAL, ctx);
  if (cmd === 'upgrade') return runUpgrade(rest, GLOBAL, ctx);
  if (cmd === 'template') return runTemplate(rest, GLOBAL, ctx);
  if (cmd === 'lint') return runLint(rest, GLOBAL, ctx);
  const sub = cmd === 'get' ? rest[0] : undefined;
  const name = sub && ['values', 'manifest', 'notes', 'all'].includes(sub) ? `get ${sub}` : cmd;
  const specs: Record<string, FlagSpec[]> = {
    // -a/--all is Helm 3's (helm 4 dropped it); kept because course material and tutorials use it
    list: [OUTPUT, { name: 'all-namespaces', short: 'A', kind: 'bool' }, { name: 'all', short: 'a', kind: 'bool' }, { name: 'short', short: 'q', kind: 'bool' }, ...STATES.map((s): FlagSpec => ({ name: s, kind: 'bool' }))],
    ls: [],
    create: [{ name: 'starter', short: 'p', kind: 'string' }],
    history: [OUTPUT, { name: 'max', kind: 'string' }],
    status: [OUTPUT, { name: 'revision', kind: 'string' }, { name: 'show-resources', kind: 'bool' }],
    uninstall: [{ name: 'keep-history', kind: 'bool' }, { name: 'description', kind: 'string' }, { name: 'ignore-not-found', kind: 'bool' }, { name: 'wait', kind: 'bool' }, { name: 'timeout', kind: 'string' }],
    rollback: [{ name: 'wait', kind: 'bool' }, { name: 'timeout', kind: 'string' }],
    'get values': [OUTPUT, { name: 'all', short: 'a', kind: 'bool' }, { name: 'revision', kind: 'string' }],
    'get manifest': [{ name: 'revision', kind: 'string' }],
    'get notes': [{ name: 'revision', kind: 'string' }],
    'get all': [{ name: 'revision', kind: 'string' }],
  };
  specs.ls = specs.list!;
  if (cmd === undefined || !(name! in specs)) {
    if (cmd === 'get') throw new UsageError('"helm get" requires a subcommand: all, manifest, notes or values');
    throw new UsageError(`unknown command "${cmd ?? ''}" for "helm"\nRun 'helm --help' for usage.`);
  }
  const p = parseFlags(name!.startsWith('get ') ? rest.slice(1) : rest, [...GLOBAL, ...specs[name!]!]);
  const namespace = flag(p, 'namespace') ?? ctx.namespace;
  const c: CliContext = { ...ctx, namespace };
  const env: ActionEnv = { client: ctx.client, namespace, now: ctx.now, stamp: helmTimestamp };
  const storage = new ReleaseStorage(ctx.client, namespace, ctx.now);
  const revisionOf = async (release: string) => {
    const r = flag(p, 'revision');
    return r ? storage.get(release, Number(r)) : storage.last(release);
  };
  switch (name) {
    case 'create': {
      argCount('create', p.args, 'one');
      const r = createChart(ctx.workspace, p.args[0]!);
      return { stdout: r.stdout, stderr: r.stderr + (r.error ? `Error: ${r.error}\n` : ''), exitCode: r.error ? 1 : 0 };
    }
    case 'list':
    case 'ls':
      argCount('list', p.args, 'none');
      return listReleases(c, { allNamespaces: bool(p, 'all-namespaces'), states: STATES.filter((s) => bool(p, 'all') || bool(p, s)).flatMap((s) => (s === 'pending' ? ['pending-install', 'pending-upgrade', 'pending-rollback'] : [s])), output: outputFormat(p), short: bool(p, 'short') });
    case 'history':
      argCount('history', p.args, 'one');
      return historyOf(c, p.args[0]!, outputFormat(p));
    case 'status': {
      argCount('status', p.args, 'one');
      const rel = await revisionOf(p.args[0]!);
      const o = outputFormat(p);
      if (o !== 'table') return o === 'json' ? `${JSON.stringify(rel)}\n` : toKubectlYaml(rel);
      return statusOf(c, rel, { showResources: true });
    }
    case 'get values':
      argCount('get values', p.args, 'one');
      return getValues(await revisionOf(p.args[0]!), bool(p, 'all'), outputFormat(p));
    case 'get manifest':
      argCount('get manifest', p.args, 'one');
      return `${(await revisionOf(p.args[0]!)).manifest ?? ''}\n`;
    case 'get notes': {
      argCount('get notes', p.args, 'one');
      const notes = (await revisionOf(p.args[0]!)).info.notes;
      return notes ? `NOTES:\n${notes}\n` : '';
    }
    case 'get all':
      argCount('get all', p.args, 'one');
      return getAll(await revisionOf(p.args[0]!));
    case 'uninstall': {
      argCount('uninstall', p.args, 'atLeastOne');
      let out = '';
      for (const r of p.args) {
        try {
          await uninstall(env, r, { keepHistory: bool(p, 'keep-history'), description: flag(p, 'description') });
        } catch (e) {
          if (bool(p, 'ignore-not-found') && /release: not found/.test((e as Error).message)) continue;
          throw e;
        }
        out += `release "${r}" uninstalled\n`;
        ctx.print?.(`release "${r}" uninstalled\n`);
      }
      return ctx.print ? '' : out;
    }
    case 'rollback': {
      argCount('rollback', p.args, 'oneOrTwo');
      const rev = p.args[1];
      if (rev !== undefined && !/^[+-]?\d+$/.test(rev)) throw new Error(`could not convert revision to a number: strconv.Atoi: parsing "${rev}": invalid syntax`);
      await rollback(env, p.args[0]!, rev === undefined ? undefined : Number(rev));
      return 'Rollback was a success! Happy Helming!\n';
    }
  }
  return '';
}
