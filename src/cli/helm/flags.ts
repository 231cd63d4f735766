// A small pflag: `--name value`, `--name=value`, `-n value`, `-nvalue`, booleans, repeatable flags,
// and cobra's errors ("unknown flag: --foo", "unknown shorthand flag: 'a' in -a").
export interface FlagSpec {
  name: string;
  short?: string;
  kind: 'bool' | 'string' | 'array';
  /** pflag's NoOptDefVal: the flag alone means this value, and a value needs `--flag=value` */
  noOptDefault?: string;
}

export class FlagError extends Error {}

export interface Parsed {
  args: string[];
  values: Map<string, string[]>;
}

export function parseFlags(argv: string[], specs: FlagSpec[]): Parsed {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const values = new Map<string, string[]>();
  const args: string[] = [];
  const put = (s: FlagSpec, v: string) => values.set(s.name, [...(values.get(s.name) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const s = byName.get(name);
      if (!s) throw new FlagError(`unknown flag: --${name}`);
      if (s.kind === 'bool') put(s, eq < 0 ? 'true' : a.slice(eq + 1));
      else if (s.noOptDefault !== undefined) put(s, eq < 0 ? s.noOptDefault : a.slice(eq + 1));
      else if (eq >= 0) put(s, a.slice(eq + 1));
      else if (i + 1 < argv.length) put(s, argv[++i]!);
      else throw new FlagError(`flag needs an argument: --${name}`);
    } else if (a.startsWith('-') && a.length > 1) {
      const c = a[1]!;
      const s = byShort.get(c);
      if (!s) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
      if (s.kind === 'bool') put(s, 'true');
      else if (a.length > 2) put(s, a.slice(a[2] === '=' ? 3 : 2));
      else if (i + 1 < argv.length) put(s, argv[++i]!);
      else throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
    } else args.push(a);
  }
  return { args, values };
}

export const flag = (p: Parsed, name: string): string | undefined => p.values.get(name)?.at(-1);
export const bool = (p: Parsed, name: string): boolean => flag(p, name) === 'true';
export const all = (p: Parsed, name: string): string[] => p.values.get(name) ?? [];
