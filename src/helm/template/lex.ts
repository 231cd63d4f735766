// The lexer of Go's text/template (mirrors text/template/parse/lex.go: the same item kinds, the
// `{{-`/`-}}` trim markers and `/* */` comments), written as a plain loop that returns all items.
export type ItemType =
  | 'text' | 'leftDelim' | 'rightDelim' | 'space' | 'field' | 'variable' | 'identifier' | 'keyword'
  | 'string' | 'rawString' | 'char' | 'number' | 'bool' | 'nil' | 'dot' | 'pipe' | 'leftParen'
  | 'rightParen' | 'declare' | 'assign' | 'comma' | 'comment' | 'eof' | 'error'
  /** another printable ASCII character (Go's itemChar), which the parser then refuses */
  | 'asciiChar';

export interface Item {
  type: ItemType;
  val: string;
  pos: number;
  line: number;
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const ALNUM_RE = /[\p{L}\p{Nd}_]/u;
/** Go's isAlphaNumeric (letters, digits, _), with an ASCII fast path */
const isAlnum = (c: string) => {
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || (x >= 48 && x <= 57) || x === 95;
  return ALNUM_RE.test(c);
};
const TRIM = '-';

/** Line (1-based) and column (0-based byte in line, as Go's ErrorContext) of an offset. */
export function position(input: string, pos: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < pos && i < input.length; i++) if (input.charCodeAt(i) === 10) { line++; last = i; }
  return { line, col: last < 0 ? pos : pos - last - 1 };
}

