// From tokens to what runs: a list of pipelines joined by `;`, newlines, `&&` and `||`, each
// pipeline a chain of simple commands (words plus redirections). Mirrors the shape of bash's grammar
// (parse.y: list, and_or, pipeline, simple_command) and its syntax-error wording, as an interactive
// bash prints it.
import { lex, type Op, type Token } from './lex';

export type RedirectOp = '<' | '>' | '>>' | '2>' | '2>>' | '2>&1' | '>&2' | '&>' | '<<<' | '<<';

export interface Redirect {
  op: RedirectOp;
  /** the file (or the here-string's text) */
  target?: string;
  /** a here-document's text */
  body?: string;
}

export interface SimpleCommand {
  words: string[];
  redirects: Redirect[];
}

export interface ListItem {
  /** how it follows the one before: always (`;`, newline, first), only after success, only after failure */
  when: 'always' | '&&' | '||';
  pipeline: SimpleCommand[];
}

export type ParseResult =
  | { items: ListItem[]; warnings: string[]; incomplete?: boolean }
  | { error: string; incomplete?: boolean };

const RESERVED = new Set(['for', 'while', 'until', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'function', 'select', '{', '}', '[[']);
const REDIRECTS = new Set<Op>(['<', '>', '>>', '2>', '2>>', '&>', '<<<']);
const NO_TARGET = new Set<Op>(['2>&1', '>&2']);

const near = (t: Token | undefined) => `bash: syntax error near unexpected token \`${t === undefined || (t.kind === 'op' && t.op === '\n') ? 'newline' : t.kind === 'op' ? t.op : t.kind === 'word' ? t.text : '<<'}'`;

export function parseShell(input: string): ParseResult {
  const lexed = lex(input);
  if ('error' in lexed) return lexed;
  const toks = lexed.tokens;
  const items: ListItem[] = [];
  const warnings: string[] = [];
  let incomplete = false;
  let i = 0;
  let when: ListItem['when'] = 'always';
  let pipeline: SimpleCommand[] = [];
  let cmd: SimpleCommand | undefined;
  const skipNewlines = () => {
    while (toks[i]?.kind === 'op' && (toks[i] as { op: Op }).op === '\n') i++;
  };
  skipNewlines();
  while (i < toks.length) {
    const t = toks[i];
    if (t.kind === 'word') {
      (cmd ??= { words: [], redirects: [] }).words.push(t.text);
      i++;
      continue;
    }
    if (t.kind === 'heredoc') {
      (cmd ??= { words: [], redirects: [] }).redirects.push({ op: '<<', body: t.body });
      if (t.eof) {
        incomplete = true;
        warnings.push(`bash: warning: here-document at line 1 delimited by end-of-file (wanted \`${t.delimiter}')`);
      }
      i++;
      continue;
    }
    const op = t.op;
    if (REDIRECTS.has(op) || NO_TARGET.has(op)) {
      const r: Redirect = { op: op as RedirectOp };
      if (REDIRECTS.has(op)) {
        const target = toks[i + 1];
        if (target?.kind !== 'word') return { error: near(target) };
        r.target = target.text;
        i++;
      }
      (cmd ??= { words: [], redirects: [] }).redirects.push(r);
      i++;
      continue;
    }
    if (op === '&') return { error: 'bash: background jobs (&) are not supported in the Kubeplay terminal' };
    // a control operator ends the command: it needs one before it
    if (!cmd) return { error: near(t) };
    pipeline.push(cmd);
    cmd = undefined;
    i++;
    if (op === '|' || op === '&&' || op === '||') {
      skipNewlines();
      // bash would prompt for the rest of the line
      if (i >= toks.length) return { error: 'bash: syntax error: unexpected end of file', incomplete: true };
      if (op === '|') continue;
    }
    items.push({ when, pipeline });
    pipeline = [];
    when = op === '&&' || op === '||' ? op : 'always';
    if (op === ';' || op === '\n') skipNewlines();
  }
  if (cmd) pipeline.push(cmd);
  if (pipeline.length) items.push({ when, pipeline });
  // bash's compound commands would need a language of their own: say so instead of `for: not found`
  const keyword = items.flatMap((it) => it.pipeline).find((c) => RESERVED.has(c.words[0]))?.words[0];
  if (keyword) return { error: `bash: ${keyword}: compound commands (for, while, if, case) are not supported in the Kubeplay terminal` };
  return incomplete ? { items, warnings, incomplete } : { items, warnings };
}

/**
 * Whether the terminal should read another line before running this input (bash's `> ` prompt):
 * an open quote, a here-document whose delimiter has not come, a line ending in `|`, `&&`, `||` or `\`.
 */
export function needsMoreInput(input: string): boolean {
  if (/(^|[^\\])(\\\\)*\\$/.test(input)) return true;
  const r = parseShell(input);
  return r.incomplete === true;
}
