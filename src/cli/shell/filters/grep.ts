// GNU grep, the options learners use: -i -v -c -n -E -F -w -x -o -q -h -H -l -e -m, -A/-B/-C context. Patterns are POSIX
// basic (or with -E extended) regular expressions, turned into JavaScript ones. Exit status 0 when
// a line matched, 1 when none did, 2 on an error (grep/src/grep.c).
import type { CommandResult, Workspace } from '../../types';
import { isError, linesOf, parseOptions, readInputs } from './options';

const SPEC = {
  flags: 'ivcnEFwxoqhHl',
  withArg: 'eABCm',
  long: { 'ignore-case': 'i', 'invert-match': 'v', count: 'c', 'line-number': 'n', 'extended-regexp': 'E', 'fixed-strings': 'F', 'word-regexp': 'w', 'line-regexp': 'x', 'only-matching': 'o', quiet: 'q', silent: 'q', 'no-filename': 'h', 'with-filename': 'H', 'files-with-matches': 'l', regexp: 'e', 'after-context': 'A', 'before-context': 'B', context: 'C', 'max-count': 'm' },
  usage: 'Usage: grep [OPTION]... PATTERNS [FILE]...\n',
  status: 2,
};

// POSIX bracket classes as JavaScript class contents
const CLASSES: Record<string, string> = { alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: '\\w' };

/** a POSIX BRE/ERE as a JavaScript regex source; in a BRE `\(` `\{` `\|` `\+` `\?` are the operators */
export function posixToJs(pattern: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      let j = i + 1;
      let body = '';
      if (pattern[j] === '^') body += pattern[j++];
      if (pattern[j] === ']') body += '\\' + pattern[j++];
      while (j < pattern.length && pattern[j] !== ']') {
        const cls = /^\[:(\w+):\]/.exec(pattern.slice(j));
        if (cls && CLASSES[cls[1]]) {
          body += CLASSES[cls[1]];
          j += cls[0].length;
        } else {
          body += pattern[j] === '\\' ? '\\\\' : pattern[j];
          j++;
        }
      }
      if (j >= pattern.length) throw new Error('Unmatched [, [^, [:, [., or [=');
      out += `[${body}]`;
      i = j;
    } else if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i];
      if (!extended && '(){}|+?'.includes(n)) out += n;
      else if ('<>'.includes(n)) out += '\\b';
      else if ('wWsSb'.includes(n)) out += `\\${n}`;
      else out += /[a-zA-Z0-9]/.test(n) ? n : `\\${n}`;
    } else if (!extended && '(){}|+?'.includes(c)) out += `\\${c}`;
    else if (!extended && c === '*' && (out === '' || out === '^')) out += '\\*';
    else out += c;
  }
  return out;
}

function compile(patterns: string[], o: Map<string, string>): RegExp | string {
  const sources = patterns.map((p) => (o.has('F') ? p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : posixToJs(p, o.has('E'))));
  let src = sources.map((s) => `(?:${s})`).join('|');
  if (o.has('x')) src = `^(?:${src})$`;
  else if (o.has('w')) src = `(?<!\\w)(?:${src})(?!\\w)`;
  try {
    return new RegExp(src, o.has('i') ? 'gi' : 'g');
  } catch (e) {
    const m = (e as Error).message;
    if (/Unterminated group|Unmatched '\('/.test(m)) return 'Unmatched ( or \\(';
    if (/Unmatched '\)'/.test(m)) return 'Unmatched ) or \\)';
    if (/character class/.test(m)) return 'Unmatched [, [^, [:, [., or [=';
    return 'Invalid regular expression';
  }
}

/** -A/-B/-C: how many lines after and before a match; undefined = no context (and no `--` lines) */
function contextOf(o: Map<string, string>): { after: number; before: number } | string | undefined {
  if (!o.has('A') && !o.has('B') && !o.has('C')) return undefined;
  for (const k of ['A', 'B', 'C']) if (o.has(k) && !/^\d+$/.test(o.get(k)!)) return `grep: ${o.get(k)}: invalid context length argument\n`;
  const c = Number(o.get('C') ?? 0);
  return { after: Number(o.get('A') ?? c), before: Number(o.get('B') ?? c) };
}

