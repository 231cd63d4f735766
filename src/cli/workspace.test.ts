import { describe, expect, it } from 'vitest';
import { MemoryWorkspace, normalizePath } from './workspace';

describe('MemoryWorkspace', () => {
  it('reads and writes files under normalised paths', () => {
    const ws = new MemoryWorkspace({ './app/pod.yaml': 'a' });
    expect(ws.read('app/pod.yaml')).toBe('a');
    expect(ws.read('/app//pod.yaml')).toBe('a');
    ws.write('app/../svc.yaml', 'b');
    expect(ws.read('svc.yaml')).toBe('b');
    expect(ws.read('nope.yaml')).toBeUndefined();
    expect(normalizePath('./a/./b/../c')).toBe('a/c');
  });

  it('lists a folder and knows folders exist', () => {
    const ws = new MemoryWorkspace({ 'app/b.yaml': '', 'app/a.yaml': '', 'app/sub/c.yaml': '', 'top.yaml': '' });
    expect(ws.list('')).toEqual(['app', 'top.yaml']);
    expect(ws.list('app')).toEqual(['a.yaml', 'b.yaml', 'sub']);
    expect(ws.exists('app')).toBe(true);
    expect(ws.exists('app/sub/c.yaml')).toBe(true);
    expect(ws.exists('ap')).toBe(false);
    expect(ws.isDirectory('app')).toBe(true);
  });
});
