// coreutils wc: lines, words, bytes (-l -w -c; -m characters), in that order. Columns share one
// width: that of the largest total when every input is a file; 7 when one is a pipe; none when a
// single count of a single input is printed (wc.c, compute_number_width).
import type { CommandResult, Workspace } from '../../types';
import { isError, parseOptions, readInputs } from './options';

const SPEC = { flags: 'lwcm', long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm' } };

export function wc(args: string[], stdin: string | undefined, ws: Workspace): CommandResult {
  const p = parseOptions('wc', args, SPEC);
  if (isError(p)) return p;
  const chosen = ['l', 'w', 'm', 'c'].filter((c) => p.opts.has(c));
  const cols = chosen.length ? chosen : ['l', 'w', 'c'];
  const { inputs, errors } = readInputs(p.operands, stdin, ws, (f) => `wc: ${f}: No such file or directory\n`, (f) => `wc: ${f}: Is a directory\n`);
  // a folder is counted as empty (after its error), and is no regular file: the width is 7
  const dirs = p.operands.filter((f) => f !== '-' && ws.exists(f) && ws.read(f) === undefined);
  const rows = p.operands.length
    ? p.operands.filter((f) => f === '-' || ws.exists(f)).map((f) => ({ name: f, counts: dirs.includes(f) ? count('') : count(f === '-' ? (inputs.find((i) => i.name === '(standard input)')?.text ?? '') : ws.read(f)!) }))
    : inputs.map((input) => ({ name: '', counts: count(input.text) }));
  const total = { l: 0, w: 0, m: 0, c: 0 };
  for (const r of rows) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r.counts[k];
  const piped = p.operands.length === 0 || p.operands.includes('-') || dirs.length > 0;
  let width = piped ? 7 : String(total.c).length;
  if (cols.length === 1 && p.operands.length <= 1) width = 1;
  const line = (c: typeof total, name: string) => cols.map((k) => String(c[k as keyof typeof total]).padStart(width)).join(' ') + (name ? ` ${name}` : '') + '\n';
  let stdout = rows.map((r) => line(r.counts, r.name)).join('');
  if (p.operands.length > 1) stdout += line(total, 'total');
  return { stdout, stderr: errors, exitCode: errors ? 1 : 0 };
}

function count(text: string): { l: number; w: number; m: number; c: number } {
  return {
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter((w) => w !== '').length,
    m: [...text].length,
    c: new TextEncoder().encode(text).length,
  };
}
