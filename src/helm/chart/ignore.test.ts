import { describe, expect, it } from 'vitest';
import { applyHelmignore } from './ignore';
import { loadChart } from './load';

// what the real helm 4.1.4 kept of the same files (tests/helm/corpus/helmignore renders the list)
describe('.helmignore', () => {
  const files = {
    'Chart.yaml': 'apiVersion: v2\nname: hi\nversion: 0.1.0\n',
    '.helmignore': '# comment\n*.tmp\nsecret/\ndocs/*.md\n/top.txt\nconf/b*\n',
    'conf/a.txt': 'a', 'conf/b.txt': 'b', 'x.tmp': 't', 'secret/s.txt': 's', 'docs/d.md': 'd', 'top.txt': 'top',
    'sub/top.txt': 'top2', 'templates/a.yaml': 'x: 1', 'templates/skip.tmp': 'no', 'templates/.hidden.yaml': 'no',
  };
  it('drops base-name globs, folders, rooted and pathed patterns, and dotfiles under templates/', () => {
    expect(Object.keys(applyHelmignore(files)).sort()).toEqual(['.helmignore', 'Chart.yaml', 'conf/a.txt', 'sub/top.txt', 'templates/a.yaml']);
  });
  it('a negated rule ignores everything it does not match, Chart.yaml too (as helm says)', () => {
    expect(() => loadChart({ ...files, '.helmignore': '!docs/keep.md\n' })).toThrow('Chart.yaml file is missing');
  });
});
