// coreutils cut (-f LIST with -d, -c/-b LIST, -s) and tr (SET1 SET2, -d, -s; ranges, \n-style escapes
// and [:class:] sets; SET2 is padded with its last character, as GNU does).
import type { CommandResult, Workspace } from '../../types';
import { isError, joinLines, linesOf, parseOptions, readInputs, usageError } from './options';

const CUT = { flags: 's', withArg: 'dfcb', long: { delimiter: 'd', fields: 'f', characters: 'c', bytes: 'b', 'only-delimited': 's' } };

/** a cut LIST (`1,3`, `2-`, `-4`) as a test of a 1-based position */
function parseList(list: string, kind: string): ((n: number) => boolean) | string {
  const ranges: [number, number][] = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '')) return `invalid ${kind} value \u2018${part}\u2019`;
    const lo = m[1] === '' ? 1 : Number(m[1]);
    const hi = m[2] ? (m[3] === '' ? Infinity : Number(m[3])) : lo;
    if (lo === 0 || hi === 0) return `${kind}s are numbered from 1`;
    if (hi < lo) return 'invalid decreasing range';
    ranges.push([lo, hi]);
  }
  return (n) => ranges.some(([lo, hi]) => n >= lo && n <= hi);
}

export function cut(args: string[], stdin: string | undefined, ws: Workspace): CommandResult {
  const p = parseOptions('cut', args, CUT);
  if (isError(p)) return p;
  const o = p.opts;
  const modes = ['f', 'c', 'b'].filter((m) => o.has(m));
  if (modes.length === 0) return usageError('cut', 'you must specify a list of bytes, characters, or fields');
  if (modes.length > 1) return usageError('cut', 'only one list may be specified');
  const delim = o.get('d') ?? '\t';
  if ([...delim].length !== 1) return usageError('cut', 'the delimiter must be a single character');
  const mode = modes[0];
  const pick = parseList(o.get(mode)!, mode === 'f' ? 'field' : 'byte/character');
  if (typeof pick === 'string') return usageError('cut', pick);
  const { inputs, errors } = readInputs(p.operands, stdin, ws, (f) => `cut: ${f}: No such file or directory\n`, (f) => `cut: ${f}: Is a directory\n`);
  const out: string[] = [];
  for (const line of inputs.flatMap((i) => linesOf(i.text))) {
    if (mode !== 'f') out.push([...line].filter((_, i) => pick(i + 1)).join(''));
    else if (!line.includes(delim)) {
      if (!o.has('s')) out.push(line);
    } else out.push(line.split(delim).filter((_, i) => pick(i + 1)).join(delim));
  }
  return { stdout: joinLines(out), stderr: errors, exitCode: errors ? 1 : 0 };
}

const CLASSES: Record<string, string> = { upper: 'A-Z', lower: 'a-z', digit: '0-9', alpha: 'a-zA-Z', alnum: 'a-zA-Z0-9', space: ' \t\n\r\f\v', blank: ' \t' };
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\' };

/** a tr SET as its characters, in order */
function expand(set: string): string[] {
  const chars: string[] = [];
  const src = set.replace(/\[:(\w+):\]/g, (m, c: string) => CLASSES[c] ?? m);
  const units: string[] = [];
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && i + 1 < src.length) units.push(ESCAPES[src[++i]] ?? src[i]);
    else units.push(src[i]);
  }
  for (let i = 0; i < units.length; i++) {
    if (units[i + 1] === '-' && i + 2 < units.length) {
      for (let c = units[i].charCodeAt(0); c <= units[i + 2].charCodeAt(0); c++) chars.push(String.fromCharCode(c));
      i += 2;
    } else chars.push(units[i]);
  }
  return chars;
}

export function tr(args: string[], stdin: string | undefined): CommandResult {
  const p = parseOptions('tr', args, { flags: 'ds', long: { delete: 'd', 'squeeze-repeats': 's' } });
  if (isError(p)) return p;
  const [set1, set2] = p.operands;
  const del = p.opts.has('d');
  const squeeze = p.opts.has('s');
  if (set1 === undefined) return usageError('tr', 'missing operand');
  if (set2 === undefined && !del && !squeeze) return usageError('tr', `missing operand after \u2018${set1}\u2019\nTwo strings must be given when translating.`);
  const from = expand(set1);
  const to = set2 === undefined ? [] : expand(set2);
  const map = new Map<string, string>();
  if (!del && to.length) from.forEach((c, i) => map.set(c, to[Math.min(i, to.length - 1)]));
  const squeezeSet = new Set(del ? to : set2 !== undefined ? to : from);
  let out = '';
  for (const c of stdin ?? '') {
    if (del && from.includes(c)) continue;
    const t = map.get(c) ?? c;
    if (squeeze && squeezeSet.has(t) && out.endsWith(t)) continue;
    out += t;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
}
