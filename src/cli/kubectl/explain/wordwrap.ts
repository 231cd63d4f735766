// Greedy word wrapping at whitespace, as kubectl's explain templates wrap descriptions.
// mirrors github.com/mitchellh/go-wordwrap WrapString (via kubectl/pkg/util/term.WordWrapWriter):
// a word that would cross the limit starts a new line and the spaces before it are dropped; a word
// as long as the limit or longer is never broken; existing newlines are kept.

const NBSP = '\u00a0';

function isSpace(c: string): boolean {
  return c !== NBSP && /\s/u.test(c);
}

export function wordWrap(s: string, limit: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let wordLen = 0;
  let spaces = '';
  let spacesLen = 0;
  const flush = () => {
    current += spacesLen + wordLen;
    out += spaces + word;
    spaces = word = '';
    spacesLen = wordLen = 0;
  };
  for (const c of s) {
    if (c === '\n') {
      if (wordLen === 0) {
        if (current + spacesLen <= limit) out += spaces;
        spaces = '';
        spacesLen = 0;
      } else flush();
      out += c;
      current = 0;
    } else if (isSpace(c)) {
      if (spacesLen === 0 || wordLen > 0) flush();
      spaces += c;
      spacesLen++;
    } else {
      word += c;
      wordLen++;
      if (current + spacesLen + wordLen > limit && wordLen < limit) {
        out += '\n';
        current = 0;
        spaces = '';
        spacesLen = 0;
      }
    }
  }
  if (wordLen === 0) {
    if (current + spacesLen <= limit) out += spaces;
  } else out += spaces + word;
  return out;
}

/** sprig-style indent: every line, the first included, gets `n` spaces (blank lines too) */
export function indent(n: number, s: string): string {
  const pad = ' '.repeat(n);
  return pad + s.split('\n').join(`\n${pad}`);
}
