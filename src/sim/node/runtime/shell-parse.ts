// A small POSIX-sh subset for busybox `sh -c` scripts: words with quotes and $VAR / ${VAR} / $(cmd),
// `;` `&&` `||` `|` newlines, `while … do … done`, `for x in …; do … done`, `if … then … else … fi`.
// Enough for the scripts lessons and tutorials use; not a full shell.

export type Part = { lit: string } | { variable: string } | { subst: string };
export interface Word {
  parts: Part[];
  /** the unquoted source text, for keyword detection */
  bare: string;
  quoted: boolean;
}
type Token = { t: 'word'; w: Word } | { t: 'op'; op: string };

export type Node =
  | { n: 'simple'; words: Word[] }
  | { n: 'pipe'; cmds: Node[] }
  | { n: 'andor'; first: Node; rest: Array<{ op: '&&' | '||'; cmd: Node }> }
  | { n: 'list'; items: Node[] }
  | { n: 'while'; until: boolean; cond: Node; body: Node }
  | { n: 'for'; variable: string; items: Word[]; body: Node }
  | { n: 'if'; cond: Node; then: Node; otherwise?: Node };

export class ShellSyntaxError extends Error {}

function readVar(s: string, i: number): { part: Part; next: number } | undefined {
  if (s[i + 1] === '{') {
    const end = s.indexOf('}', i + 2);
    if (end < 0) return undefined;
    return { part: { variable: s.slice(i + 2, end) }, next: end + 1 };
  }
  if (s[i + 1] === '(') {
    let depth = 1;
    let j = i + 2;
    while (j < s.length && depth > 0) {
      if (s[j] === '(') depth++;
      else if (s[j] === ')') depth--;
      j++;
    }
    return { part: { subst: s.slice(i + 2, j - 1) }, next: j };
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(s.slice(i + 1));
  if (!m) return undefined;
  return { part: { variable: m[1] }, next: i + 1 + m[1].length };
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      out.push({ t: 'op', op: two });
      i += 2;
      continue;
    }
    if (c === ';' || c === '\n' || c === '|' || c === '&') {
      out.push({ t: 'op', op: c === '\n' || c === '&' ? ';' : c });
      i++;
      continue;
    }
    const parts: Part[] = [];
    let bare = '';
    let quoted = false;
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ lit });
      lit = '';
    };
    while (i < src.length && !' \t\r\n;|&'.includes(src[i])) {
      const ch = src[i];
      if (ch === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw new ShellSyntaxError("unterminated quoted string");
        lit += src.slice(i + 1, end);
        quoted = true;
        i = end + 1;
      } else if (ch === '"') {
        quoted = true;
        i++;
        while (i < src.length && src[i] !== '"') {
          if (src[i] === '\\' && i + 1 < src.length && '"\\$`'.includes(src[i + 1])) {
            lit += src[i + 1];
            i += 2;
          } else if (src[i] === '$') {
            const v = readVar(src, i);
            if (!v) lit += src[i++];
            else {
              flush();
              parts.push(v.part);
              i = v.next;
            }
          } else lit += src[i++];
        }
        if (i >= src.length) throw new ShellSyntaxError('unterminated quoted string');
        i++;
      } else if (ch === '\\' && i + 1 < src.length) {
        lit += src[i + 1];
        i += 2;
      } else if (ch === '$') {
        const v = readVar(src, i);
        if (!v) {
          lit += ch;
          bare += ch;
          i++;
        } else {
          flush();
          parts.push(v.part);
          bare += src.slice(i, v.next);
          i = v.next;
        }
      } else {
        lit += ch;
        bare += ch;
        i++;
      }
    }
    flush();
    out.push({ t: 'word', w: { parts, bare, quoted } });
  }
  return out;
}

/** Parses a script into a command tree; throws ShellSyntaxError like `sh: syntax error: unexpected "done"` */
export function parseScript(src: string): Node {
  const toks = tokenize(src);
  let pos = 0;
  const isKw = (kw: string) => {
    const t = toks[pos];
    return t !== undefined && t.t === 'word' && !t.w.quoted && t.w.bare === kw;
  };
  const expectKw = (kw: string) => {
    if (!isKw(kw)) throw new ShellSyntaxError(pos < toks.length ? `syntax error: unexpected ${describe(toks[pos])}` : 'syntax error: unexpected end of file');
    pos++;
  };
  const skipSeps = () => {
    while (pos < toks.length && toks[pos].t === 'op' && (toks[pos] as { op: string }).op === ';') pos++;
  };
  const TERMINATORS = ['do', 'done', 'then', 'else', 'fi'];

  function list(): Node {
    const items: Node[] = [];
    skipSeps();
    while (pos < toks.length && !TERMINATORS.some(isKw)) {
      items.push(andOr());
      skipSeps();
    }
    return { n: 'list', items };
  }
  function andOr(): Node {
    const first = pipeline();
    const rest: Array<{ op: '&&' | '||'; cmd: Node }> = [];
    for (;;) {
      const t = toks[pos];
      if (!t || t.t !== 'op' || (t.op !== '&&' && t.op !== '||')) break;
      pos++;
      skipSeps(); // `a &&` may continue on the next line
      rest.push({ op: t.op, cmd: pipeline() });
    }
    return rest.length ? { n: 'andor', first, rest } : first;
  }
  function pipeline(): Node {
    const cmds = [command()];
    while (toks[pos]?.t === 'op' && (toks[pos] as { op: string }).op === '|') {
      pos++;
      cmds.push(command());
    }
    return cmds.length > 1 ? { n: 'pipe', cmds } : cmds[0];
  }
  function command(): Node {
    if (isKw('while') || isKw('until')) {
      const until = isKw('until');
      pos++;
      const cond = list();
      expectKw('do');
      const body = list();
      expectKw('done');
      return { n: 'while', until, cond, body };
    }
    if (isKw('for')) {
      pos++;
      const v = toks[pos++];
      if (!v || v.t !== 'word') throw new ShellSyntaxError('syntax error: bad for loop variable');
      const items: Word[] = [];
      if (isKw('in')) {
        pos++;
        while (toks[pos]?.t === 'word') items.push((toks[pos++] as { w: Word }).w);
      }
      skipSeps();
      expectKw('do');
      const body = list();
      expectKw('done');
      return { n: 'for', variable: v.w.bare, items, body };
    }
    if (isKw('if')) {
      pos++;
      const cond = list();
      expectKw('then');
      const then = list();
      let otherwise: Node | undefined;
      if (isKw('else')) {
        pos++;
        otherwise = list();
      }
      expectKw('fi');
      return { n: 'if', cond, then, otherwise };
    }
    const words: Word[] = [];
    while (toks[pos]?.t === 'word' && !(words.length === 0 && TERMINATORS.some(isKw))) words.push((toks[pos++] as { w: Word }).w);
    if (words.length === 0) throw new ShellSyntaxError(pos < toks.length ? `syntax error: unexpected ${describe(toks[pos])}` : 'syntax error: unexpected end of file');
    return { n: 'simple', words };
  }
  const tree = list();
  if (pos < toks.length) throw new ShellSyntaxError(`syntax error: unexpected ${describe(toks[pos])}`);
  return tree;
}

function describe(t: Token): string {
  return t.t === 'op' ? `"${t.op}"` : `"${t.w.bare}"`;
}
