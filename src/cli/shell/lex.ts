// The terminal shell's lexer: words and operators, as bash's tokenizer (parse.y, read_token) tells
// them apart for the subset a learner types. Unquoted `|` `||` `&&` `;` `&` `<` `>` `>>` `2>` `2>>`
// `2>&1` `>&2` `&>` `<<` `<<-` `<<<` and newlines are operators; quoted, they are text. A here-document's
// body is the lines after the line its `<<WORD` is on, up to WORD alone on a line.
// `$NAME`, `${NAME}`, `$?` and `$(…)` outside single quotes are kept in the word as expansion
// markers (see EXPANSION below) that ./expand.ts resolves when the command runs. No globbing.

export type Op = '|' | '||' | '&&' | ';' | '&' | '\n' | '<' | '>' | '>>' | '2>' | '2>>' | '2>&1' | '>&2' | '&>' | '<<' | '<<-' | '<<<';

export type Token =
  | { kind: 'word'; text: string }
  | { kind: 'op'; op: Op }
  /** `<<WORD` with its body (read from the lines that follow); `eof`: the input ended before WORD */
  | { kind: 'heredoc'; delimiter: string; body: string; eof?: boolean };

export type LexResult = { tokens: Token[] } | { error: string; incomplete?: boolean };

/**
 * How an expansion sits in a word's text: START, `v` (a variable) or `c` (a command substitution) —
 * upper case when inside double quotes, where the result is not split into words — its text, END.
 * Private-use characters: a learner never types them.
 */
export const EXPANSION = { start: '\uE000', end: '\uE001' };

/** `$…` at i: the marked expansion and where it ends; undefined for a `$` that is just a dollar */
function readExpansion(src: string, i: number, quoted: boolean): { text: string; end: number } | undefined {
  const mark = (kind: 'v' | 'c', body: string, end: number) => ({ text: `${EXPANSION.start}${quoted ? kind.toUpperCase() : kind}${body}${EXPANSION.end}`, end });
  const next = src[i + 1];
  if (next === '?') return mark('v', '?', i + 2);
  if (next !== undefined && /[0-9]/.test(next)) return mark('v', next, i + 2); // positional: empty here
  const name = /^[A-Za-z_]\w*/.exec(src.slice(i + 1));
  if (name) return mark('v', name[0], i + 1 + name[0].length);
  const braced = /^\{([A-Za-z_]\w*|\?)\}/.exec(src.slice(i + 1));
  if (braced) return mark('v', braced[1], i + 1 + braced[0].length);
  if (next !== '(') return undefined;
  // $( … ): up to the matching parenthesis, quotes skipped
  let depth = 0;
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === "'" || c === '"') {
      const close = src.indexOf(c, j + 1);
      if (close < 0) return undefined;
      j = close;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return mark('c', src.slice(i + 2, j), j + 1);
  }
  return undefined;
}

// longest first, so that `>>` wins over `>` and `2>&1` over `2>`
const OPS: Op[] = ['2>&1', '2>>', '<<<', '<<-', '>&2', '&>', '2>', '>>', '<<', '||', '&&', '|', ';', '&', '<', '>', '\n'];

