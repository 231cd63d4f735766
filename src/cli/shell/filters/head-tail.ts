// coreutils head and tail: -n N (head -n -N: all but the last N; tail -n +N: from line N on), -c N,
// the old -N form (as the first argument), and `==> name <==` headers when given several files.
import type { CommandResult, Workspace } from '../../types';
import { isError, parseOptions, readInputs } from './options';

const SPEC = { flags: 'qv', withArg: 'nc', long: { lines: 'n', bytes: 'c', quiet: 'q', silent: 'q', verbose: 'v' } };

export function headTail(prog: 'head' | 'tail', args: string[], stdin: string | undefined, ws: Workspace): CommandResult {
  // the obsolete `-5` means `-n 5`
  const argv = args.map((a, i) => (i === 0 && /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const p = parseOptions(prog, argv, SPEC);
  if (isError(p)) return p;
  const bytes = p.opts.has('c');
  const raw = p.opts.get(bytes ? 'c' : 'n') ?? '10';
  const m = /^([+-]?)(\d+)$/.exec(raw);
  if (!m) return { stdout: '', stderr: `${prog}: invalid number of ${bytes ? 'bytes' : 'lines'}: \u2018${raw}\u2019\n`, exitCode: 1 };
  const n = Number(m[2]);
  const { inputs, errors } = readInputs(
    p.operands,
    stdin,
    ws,
    (f) => `${prog}: cannot open '${f}' for reading: No such file or directory\n`,
    (f) => `${prog}: error reading '${f}': Is a directory\n`,
  );
  const headers = p.opts.has('v') || (!p.opts.has('q') && p.operands.length > 1);
  let stdout = '';
  inputs.forEach((input, k) => {
    if (headers) stdout += `${k > 0 ? '\n' : ''}==> ${input.name} <==\n`;
    const units = bytes ? [...input.text] : splitKeep(input.text);
    stdout += pick(prog, units, n, m[1]).join('');
  });
  return { stdout, stderr: errors, exitCode: errors ? 1 : 0 };
}

/** lines with their newlines kept, so that a last line without one stays without */
function splitKeep(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function pick(prog: 'head' | 'tail', units: string[], n: number, sign: string): string[] {
  if (prog === 'head') return sign === '-' ? units.slice(0, Math.max(0, units.length - n)) : units.slice(0, n);
  if (sign === '+') return units.slice(Math.max(0, n - 1));
  return n === 0 ? [] : units.slice(-n);
}
