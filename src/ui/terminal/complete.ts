// Tab completion for the terminal: programs, kubectl commands, resource types, object names from
// the cluster mirror, namespaces after -n, and workspace files after -f. The command list mirrors
// the table in src/cli/kubectl/index.ts.
import { RESOURCES, resourceForName } from '../../sim/api/resources';

// the shell's programs (src/cli/run.ts, shell/builtins.ts, shell/filters) and the UI's clear
export const PROGRAMS = ['awk', 'az', 'base64', 'cat', 'clear', 'curl', 'cut', 'date', 'echo', 'false', 'grep', 'head', 'helm', 'k', 'kubectl', 'ls', 'printf', 'pwd', 'sleep', 'sort', 'tail', 'tee', 'timeout', 'tr', 'true', 'uniq', 'wc', 'xargs'];
/** helm's commands (src/cli/helm/index.ts), their subcommands, and the built-in repository's charts */
export const HELM_COMMANDS = ['create', 'dependency', 'get', 'history', 'install', 'lint', 'list', 'pull', 'repo', 'rollback', 'search', 'show', 'status', 'template', 'uninstall', 'upgrade'];
const HELM_SUBCOMMANDS: Record<string, string[]> = {
  repo: ['add', 'list', 'remove', 'update'],
  search: ['hub', 'repo'],
  show: ['all', 'chart', 'crds', 'readme', 'values'],
  get: ['all', 'manifest', 'notes', 'values'],
  dependency: ['list'],
};
/** charts/stable (src/helm/repo; a test keeps this list equal to the bundle, which the UI does not load) */
export const STABLE_CHARTS = ['stable/hello', 'stable/mariadb', 'stable/mysql', 'stable/nginx', 'stable/redis', 'stable/wordpress'];

/** helm: its commands, then subcommands, then a chart where one goes (install NAME CHART, show x CHART, pull CHART) */
function helmCandidates(positional: string[], src: CompletionSource): string[] {
  const [command, ...args] = positional;
  if (command === undefined) return HELM_COMMANDS;
  const subs = HELM_SUBCOMMANDS[command];
  if (subs && args.length === 0) return subs;
  const chartAt: Record<string, number> = { install: 1, upgrade: 1, template: 1, show: 1, pull: 0, lint: 0, dependency: 1 };
  // workspace charts: the folders holding a Chart.yaml
  const local = src.files().filter((f) => f.endsWith('/Chart.yaml')).map((f) => f.slice(0, -'/Chart.yaml'.length));
  if (chartAt[command] === args.length) return command === 'lint' || command === 'dependency' ? local : [...STABLE_CHARTS, ...local];
  return [];
}

/** az's groups and commands (src/cli/az): `az aks …`, `az aks nodepool …`, `az account …` */
const AZ_TREE: Record<string, string[]> = {
  '': ['account', 'aks', 'login', 'version'],
  account: ['list', 'show'],
  aks: ['get-credentials', 'get-upgrades', 'get-versions', 'nodepool', 'scale', 'show', 'upgrade'],
  'aks nodepool': ['add', 'delete', 'get-upgrades', 'list', 'scale', 'show', 'update', 'upgrade'],
};

function azCandidates(positional: string[]): string[] {
  return AZ_TREE[positional.join(' ')] ?? [];
}

const FILE_PROGRAMS = new Set(['awk', 'base64', 'cat', 'cut', 'grep', 'head', 'ls', 'sort', 'tail', 'uniq', 'wc']);
export const KUBECTL_COMMANDS = ['annotate', 'api-resources', 'api-versions', 'apply', 'autoscale', 'cluster-info', 'config', 'cordon', 'create', 'delete', 'describe', 'drain', 'edit', 'exec', 'explain', 'expose', 'get', 'label', 'logs', 'patch', 'rollout', 'run', 'scale', 'set', 'top', 'uncordon', 'version'];
const ROLLOUT = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];
/** commands whose first argument is a resource type, then names of that type */
const TYPED = new Set(['get', 'describe', 'delete', 'label', 'annotate', 'scale', 'expose', 'rollout', 'edit', 'explain', 'patch']);
const CREATE = ['configmap', 'cronjob', 'deployment', 'job', 'namespace', 'secret', 'service'];
const VALUE_FLAGS = new Set(['-n', '--namespace', '-f', '--filename', '-o', '--output', '-l', '--selector', '-c', '--container']);

