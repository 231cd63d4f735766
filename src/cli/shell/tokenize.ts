// Splits a command line into words the way a POSIX shell does for the cases a learner types:
// whitespace separates words, '…' is literal, "…" allows \" \\ \$ escapes, a bare \ escapes the next char.
// No globbing, pipes or variables: the terminal runs one program per line.

export type TokenizeResult = { words: string[] } | { error: string };

export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (ch === '#' && !inWord) {
      break; // a comment runs to the end of the line
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { error: "bash: unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const c = line[i];
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
          word += line[i + 1];
          i += 2;
        } else {
          word += c;
          i++;
        }
      }
      if (!closed) return { error: 'bash: unexpected EOF while looking for matching `"\'' };
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[i + 1];
      inWord = true;
      i += 2;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { words };
}
