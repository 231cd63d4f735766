// A tiny awk for the one-liners learners pipe kubectl into: `awk '{print $1}'`, `awk 'NR>1 {print $1, $3}'`,
// `awk -F: '$2 ~ /x/'`, `awk '/Running/ {print $1}'`, BEGIN/END with print, fields ($N, $NF, $0), NR, NF,
// strings, numbers and concatenation. Anything else (variables, arithmetic, printf, functions) is refused
// with a clear message rather than run differently from awk.
import type { CommandResult, Workspace } from '../../types';
import { isError, linesOf, parseOptions, readInputs } from './options';
import { posixToJs } from './grep';

type Term = { kind: 'field'; index: number | 'NF' } | { kind: 'var'; name: 'NR' | 'NF' } | { kind: 'str'; value: string } | { kind: 'num'; value: number };
type Expr = Term[];
type Pattern =
  | { kind: 'always' }
  | { kind: 'begin' }
  | { kind: 'end' }
  | { kind: 'regex'; re: RegExp; on?: Expr; negate: boolean }
  | { kind: 'compare'; left: Expr; op: string; right: Expr };
interface Rule {
  pattern: Pattern;
  /** the print statements' expression lists; undefined = print $0 */
  prints?: Expr[][];
}

const UNSUPPORTED = "awk: Kubeplay's awk runs only print programs ({print $1, $3}, NR>1, /re/, $2 ~ /re/, BEGIN/END)\n";

function tokenize(src: string): string[] | undefined {
  const re = /\s*(\$NF|\$\d+|"(?:[^"\\]|\\.)*"|\/(?:[^/\\]|\\.)*\/|==|!=|>=|<=|!~|[{}();,<>~!$]|[A-Za-z_]\w*|\d+(?:\.\d+)?)/y;
  const out: string[] = [];
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) return undefined;
    out.push(m[1]);
    i = re.lastIndex;
  }
  return out;
}

function parseProgram(src: string): Rule[] | undefined {
  const toks = tokenize(src.replace(/\n/g, ';'));
  if (!toks) return undefined;
  let i = 0;
  const term = (): Term | undefined => {
    const t = toks[i];
    if (t === undefined) return undefined;
    if (t === '$NF') return (i++, { kind: 'field', index: 'NF' });
    if (/^\$\d+$/.test(t)) return (i++, { kind: 'field', index: Number(t.slice(1)) });
    if (t === 'NR' || t === 'NF') return (i++, { kind: 'var', name: t });
    if (t.startsWith('"')) return (i++, { kind: 'str', value: JSON.parse(t) as string });
    if (/^\d/.test(t)) return (i++, { kind: 'num', value: Number(t) });
    return undefined;
  };
  const expr = (): Expr => {
    const terms: Term[] = [];
    for (let t = term(); t; t = term()) terms.push(t);
    return terms;
  };
  const rules: Rule[] = [];
  while (i < toks.length) {
    if (toks[i] === ';') {
      i++;
      continue;
    }
    let pattern: Pattern = { kind: 'always' };
    if (toks[i] === 'BEGIN' || toks[i] === 'END') pattern = { kind: toks[i++] === 'BEGIN' ? 'begin' : 'end' };
    else if (toks[i] !== '{') {
      const negate = toks[i] === '!' && toks[i + 1]?.startsWith('/') ? (i++, true) : false;
      if (toks[i]?.startsWith('/')) pattern = { kind: 'regex', re: new RegExp(posixToJs(toks[i++].slice(1, -1), true)), negate };
      else {
        const left = expr();
        const op = toks[i++];
        if (!left.length || op === undefined) return undefined;
        if (op === '~' || op === '!~') {
          const r = toks[i++];
          if (!r?.startsWith('/')) return undefined;
          pattern = { kind: 'regex', re: new RegExp(posixToJs(r.slice(1, -1), true)), on: left, negate: op === '!~' };
        } else if (['==', '!=', '>', '<', '>=', '<='].includes(op)) {
          const right = expr();
          if (!right.length) return undefined;
          pattern = { kind: 'compare', left, op, right };
        } else return undefined;
      }
    }
    const rule: Rule = { pattern };
    if (toks[i] === '{') {
      i++;
      rule.prints = [];
      while (toks[i] !== '}') {
        if (toks[i] === ';') {
          i++;
          continue;
        }
        if (toks[i++] !== 'print') return undefined;
        const list: Expr[] = [];
        if (toks[i] !== '}' && toks[i] !== ';') {
          for (;;) {
            const e = expr();
            if (!e.length) return undefined;
            list.push(e);
            if (toks[i] !== ',') break;
            i++;
          }
        }
        rule.prints.push(list);
        if (toks[i] !== ';' && toks[i] !== '}') return undefined;
      }
      i++;
    } else if (pattern.kind === 'begin' || pattern.kind === 'end') return undefined;
    rules.push(rule);
  }
  return rules;
}

