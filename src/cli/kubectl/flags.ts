// A small pflag/cobra work-alike: the flag syntax kubectl accepts and the errors it prints.
// mirrors github.com/spf13/pflag flag.go (parseLongArg, parseShortArg) and cobra's usage hint.

/** `strings` splits on commas (pflag StringSlice); `stringArray` keeps each value whole */
export type FlagType = 'bool' | 'string' | 'int' | 'strings' | 'stringArray';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  /** bool flags: the value of `--flag` without `=` (kubectl's --dry-run takes "unchanged") */
  noOptDefault?: string;
}

export type FlagValues = Record<string, string | boolean | number | string[] | undefined>;

export interface ParsedArgs {
  args: string[];
  flags: FlagValues;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function flagLabel(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

function setValue(flags: FlagValues, spec: FlagSpec, raw: string): void {
  switch (spec.type) {
    case 'bool':
      if (raw !== 'true' && raw !== 'false') throw new UsageError(`invalid argument "${raw}" for "${flagLabel(spec)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      flags[spec.name] = raw === 'true';
      return;
    case 'int':
      if (!/^[-+]?\d+$/.test(raw)) throw new UsageError(`invalid argument "${raw}" for "${flagLabel(spec)}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      flags[spec.name] = Number.parseInt(raw, 10);
      return;
    case 'strings':
    case 'stringArray': {
      const prev = (flags[spec.name] as string[] | undefined) ?? [];
      flags[spec.name] = [...prev, ...(spec.type === 'strings' ? raw.split(',') : [raw])];
      return;
    }
    default:
      flags[spec.name] = raw;
  }
}

/** Parses `args` against `specs`; throws UsageError with pflag's message. Flags may follow positionals. */
export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const flags: FlagValues = {};
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) throw new UsageError(`unknown flag: --${name}`);
      if (eq >= 0) setValue(flags, spec, a.slice(eq + 1));
      else if (spec.type === 'bool') setValue(flags, spec, spec.noOptDefault ?? 'true');
      else if (i + 1 < argv.length) setValue(flags, spec, argv[++i]);
      else throw new UsageError(`flag needs an argument: --${name}`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // shorthand: -abc (bools), -nvalue, -n value, -n=value
      let j = 1;
      while (j < a.length) {
        const c = a[j];
        const spec = byShort.get(c);
        if (!spec) throw new UsageError(`unknown shorthand flag: '${c}' in ${a}`);
        const rest = a.slice(j + 1);
        if (spec.type === 'bool') {
          if (rest.startsWith('=')) {
            setValue(flags, spec, rest.slice(1));
            break;
          }
          setValue(flags, spec, spec.noOptDefault ?? 'true');
          j++;
          continue;
        }
        if (rest.length > 0) setValue(flags, spec, rest.startsWith('=') ? rest.slice(1) : rest);
        else if (i + 1 < argv.length) setValue(flags, spec, argv[++i]);
        else throw new UsageError(`flag needs an argument: '${c}' in ${a}`);
        break;
      }
      continue;
    }
    args.push(a);
  }
  return { args, flags };
}

/** Flags every kubectl command accepts (a subset of kubectl's global flags). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
];