export function lex(input: string): LexResult {
  const src = input.replace(/\r\n?/g, '\n');
  const tokens: Token[] = [];
  const pending: { token: Extract<Token, { kind: 'heredoc' }>; strip: boolean; literal: boolean }[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const endWord = () => {
    if (inWord) tokens.push({ kind: 'word', text: word });
    word = '';
    inWord = false;
  };
  // after a newline: the bodies of the here-documents started on the line just ended
  const readBodies = () => {
    for (const h of pending.splice(0)) {
      const lines: string[] = [];
      let found = false;
      while (i < src.length) {
        const nl = src.indexOf('\n', i);
        let line = nl < 0 ? src.slice(i) : src.slice(i, nl);
        i = nl < 0 ? src.length : nl + 1;
        if (h.strip) line = line.replace(/^\t+/, '');
        if (line === h.token.delimiter) {
          found = true;
          break;
        }
        lines.push(line);
      }
      const body = lines.map((l) => `${l}\n`).join('');
      // an unquoted delimiter (<<EOF) lets $NAME, $? and $(…) expand in the body, as in "…"
      h.token.body = h.literal ? body : markBody(body);
      if (!found) h.token.eof = true;
    }
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t') {
      endWord();
      i++;
      continue;
    }
    if (ch === '#' && !inWord) {
      while (i < src.length && src[i] !== '\n') i++; // a comment runs to the end of the line
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\n') {
      i += 2; // a line continuation
      continue;
    }
    // `2>` is an operator only as a word of its own (`a2>f` is the word a2, then `>`)
    const op = OPS.find((o) => src.startsWith(o, i) && !(o[0] === '2' && inWord));
    if (op) {
      endWord();
      i += op.length;
      if (op === '<<' || op === '<<-') {
        const d = readDelimiter(src, i);
        if ('error' in d) return d;
        i = d.end;
        const token = { kind: 'heredoc' as const, delimiter: d.word, body: '' };
        tokens.push(token);
        pending.push({ token, strip: op === '<<-', literal: d.quoted });
        continue;
      }
      tokens.push({ kind: 'op', op });
      if (op === '\n') readBodies();
      continue;
    }
    const q = readQuoted(src, i);
    if (q) {
      if ('error' in q) return q;
      word += q.text;
      inWord = true;
      i = q.end;
      continue;
    }
    const x = ch === '$' ? readExpansion(src, i, false) : undefined;
    if (x) {
      word += x.text;
      inWord = true;
      i = x.end;
      continue;
    }
    if (ch === '\\' && i + 1 < src.length) {
      word += src[i + 1];
      inWord = true;
      i += 2;
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  endWord();
  readBodies(); // heredocs on the last line: their bodies never came
  return { tokens };
}

/** '…' or "…" starting at i: its text and where it ends; undefined when src[i] is no quote */
function readQuoted(src: string, i: number): { text: string; end: number } | { error: string; incomplete: true } | undefined {
  if (src[i] === "'") {
    const end = src.indexOf("'", i + 1);
    if (end < 0) return { error: "bash: unexpected EOF while looking for matching `''", incomplete: true };
    return { text: src.slice(i + 1, end), end: end + 1 };
  }
  if (src[i] !== '"') return undefined;
  let text = '';
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === '"') return { text, end: j + 1 };
    const x = c === '$' ? readExpansion(src, j, true) : undefined;
    if (x) {
      text += x.text;
      j = x.end - 1;
    } else if (c === '\\' && src[j + 1] === '\n') j++;
    else if (c === '\\' && j + 1 < src.length && '"\\$`'.includes(src[j + 1])) text += src[++j];
    else text += c;
  }
  return { error: 'bash: unexpected EOF while looking for matching `"\'', incomplete: true };
}

/** the WORD after `<<` (quotes removed: they only turn off expansion, which this shell never does) */
/** a here-document body with its expansions marked: `\$`, `\\` and `\``-escapes kept literal */
function markBody(body: string): string {
  let out = '';
  for (let j = 0; j < body.length; j++) {
    const c = body[j];
    const x = c === '$' ? readExpansion(body, j, true) : undefined;
    if (x) {
      out += x.text;
      j = x.end - 1;
    } else if (c === '\\' && body[j + 1] === '\n') j++;
    else if (c === '\\' && j + 1 < body.length && '$\\`'.includes(body[j + 1])) out += body[++j];
    else out += c;
  }
  return out;
}

function readDelimiter(src: string, i: number): { word: string; end: number; quoted: boolean } | { error: string } {
  while (src[i] === ' ' || src[i] === '\t') i++;
  let word = '';
  let inWord = false;
  let quoted = false;
  while (i < src.length && !' \t\n|&;<>()'.includes(src[i])) {
    const q = readQuoted(src, i);
    if (q && 'error' in q) return q;
    if (q) {
      word += q.text;
      i = q.end;
      quoted = true;
    } else if (src[i] === '\\' && i + 1 < src.length) {
      word += src[i + 1];
      i += 2;
      quoted = true;
    } else word += src[i++];
    inWord = true;
  }
  if (!inWord) return { error: `bash: syntax error near unexpected token \`${src[i] === undefined || src[i] === '\n' ? 'newline' : src[i]}'` };
  return { word, end: i, quoted };
}
