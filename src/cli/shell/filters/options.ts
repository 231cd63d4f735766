// getopt_long as coreutils and grep use it: bundled short options (`-ic`), an option's argument
// attached or next (`-n5`, `-n 5`, `--lines=5`), options after operands (GNU permutes), `--` ends
// them, `-` is an operand (stdin). Errors in getopt's wording.
import type { CommandResult, Workspace } from '../../types';

export interface OptionSpec {
  /** short options without an argument, e.g. 'ivcn' */
  flags: string;
  /** short options taking an argument, e.g. 'n' */
  withArg?: string;
  /** long option → its short letter */
  long?: Record<string, string>;
  /** extra line after the error (grep prints its usage line) */
  usage?: string;
  /** exit status of a usage error (grep, sort: 2) */
  status?: number;
}

export interface Parsed {
  /** letter → its argument (the last given), or '' for a flag; `all` keeps every argument in order */
  opts: Map<string, string>;
  all: { letter: string; value: string }[];
  operands: string[];
}

export function usageError(prog: string, message: string, spec: Pick<OptionSpec, 'usage' | 'status'> = {}): CommandResult {
  return { stdout: '', stderr: `${prog}: ${message}\n${spec.usage ?? ''}Try '${prog} --help' for more information.\n`, exitCode: spec.status ?? 1 };
}

export function parseOptions(prog: string, args: string[], spec: OptionSpec): Parsed | CommandResult {
  const opts = new Map<string, string>();
  const all: Parsed['all'] = [];
  const operands: string[] = [];
  const set = (letter: string, value: string) => {
    opts.set(letter, value);
    all.push({ letter, value });
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s);
      const letter = spec.long?.[name];
      if (letter === undefined) return usageError(prog, `unrecognized option '${a}'`, spec);
      if (spec.withArg?.includes(letter)) {
        const value = inline ?? args[++i];
        if (value === undefined) return usageError(prog, `option '--${name}' requires an argument`, spec);
        set(letter, value);
      } else set(letter, '');
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (spec.withArg?.includes(c)) {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) return usageError(prog, `option requires an argument -- '${c}'`, spec);
        set(c, value);
        break;
      }
      if (!spec.flags.includes(c)) return usageError(prog, `invalid option -- '${c}'`, spec);
      set(c, '');
    }
  }
  return { opts, all, operands };
}

export function isError(p: Parsed | CommandResult): p is CommandResult {
  return 'exitCode' in p;
}

export interface Input {
  name: string;
  text: string;
}

/**
 * The operands' texts (none, or `-`: stdin), and the message for each that cannot be read;
 * `missing`/`directory` word it the program's way.
 */
export function readInputs(operands: string[], stdin: string | undefined, ws: Workspace, missing: (f: string) => string, directory: (f: string) => string): { inputs: Input[]; errors: string } {
  const inputs: Input[] = [];
  let errors = '';
  for (const f of operands.length ? operands : ['-']) {
    if (f === '-') {
      inputs.push({ name: '(standard input)', text: stdin ?? '' });
      stdin = ''; // read once
      continue;
    }
    const text = ws.read(f);
    if (text !== undefined) inputs.push({ name: f, text });
    else errors += ws.exists(f) ? directory(f) : missing(f);
  }
  return { inputs, errors };
}

/** a text's lines, without their newlines (a last line without one still counts) */
export function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export const joinLines = (lines: string[]): string => lines.map((l) => `${l}\n`).join('');
