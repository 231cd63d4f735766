// Splits a command line into words the way a POSIX shell does for the cases a learner types:
// whitespace separates words, '…' is literal, "…" allows \" \\ \$ escapes, a bare \ escapes the next char.
// A thin view of ./lex.ts for callers that want words only: an operator (`|`, `>` …) comes back as
// its text; the shell itself (src/cli/run.ts) parses with ./parse.ts.
import { lex } from './lex';

export type TokenizeResult = { words: string[] } | { error: string };

export function tokenize(line: string): TokenizeResult {
  const r = lex(line);
  if ('error' in r) return { error: r.error };
  const words: string[] = [];
  for (const t of r.tokens) {
    if (t.kind === 'word') words.push(t.text);
    else if (t.kind === 'heredoc') words.push('<<', t.delimiter);
    else if (t.op !== '\n') words.push(t.op);
  }
  return { words };
}
