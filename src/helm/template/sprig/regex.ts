// sprig's regex functions over Go RE2 syntax (the common subset JS shares), with Go's
// Regexp.Expand rules for $1 / ${name} in replacements (a name runs as long as it can).
import { def, type FuncMap } from '../funcs';
import { GoError } from '../errors';

function compile(re: string, flags = ''): RegExp {
  // RE2's (?P<name>…) and (?i) prefix flags
  let src = re.replace(/\(\?P</g, '(?<');
  let f = flags + 'u';
  const m = /^\(\?([imsU]+)\)/.exec(src);
  if (m) {
    src = src.slice(m[0].length);
    if (m[1].includes('i')) f += 'i';
    if (m[1].includes('s')) f += 's';
    if (m[1].includes('m')) f += 'm';
  }
  try {
    return new RegExp(src, f);
  } catch {
    throw new GoError(`error parsing regexp: invalid or unsupported Perl syntax: \`${re}\``);
  }
}

/** Regexp.Expand: $1, ${1}, $name, ${name}, $$ */
function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (_all, tok: string, braced?: string, bare?: string) => {
    if (tok === '$') return '$';
    const name = braced ?? bare!;
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    return m.groups?.[name] ?? '';
  });
}

function replaceAll(re: string, s: string, repl: string, literal: boolean): string {
  const r = compile(re, 'g');
  return s.replace(r, (...args) => {
    if (literal) return repl;
    const groups = typeof args[args.length - 1] === 'object' ? args[args.length - 1] : undefined;
    const m = Object.assign(args.slice(0, typeof groups === 'object' ? -3 : -2), { groups }) as unknown as RegExpExecArray;
    return expand(repl, m);
  });
}

function findAll(re: string, s: string, n: bigint): string[] {
  const all = [...s.matchAll(compile(re, 'g'))].map((m) => m[0]);
  return n < 0n ? all : all.slice(0, Number(n));
}

function split(re: string, s: string, n: bigint): string[] {
  const k = Number(n);
  if (k === 0) return [];
  const r = compile(re, 'g');
  if (re.length > 0 && s.length === 0) return [''];
  const out: string[] = [];
  let beg = 0;
  for (const m of s.matchAll(r)) {
    if (k > 0 && out.length === k - 1) break;
    const end = m.index!;
    if (m[0].length === 0 && end === 0) continue;
    out.push(s.slice(beg, end));
    beg = end + m[0].length;
  }
  out.push(s.slice(beg));
  return out;
}

export const regexFuncs: FuncMap = {
  regexMatch: def(['string', 'string'], (re: string, s: string) => compile(re).test(s)),
  mustRegexMatch: def(['string', 'string'], (re: string, s: string) => compile(re).test(s)),
  regexFind: def(['string', 'string'], (re: string, s: string) => compile(re).exec(s)?.[0] ?? ''),
  regexFindAll: def(['string', 'string', 'int'], findAll),
  regexReplaceAll: def(['string', 'string', 'string'], (re: string, s: string, r: string) => replaceAll(re, s, r, false)),
  regexReplaceAllLiteral: def(['string', 'string', 'string'], (re: string, s: string, r: string) => replaceAll(re, s, r, true)),
  regexSplit: def(['string', 'string', 'int'], split),
  regexQuoteMeta: def(['string'], (s: string) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')),
};
