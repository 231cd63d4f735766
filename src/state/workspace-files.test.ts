import { describe, expect, it } from 'vitest';
import { addFolder, buildTree, exists, removePath, renamePath, writeFile } from './workspace-files';
import { loadWorkspace, saveWorkspace, WORKSPACE_KEY } from './workspace-persist';

function memoryStorage(opts: { quota?: boolean } = {}) {
  const m = new Map<string, string>();
  return {
    m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (opts.quota) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      m.set(k, v);
    },
  };
}

describe('workspace files', () => {
  it('writes normalised paths, and a file fills its empty folder', () => {
    let f = addFolder({}, 'k8s');
    expect(f).toEqual({ 'k8s/': '' });
    f = writeFile(f, './k8s//web.yaml', 'a');
    expect(f).toEqual({ 'k8s/web.yaml': 'a' });
    expect(exists(f, 'k8s')).toBe(true);
    expect(addFolder(f, 'k8s')).toBe(f);
  });

  it('renames and removes folders with their contents', () => {
    const f = { 'a/x.yaml': '1', 'a/b/y.yaml': '2', 'ab.yaml': '3' };
    expect(renamePath(f, 'a', 'c')).toEqual({ 'c/x.yaml': '1', 'c/b/y.yaml': '2', 'ab.yaml': '3' });
    expect(removePath(f, 'a')).toEqual({ 'ab.yaml': '3' });
    expect(removePath(f, 'a/x.yaml')).toEqual({ 'a/b/y.yaml': '2', 'ab.yaml': '3' });
  });

  it('builds a tree, folders first', () => {
    const tree = buildTree({ 'z.yaml': '', 'a/b.yaml': '', 'e/': '' });
    expect(tree.map((n) => [n.name, n.folder])).toEqual([
      ['a', true],
      ['e', true],
      ['z.yaml', false],
    ]);
    expect(tree[0].children).toEqual([{ name: 'b.yaml', path: 'a/b.yaml', folder: false, children: [] }]);
  });
});

describe('workspace persistence', () => {
  it('saves and loads under the versioned key', () => {
    const s = memoryStorage();
    expect(saveWorkspace({ files: { 'a.yaml': 'x' }, active: 'a.yaml' }, s)).toBe('ok');
    expect(JSON.parse(s.m.get(WORKSPACE_KEY)!)).toEqual({ files: { 'a.yaml': 'x' }, active: 'a.yaml' });
    expect(loadWorkspace(s)).toEqual({ files: { 'a.yaml': 'x' }, active: 'a.yaml' });
  });

  it('takes over the old single-file key, and ignores damaged entries', () => {
    const s = memoryStorage();
    s.m.set('kubeplay.editor', JSON.stringify({ fileName: 'pod.yaml', text: 'kind: Pod\n' }));
    expect(loadWorkspace(s)).toEqual({ files: { 'pod.yaml': 'kind: Pod\n' }, active: 'pod.yaml' });
    s.m.set(WORKSPACE_KEY, '{not json');
    expect(loadWorkspace(memoryStorage())).toBeUndefined();
  });

  it('reports a full quota instead of throwing', () => {
    expect(saveWorkspace({ files: {}, active: '' }, memoryStorage({ quota: true }))).toBe('quota');
    expect(saveWorkspace({ files: {}, active: '' }, undefined)).toBe('unavailable');
  });
});
