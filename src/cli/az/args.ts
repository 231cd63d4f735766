// az's argument parsing (knack/argparse): long flags with values, short aliases, boolean switches,
// and argparse's "the following arguments are required" error.

export interface AzArgs {
  words: string[];
  flags: Map<string, string>;
  /** a flag az does not know, or a value missing */
  error?: string;
}

const ALIASES: Record<string, string> = { g: 'resource-group', n: 'name', o: 'output', l: 'location', k: 'kubernetes-version', c: 'node-count', s: 'node-vm-size', y: 'yes' };
const SWITCHES = new Set(['yes', 'no-wait', 'control-plane-only', 'node-image-only', 'overwrite-existing', 'admin', 'help', 'only-show-errors', 'debug', 'verbose']);

const VALUED = ['resource-group', 'name', 'output', 'location', 'kubernetes-version', 'node-count', 'node-vm-size', 'query', 'cluster-name', 'nodepool-name', 'max-surge', 'max-unavailable', 'drain-timeout', 'node-soak-duration', 'mode', 'labels', 'node-taints', 'file', 'subscription', 'context'];
const KNOWN = new Set([...VALUED, ...SWITCHES]);

export function parseAzArgs(args: string[]): AzArgs {
  const words: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '-') {
      words.push(a);
      continue;
    }
    let [name, value] = a.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    name = ALIASES[name] ?? name;
    if (!KNOWN.has(name)) return { words, flags, error: `ERROR: unrecognized arguments: ${a}` };
    if (SWITCHES.has(name)) {
      flags.set(name, value ?? 'true');
      continue;
    }
    if (value === undefined) {
      value = args[i + 1];
      if (value === undefined) return { words, flags, error: `ERROR: argument --${name}: expected one argument` };
      i++;
    }
    flags.set(name, value);
  }
  return { words, flags };
}

/** argparse's error for missing required flags, in the order az lists them */
export function requireFlags(a: AzArgs, required: [string, string?][]): string | undefined {
  const missing = required.filter(([name]) => !a.flags.has(name)).map(([name, short]) => (short ? `--${name}/-${short}` : `--${name}`));
  return missing.length ? `ERROR: the following arguments are required: ${missing.join(', ')}\n` : undefined;
}
