// Go's text/tabwriter, the part kubectl uses: tab-terminated cells are aligned per column block
// (a block = consecutive lines that have a cell in that column); the text after a line's last tab
// is not aligned. mirrors go/src/text/tabwriter/tabwriter.go (format, writeLines).

export interface TabwriterOptions {
  minWidth: number;
  padding: number;
}

/** kubectl get: printers.GetNewTabWriter (minwidth 6, padding 3) */
export const GET_TABWRITER: TabwriterOptions = { minWidth: 6, padding: 3 };
/** kubectl describe: tabwriter.NewWriter(out, 0, 8, 2, ' ', 0) */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minWidth: 0, padding: 2 };

function width(s: string): number {
  // Go counts runes (utf8.RuneCount); wide East Asian characters still count as one
  return [...s].length;
}

export function tabwrite(text: string, opts: TabwriterOptions): string {
  const endsWithNewline = text.endsWith('\n');
  const rawLines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  const lines = rawLines.map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i];
      let s = '';
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j];
        s += c;
        if (j < widths.length && j < cells.length - 1) s += ' '.repeat(Math.max(0, widths[j] - width(c)));
      }
      out.push(s);
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let t = line0; t < line1; t++) {
      if (column >= lines[t].length - 1) continue;
      writeLines(start, t);
      const blockStart = t;
      let w = opts.minWidth;
      for (; t < line1; t++) {
        const cells = lines[t];
        if (column >= cells.length - 1) break;
        w = Math.max(w, width(cells[column]) + opts.padding);
      }
      widths.push(w);
      format(blockStart, t);
      widths.pop();
      start = t;
      t--; // the loop's t++ must not skip the line that ended the block
    }
    writeLines(start, line1);
  };

  format(0, lines.length);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}
