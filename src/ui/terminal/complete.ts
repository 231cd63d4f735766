// Tab completion for the terminal: programs, kubectl commands, resource types, object names from
// the cluster mirror, namespaces after -n, and workspace files after -f. The command list mirrors
// the table in src/cli/kubectl/index.ts.
import { RESOURCES, resourceForName } from '../../sim/api/resources';

export const PROGRAMS = ['kubectl', 'k', 'clear'];
export const KUBECTL_COMMANDS = ['annotate', 'apply', 'config', 'cordon', 'create', 'delete', 'describe', 'expose', 'get', 'label', 'logs', 'rollout', 'run', 'scale', 'set', 'uncordon', 'version'];
const ROLLOUT = ['history', 'restart', 'status', 'undo'];
/** commands whose first argument is a resource type, then names of that type */
const TYPED = new Set(['get', 'describe', 'delete', 'label', 'annotate', 'scale', 'expose', 'rollout']);
const VALUE_FLAGS = new Set(['-n', '--namespace', '-f', '--filename', '-o', '--output', '-l', '--selector', '-c', '--container']);

export interface CompletionSource {
  /** names of objects of `kind` in `namespace` ('' for cluster-scoped kinds) */
  names(kind: string, namespace: string): string[];
  files(): string[];
}

// plural names and short names, as kubectl's own completion offers them
const RESOURCE_WORDS = [...new Set(RESOURCES.flatMap((r) => [r.resource, ...r.shortNames]))].sort();

/** Everything the word being typed could become (unfiltered: the line editor matches the prefix). */
export function candidates(before: string, src: CompletionSource): string[] {
  const words = before.split(/\s+/);
  const current = words.pop() ?? '';
  if (words.length === 0 || words.every((w) => w === '')) return PROGRAMS;
  const [program, ...rest] = words.filter((w) => w !== '');
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
  if (current.startsWith('-')) return [];
  const [command, ...args] = positional;
  if (command === undefined) return KUBECTL_COMMANDS;
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