/** All items of `input`; a lexical error ends the list as an 'error' item, as Go's lexer emits it. */
export function lex(input: string, left = '{{', right = '}}'): Item[] {
  const items: Item[] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (p: number) => {
    for (; counted < p && counted < input.length; counted++) if (input.charCodeAt(counted) === 10) line++;
    return line;
  };
  const emit = (type: ItemType, start: number, end: number) =>
    items.push({ type, val: input.slice(start, end), pos: start, line: lineAt(start) });
  const fail = (msg: string, at: number) => {
    items.push({ type: 'error', val: msg, pos: at, line: lineAt(at) });
    return items;
  };
  const trimClose = (p: number) => isSpace(input[p] ?? '') && input[p + 1] === TRIM && input.startsWith(right, p + 2);
  let pos = 0;
  for (;;) {
    const next = input.indexOf(left, pos);
    if (next < 0) {
      if (pos < input.length) emit('text', pos, input.length);
      items.push({ type: 'eof', val: '', pos: input.length, line: lineAt(input.length) });
      return items;
    }
    let p = next + left.length;
    const trimLeft = input[p] === TRIM && isSpace(input[p + 1] ?? '');
    let textEnd = next;
    if (trimLeft) {
      while (textEnd > pos && isSpace(input[textEnd - 1])) textEnd--;
      p += 2;
    }
    if (textEnd > pos) emit('text', pos, textEnd);
    if (input.startsWith('/*', p)) {
      const close = input.indexOf('*/', p + 2);
      if (close < 0) return fail('unclosed comment', next);
      let after = close + 2;
      const trim = trimClose(after);
      if (trim) after += 2;
      if (!input.startsWith(right, after)) return fail('comment ends before closing delimiter', next);
      emit('comment', p, close + 2);
      pos = after + right.length;
      if (trim) while (pos < input.length && isSpace(input[pos])) pos++;
      continue;
    }
    emit('leftDelim', next, next + left.length);
    let depth = 0;
    for (;;) {
      const trim = trimClose(p);
      if (trim || input.startsWith(right, p)) {
        if (depth > 0) return fail('unclosed left paren', p);
        emit('rightDelim', p, p + (trim ? 2 : 0) + right.length);
        p += (trim ? 2 : 0) + right.length;
        if (trim) while (p < input.length && isSpace(input[p])) p++;
        pos = p;
        break;
      }
      if (p >= input.length) return fail('unclosed action', p);
      const c = input[p];
      const start = p;
      if (isSpace(c)) {
        while (p < input.length && isSpace(input[p]) && !trimClose(p)) p++;
        emit('space', start, p);
      } else if (c === '=') emit('assign', p, ++p);
      else if (c === ':') {
        if (input[p + 1] !== '=') return fail('expected :=', p);
        p += 2;
        emit('declare', start, p);
      } else if (c === '|') emit('pipe', p, ++p);
      else if (c === '"' || c === "'") {
        p++;
        while (p < input.length && input[p] !== c) {
          if (input[p] === '\\') p++;
          if (p >= input.length || input[p] === '\n') return fail(c === '"' ? 'unterminated quoted string' : 'unterminated character constant', start);
          p++;
        }
        if (p >= input.length) return fail(c === '"' ? 'unterminated quoted string' : 'unterminated character constant', start);
        emit(c === '"' ? 'string' : 'char', start, ++p);
      } else if (c === '`') {
        const close = input.indexOf('`', p + 1);
        if (close < 0) return fail('unterminated raw quoted string', start);
        p = close + 1;
        emit('rawString', start, p);
      } else if (c === '$') {
        p++;
        while (p < input.length && isAlnum(input[p])) p++;
        emit('variable', start, p);
      } else if (c === '.' && /[0-9]/.test(input[p + 1] ?? '')) {
        p = scanNumber(input, p);
        emit('number', start, p);
      } else if (c === '.') {
        p++;
        while (p < input.length && isAlnum(input[p])) p++;
        emit(p === start + 1 ? 'dot' : 'field', start, p);
      } else if (c === '+' || c === '-' || /[0-9]/.test(c)) {
        p = scanNumber(input, p);
        if (p < input.length && isAlnum(input[p])) return fail(`bad number syntax: "${input.slice(start, p + 1)}"`, start);
        emit('number', start, p);
      } else if (isAlnum(c)) {
        while (p < input.length && isAlnum(input[p])) p++;
        const word = input.slice(start, p);
        const type: ItemType = KEYWORDS.has(word) ? 'keyword' : word === 'true' || word === 'false' ? 'bool' : word === 'nil' ? 'nil' : 'identifier';
        emit(type, start, p);
      } else if (c === '(') {
        depth++;
        emit('leftParen', p, ++p);
      } else if (c === ')') {
        if (--depth < 0) return fail('unexpected right paren', p);
        emit('rightParen', p, ++p);
      } else if (c === ',') emit('comma', p, ++p);
      else if (c.charCodeAt(0) >= 0x21 && c.charCodeAt(0) <= 0x7e) emit('asciiChar', p, ++p);
      else return fail(`unrecognized character in action: ${goQuoteRune(c)}`, p);
    }
  }
}

function goQuoteRune(c: string): string {
  if (c === '\n') return 'U+000A';
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}

function scanNumber(s: string, p: number): number {
  if (s[p] === '+' || s[p] === '-') p++;
  let digits = '0123456789_';
  if (s[p] === '0' && /[xXoObB]/.test(s[p + 1] ?? '')) {
    const k = s[p + 1].toLowerCase();
    digits = k === 'x' ? '0123456789abcdefABCDEF_' : k === 'o' ? '01234567_' : '01_';
    p += 2;
  }
  while (p < s.length && digits.includes(s[p])) p++;
  if (s[p] === '.') { p++; while (p < s.length && digits.includes(s[p])) p++; }
  if (digits.length === 11 && /[eE]/.test(s[p] ?? '')) {
    p++; if (s[p] === '+' || s[p] === '-') p++;
    while (p < s.length && /[0-9_]/.test(s[p])) p++;
  }
  if (digits.length > 11 && /[pP]/.test(s[p] ?? '')) {
    p++; if (s[p] === '+' || s[p] === '-') p++;
    while (p < s.length && /[0-9_]/.test(s[p])) p++;
  }
  if (s[p] === 'i') p++;
  return p;
}