export function grep(args: string[], stdin: string | undefined, ws: Workspace): CommandResult {
  const p = parseOptions('grep', args, SPEC);
  if (isError(p)) return p;
  const o = p.opts;
  const context = contextOf(o);
  if (typeof context === 'string') return { stdout: '', stderr: context, exitCode: 2 };
  const max = o.has('m') ? Number(o.get('m')) : Infinity;
  if (o.has('m') && !/^\d+$/.test(o.get('m')!)) return { stdout: '', stderr: 'grep: invalid max count\n', exitCode: 2 };
  const patterns = p.all.filter((a) => a.letter === 'e').map((a) => a.value);
  const operands = [...p.operands];
  if (patterns.length === 0) {
    const first = operands.shift();
    if (first === undefined) return { stdout: '', stderr: `${SPEC.usage}Try 'grep --help' for more information.\n`, exitCode: 2 };
    patterns.push(...first.split('\n'));
  }
  let re: RegExp | string;
  try {
    re = compile(patterns, o);
  } catch (e) {
    re = (e as Error).message;
  }
  if (typeof re === 'string') return { stdout: '', stderr: `grep: ${re}\n`, exitCode: 2 };
  const { inputs, errors } = readInputs(operands, stdin, ws, (f) => `grep: ${f}: No such file or directory\n`, (f) => `grep: ${f}: Is a directory\n`);
  const named = o.has('H') || (!o.has('h') && operands.length > 1);
  const listing = o.has('c') || o.has('q') || o.has('l');
  let stdout = '';
  let matched = false;
  let printedGroup = false;
  for (const input of inputs) {
    let lines = linesOf(input.text);
    let seen = 0;
    const selected = lines.map((line) => {
      if (seen >= max) return false;
      re.lastIndex = 0;
      const hit = re.test(line) !== o.has('v');
      if (hit) seen++;
      return hit;
    });
    // -m N: reading stops after the Nth selected line and its trailing context
    if (seen >= max) lines = lines.slice(0, selected.lastIndexOf(true) + 1 + (context?.after ?? 0));
    const count = selected.filter(Boolean).length;
    if (count > 0) matched = true;
    if (o.has('c')) stdout += `${named ? `${input.name}:` : ''}${count}\n`;
    else if (o.has('l') && count > 0) stdout += `${input.name}\n`;
    if (o.has('q') && matched) return { stdout: '', stderr: '', exitCode: 0 };
    if (listing) continue;
    // a selected line is `name:n:line`; a context line `name-n-line`; `--` between groups apart
    const show = (n: number, sep: string) => `${named ? `${input.name}${sep}` : ''}${o.has('n') ? `${n + 1}${sep}` : ''}`;
    let lastShown = -1;
    let afterLeft = 0;
    lines.forEach((line, n) => {
      const wanted = selected[n];
      const near = context !== undefined && (afterLeft > 0 || selected.slice(n + 1, n + 1 + context.before).some(Boolean));
      if (!wanted && !near) return;
      if (context !== undefined && printedGroup && lastShown !== n - 1) stdout += '--\n';
      printedGroup = true;
      lastShown = n;
      if (wanted) afterLeft = context?.after ?? 0;
      else afterLeft--;
      if (!wanted) stdout += `${show(n, '-')}${line}\n`;
      else if (o.has('o') && !o.has('v')) {
        re.lastIndex = 0;
        for (const m of line.matchAll(re)) if (m[0] !== '') stdout += `${show(n, ':')}${m[0]}\n`;
      } else stdout += `${show(n, ':')}${line}\n`;
    });
  }
  if (o.has('q')) stdout = '';
  return { stdout, stderr: errors, exitCode: errors ? 2 : matched ? 0 : 1 };
}