const GLOBAL = ['--namespace', '--help', '-n', '-h'];
const OUTPUT = ['--output', '-o'];
const DRY_RUN = ['--dry-run=client', '--dry-run=server'];
/** each command's own flags, as `kubectl <command> --help` lists them (the ones the playground has) */
const FLAGS: Record<string, string[]> = {
  get: ['--all-namespaces', '-A', '--selector', '-l', '--show-labels', '--watch', '-w', '--watch-only', '--field-selector', '--no-headers', '--sort-by', ...OUTPUT],
  describe: ['--all-namespaces', '-A', '--selector', '-l', '--show-events'],
  delete: ['--all', '--selector', '-l', '--filename', '-f', '--grace-period', '--force', '--now', '--wait', '--cascade', ...DRY_RUN],
  apply: ['--filename', '-f', '--recursive', '-R', '--server-side', ...DRY_RUN, ...OUTPUT],
  logs: ['--container', '-c', '--follow', '-f', '--previous', '-p', '--tail', '--timestamps', '--selector', '-l', '--all-containers'],
  run: ['--image', '--port', '--env', '--labels', '--restart', '--command', ...DRY_RUN, ...OUTPUT],
  expose: ['--port', '--target-port', '--type', '--name', '--protocol', '--selector', ...DRY_RUN, ...OUTPUT],
  scale: ['--replicas', '--current-replicas', ...DRY_RUN],
  rollout: ['--revision', '--to-revision', '--watch', '--timeout'],
  label: ['--overwrite', '--all', '--selector', '-l', '--list', ...DRY_RUN],
  annotate: ['--overwrite', '--all', '--selector', '-l', '--list', ...DRY_RUN],
  set: ['--all', '--selector', '-l', ...DRY_RUN],
  config: ['--current', ...OUTPUT],
  version: ['--client', ...OUTPUT],
  explain: ['--recursive', '--api-version', ...OUTPUT],
  patch: ['--patch', '-p', '--patch-file', '--type', '--subresource', ...DRY_RUN, ...OUTPUT],
};
const CREATE_FLAGS: Record<string, string[]> = {
  deployment: ['--image', '--replicas', '-r', '--port'],
  configmap: ['--from-literal', '--from-file', '--from-env-file'],
  secret: ['--from-literal', '--from-file', '--from-env-file', '--type'],
  service: ['--tcp', '--node-port', '--clusterip', '--external-name'],
  job: ['--image', '--from'],
  cronjob: ['--image', '--schedule', '--restart'],
};

function flagsFor(command: string | undefined, sub: string | undefined): string[] {
  if (command === 'create') return [...GLOBAL, ...DRY_RUN, ...OUTPUT, ...(sub ? (CREATE_FLAGS[sub] ?? []) : ['--filename', '-f'])];
  return [...GLOBAL, ...(command ? (FLAGS[command] ?? []) : [])];
}

export interface CompletionSource {
  /** names of objects of `kind` in `namespace` ('' for cluster-scoped kinds) */
  names(kind: string, namespace: string): string[];
  files(): string[];
}

// plural names and short names, as kubectl's own completion offers them
const RESOURCE_WORDS = [...new Set(RESOURCES.flatMap((r) => [r.resource, ...r.shortNames]))].sort();

/** Everything the word being typed could become (unfiltered: the line editor matches the prefix). */
export function candidates(before: string, src: CompletionSource): string[] {
  // the command being typed is the one after the last |, ;, && or ||
  const words = before.split(/\|\|?|&&|;/).pop()!.replace(/^\s+/, '').split(/\s+/);
  const current = words.pop() ?? '';
  if (words.length === 0 || words.every((w) => w === '')) return PROGRAMS;
  const [program, ...rest] = words.filter((w) => w !== '');
  if (/^(<|>|>>|2>|2>>|&>)$/.test(rest[rest.length - 1] ?? program)) return src.files();
  if (FILE_PROGRAMS.has(program)) return src.files();
  if (program === 'helm') return helmCandidates(rest.filter((w) => !w.startsWith('-')), src);
  if (program === 'az') return azCandidates(rest.filter((w) => !w.startsWith('-')));
  if (program !== 'kubectl' && program !== 'k') return [];
  const prev = rest[rest.length - 1];
  let namespace = 'default';
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    if (w === '-n' || w === '--namespace') namespace = rest[i + 1] ?? namespace;
    if (VALUE_FLAGS.has(w)) i++;
    else if (!w.startsWith('-')) positional.push(w);
  }
  if (prev === '-n' || prev === '--namespace') return src.names('Namespace', '');
  if (prev === '-f' || prev === '--filename') return src.files();
  if (prev === '-o' || prev === '--output') return ['json', 'name', 'wide', 'yaml'];
  const [command, ...args] = positional;
  if (current.startsWith('-')) return flagsFor(command, args[0]);
  if (command === undefined) return KUBECTL_COMMANDS;
  if (command === 'create') return args.length === 0 ? CREATE : args[0] === 'service' && args.length === 1 ? ['clusterip', 'externalname', 'loadbalancer', 'nodeport'] : args[0] === 'secret' && args.length === 1 ? ['generic'] : [];
  if (command === 'logs') return args.length === 0 ? src.names('Pod', namespace) : [];
  if (command === 'cordon' || command === 'uncordon') return args.length === 0 ? src.names('Node', '') : [];
  if (!TYPED.has(command)) return [];
  const typed = command === 'rollout' ? args.slice(1) : args;
  if (command === 'rollout' && args.length === 0) return ROLLOUT;
  if (typed.length === 0) return RESOURCE_WORDS;
  const info = resourceForName(typed[0]);
  if (!info || (typed.length > 1 && command !== 'get' && command !== 'delete' && command !== 'describe')) return [];
  return src.names(info.kind, info.namespaced ? namespace : '');
}
