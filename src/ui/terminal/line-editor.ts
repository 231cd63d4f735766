// A readline-like single-line editor for the terminal, free of xterm so it can be unit-tested:
// it takes the raw input xterm reports (keys as VT sequences, pasted text) and answers with the
// text to write back (echo, cursor moves, redraws) and the lines the user submitted. A line that
// needs more (a here-document, an open quote: `continues`) is not submitted yet: the next lines come
// after bash's `> ` prompt and the whole text is submitted once it is complete.

export const PROMPT = '$ ';
/** bash's PS2 */
export const CONTINUATION_PROMPT = '> ';
const HISTORY_LIMIT = 500;

export interface FeedResult {
  /** what to write to the terminal */
  output: string;
  /** complete commands, in order (Enter, or newlines in pasted text); several lines joined by \n */
  lines: string[];
  /** Ctrl+L asked for a clear screen */
  clear?: boolean;
}

// the VT sequences xterm sends for editing keys (normal and application cursor mode)
const KEYS: Record<string, string> = {
  '\x1b[D': 'left',
  '\x1bOD': 'left',
  '\x1b[C': 'right',
  '\x1bOC': 'right',
  '\x1b[A': 'up',
  '\x1bOA': 'up',
  '\x1b[B': 'down',
  '\x1bOB': 'down',
  '\x1b[H': 'home',
  '\x1bOH': 'home',
  '\x1b[1~': 'home',
  '\x1b[F': 'end',
  '\x1bOF': 'end',
  '\x1b[4~': 'end',
  '\x1b[3~': 'delete',
};

export class LineEditor {
  buffer = '';
  cursor = 0;
  readonly history: string[];
  /** index into history while browsing it; history.length = the line being typed */
  private browse: number;

  /**
   * `history`: lines from an earlier session (oldest first); `onHistory` hears every change to it;
   * `continues`: whether the text so far needs more lines before it can run
   */
  constructor(
    history: readonly string[] = [],
    private readonly onHistory?: (history: readonly string[]) => void,
    private readonly continues: (text: string) => boolean = () => false,
  ) {
    this.history = history.slice(-HISTORY_LIMIT);
    this.browse = this.history.length;
  }
  /** the lines of a command still being typed (after the `> ` prompt), or undefined */
  private pending: string | undefined;

  get prompt(): string {
    return this.pending === undefined ? PROMPT : CONTINUATION_PROMPT;
  }
  private draft = '';
  /** the line and cursor at an ambiguous Tab: a second Tab there lists the choices */
  private ambiguousAt: string | undefined;

  /** The text before the cursor, what completion looks at. */
  get beforeCursor(): string {
    return this.buffer.slice(0, this.cursor);
  }

  /**
   * Tab: complete the word before the cursor from `options`, like bash: one match is completed
   * (with a space), several are completed to their common prefix, and a second Tab lists them.
   */
  complete(options: readonly string[]): string {
    const word = /\S*$/.exec(this.beforeCursor)![0];
    const matches = [...new Set(options.filter((o) => o.startsWith(word)))];
    const here = `${this.cursor}:${this.buffer}`;
    const listing = this.ambiguousAt === here;
    this.ambiguousAt = undefined;
    if (matches.length === 0) return '';
    if (matches.length === 1) return this.insert(`${matches[0].slice(word.length)} `);
    const common = commonPrefix(matches);
    if (common.length > word.length) return this.insert(common.slice(word.length));
    this.ambiguousAt = here;
    return listing ? `\r\n${matches.join('  ')}\r\n${this.render()}` : '';
  }

