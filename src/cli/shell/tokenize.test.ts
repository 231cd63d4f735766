import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits on whitespace and keeps quoted text together', () => {
    expect(tokenize(`kubectl  get pods -l 'app in (a, b)' -o "jsonpath={.items}"`)).toEqual({ words: ['kubectl', 'get', 'pods', '-l', 'app in (a, b)', '-o', 'jsonpath={.items}'] });
  });

  it('handles escapes, adjacent quotes and comments', () => {
    expect(tokenize(`echo a\\ b "x\\"y" 'it'"'"'s' # note`)).toEqual({ words: ['echo', 'a b', 'x"y', "it's"] });
    expect(tokenize('   ')).toEqual({ words: [] });
    expect(tokenize(`k get ''`)).toEqual({ words: ['k', 'get', ''] });
  });

  it('reports an unterminated quote as bash does', () => {
    expect(tokenize(`echo "abc`)).toEqual({ error: 'bash: unexpected EOF while looking for matching `"\'' });
    expect(tokenize(`echo 'abc`)).toEqual({ error: "bash: unexpected EOF while looking for matching `''" });
  });
});

describe('tokenize: operators', () => {
  it('returns unquoted operators as their text, quoted ones as words', () => {
    expect(tokenize(`k get pods -o name|wc -l 2>&1 '|'`)).toEqual({ words: ['k', 'get', 'pods', '-o', 'name', '|', 'wc', '-l', '2>&1', '|'] });
  });
});