const numeric = (s: string) => /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s);

export function awk(args: string[], stdin: string | undefined, ws: Workspace): CommandResult {
  const p = parseOptions('awk', args, { flags: '', withArg: 'F' });
  if (isError(p)) return p;
  const [program, ...files] = p.operands;
  if (program === undefined) return { stdout: '', stderr: 'usage: awk [-F value] [--] \'program text\' [file ...]\n', exitCode: 2 };
  let rules: Rule[] | undefined;
  try {
    rules = parseProgram(program);
  } catch {
    rules = undefined;
  }
  if (!rules) return { stdout: '', stderr: UNSUPPORTED, exitCode: 2 };
  const fs = p.opts.get('F');
  const split = (line: string): string[] => (fs === undefined || fs === ' ' ? line.trim().split(/[ \t]+/).filter((f) => f !== '') : line.split(fs.length === 1 ? fs : new RegExp(fs)));
  const { inputs, errors } = readInputs(files, stdin, ws, (f) => `awk: cannot open ${f} (No such file or directory)\n`, (f) => `awk: cannot open ${f} (Is a directory)\n`);
  let stdout = '';
  let nr = 0;
  let line = '';
  let fields: string[] = [];
  const value = (t: Term): string => {
    if (t.kind === 'str') return t.value;
    if (t.kind === 'num') return String(t.value);
    if (t.kind === 'var') return String(t.name === 'NR' ? nr : fields.length);
    const n = t.index === 'NF' ? fields.length : t.index;
    return n === 0 ? line : (fields[n - 1] ?? '');
  };
  const evaluate = (e: Expr) => e.map(value).join('');
  const matches = (pat: Pattern): boolean => {
    if (pat.kind === 'always') return true;
    if (pat.kind === 'regex') return pat.re.test(pat.on ? evaluate(pat.on) : line) !== pat.negate;
    if (pat.kind !== 'compare') return false;
    const a = evaluate(pat.left);
    const b = evaluate(pat.right);
    const c = numeric(a) && numeric(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
    return { '==': c === 0, '!=': c !== 0, '>': c > 0, '<': c < 0, '>=': c >= 0, '<=': c <= 0 }[pat.op] ?? false;
  };
  const run = (rule: Rule) => {
    if (!rule.prints) stdout += `${line}\n`;
    else for (const list of rule.prints) stdout += (list.length ? list.map(evaluate).join(' ') : line) + '\n';
  };
  for (const r of rules) if (r.pattern.kind === 'begin') run(r);
  for (const text of inputs.flatMap((i) => linesOf(i.text))) {
    nr++;
    line = text;
    fields = split(text);
    for (const r of rules) if (r.pattern.kind !== 'begin' && r.pattern.kind !== 'end' && matches(r.pattern)) run(r);
  }
  for (const r of rules) if (r.pattern.kind === 'end') run(r);
  return { stdout, stderr: errors, exitCode: errors ? 2 : 0 };
}