  feed(data: string): FeedResult {
    this.ambiguousAt = undefined;
    const res: FeedResult = { output: '', lines: [] };
    let i = 0;
    while (i < data.length) {
      const seq = data[i] === '\x1b' ? matchKey(data, i) : undefined;
      if (seq) {
        res.output += this.key(KEYS[seq]);
        i += seq.length;
        continue;
      }
      if (data[i] === '\x1b') {
        i += skipUnknownEscape(data, i); // e.g. function keys: ignored
        continue;
      }
      const ch = data[i++];
      if (ch === '\r' || ch === '\n') {
        if (ch === '\n' && data[i - 2] === '\r') continue; // \r\n from a paste is one Enter
        res.output += '\r\n';
        const line = this.submit();
        const text = this.pending === undefined ? line : `${this.pending}\n${line}`;
        if (this.continues(text)) {
          this.pending = text;
          res.output += CONTINUATION_PROMPT;
        } else {
          this.pending = undefined;
          res.lines.push(text);
        }
      } else if (ch === '\x7f' || ch === '\b') res.output += this.backspace();
      else if (ch === '\x01') res.output += this.key('home');
      else if (ch === '\x05') res.output += this.key('end');
      else if (ch === '\x03') {
        res.output += '^C\r\n' + PROMPT;
        this.pending = undefined; // bash drops an unfinished here-document too
        this.buffer = '';
        this.cursor = 0;
        this.browse = this.history.length;
      } else if (ch === '\x0c') res.clear = true;
      else if (ch === '\x15') {
        this.buffer = this.buffer.slice(this.cursor); // Ctrl+U: delete to the start
        this.cursor = 0;
        res.output += this.redraw();
      } else if (ch >= ' ' || ch === '\t') res.output += this.insert(ch === '\t' ? ' ' : ch);
    }
    return res;
  }

  /** The prompt plus the current line, for after output or a clear screen. */
  render(): string {
    return this.prompt + this.buffer + back(this.buffer.length - this.cursor);
  }

  private submit(): string {
    const line = this.buffer;
    // a here-document's body is no command of its own: only a command's first line is remembered
    if (this.pending === undefined && line.trim() && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      if (this.history.length > HISTORY_LIMIT) this.history.shift();
      this.onHistory?.(this.history);
    }
    this.buffer = '';
    this.cursor = 0;
    this.browse = this.history.length;
    this.draft = '';
    return line;
  }

  private insert(s: string): string {
    this.buffer = this.buffer.slice(0, this.cursor) + s + this.buffer.slice(this.cursor);
    this.cursor += s.length;
    return this.cursor === this.buffer.length ? s : this.redraw();
  }

  private backspace(): string {
    if (this.cursor === 0) return '';
    this.buffer = this.buffer.slice(0, this.cursor - 1) + this.buffer.slice(this.cursor);
    this.cursor--;
    return this.redraw();
  }

  private key(name: string): string {
    switch (name) {
      case 'left':
        if (this.cursor === 0) return '';
        this.cursor--;
        return '\x1b[D';
      case 'right':
        if (this.cursor === this.buffer.length) return '';
        this.cursor++;
        return '\x1b[C';
      case 'home':
        this.cursor = 0;
        return this.redraw();
      case 'end':
        this.cursor = this.buffer.length;
        return this.redraw();
      case 'delete':
        if (this.cursor === this.buffer.length) return '';
        this.buffer = this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1);
        return this.redraw();
      case 'up':
        return this.recall(-1);
      case 'down':
        return this.recall(1);
    }
    return '';
  }

  private recall(dir: -1 | 1): string {
    const next = this.browse + dir;
    if (next < 0 || next > this.history.length) return '';
    if (this.browse === this.history.length) this.draft = this.buffer;
    this.browse = next;
    this.buffer = next === this.history.length ? this.draft : this.history[next];
    this.cursor = this.buffer.length;
    return this.redraw();
  }

  /** carriage return, erase the line, prompt and buffer, then put the cursor back */
  private redraw(): string {
    return '\r\x1b[K' + this.render();
  }
}

function commonPrefix(words: string[]): string {
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function back(n: number): string {
  return n > 0 ? `\x1b[${n}D` : '';
}

function matchKey(data: string, i: number): string | undefined {
  for (const len of [4, 3]) {
    const s = data.slice(i, i + len);
    if (KEYS[s]) return s;
  }
  return undefined;
}

function skipUnknownEscape(data: string, i: number): number {
  // ESC [ params final-byte, ESC O x, or a lone ESC
  if (data[i + 1] === '[') {
    let j = i + 2;
    while (j < data.length && !/[@-~]/.test(data[j])) j++;
    return j - i + 1;
  }
  if (data[i + 1] === 'O') return 3;
  return 1;
}
