// What the terminal does with keystrokes, apart from xterm: the line editor edits, complete lines
// queue up and run one by one, and keys typed while a command runs are kept (typeahead) and fed to the
// editor once the prompt is back, as a terminal's line discipline does. Ctrl+C during a command
// interrupts it and, like the tty's SIGINT, throws away the typeahead.
import type { LineEditor } from './line-editor';

export interface SessionIo {
  write(text: string): void;
  clear(): void;
  /** run one line; `print` shows output as it comes; resolves with what is left to print */
  run(line: string, print: (text: string) => void, signal: AbortSignal): Promise<string>;
}

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

export class TerminalSession {
  private busy = false;
  private running: AbortController | undefined;
  private readonly queue: string[] = [];
  private typeahead = '';

  constructor(
    readonly editor: LineEditor,
    private readonly io: SessionIo,
  ) {}

  /** whether a command is running (Tab completion waits for the prompt) */
  get isBusy(): boolean {
    return this.busy;
  }

  feed(data: string): void {
    if (this.busy) {
      const stop = data.indexOf('\x03');
      if (stop < 0) {
        this.typeahead += data;
        return;
      }
      if (this.running && !this.running.signal.aborted) {
        this.running.abort();
        this.queue.length = 0;
        this.typeahead = '';
        this.io.write('^C\r\n');
      }
      return;
    }
    const r = this.editor.feed(data);
    if (r.clear) {
      this.io.clear();
      this.io.write('\x1b[2K\r' + this.editor.render());
    }
    if (r.output) this.io.write(r.output);
    if (r.lines.length) {
      this.queue.push(...r.lines);
      void this.runQueued();
    }
  }

  private async runQueued(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    while (this.queue.length) {
      const line = this.queue.shift()!;
      if (line.trim() === 'clear') {
        this.io.clear();
        this.io.write('\x1b[2K\r');
      } else if (line.trim()) {
        this.running = new AbortController();
        const out = await this.io.run(line, (text) => this.io.write(crlf(text)), this.running.signal);
        this.running = undefined;
        if (out) this.io.write(crlf(out));
      }
      this.io.write(this.editor.render());
    }
    this.busy = false;
    // what was typed meanwhile goes to the fresh prompt, as if typed now
    if (this.typeahead) {
      const keys = this.typeahead;
      this.typeahead = '';
      this.feed(keys);
    }
  }
}
