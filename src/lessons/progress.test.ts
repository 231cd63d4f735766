import { describe, expect, it } from 'vitest';
import { addAll, clearProgress, loadProgress, progressKey, saveProgress, type KeyValueStorage } from './progress';
import type { Lesson } from './types';

function fakeStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const text = { en: { title: 't', body: 'b' }, ja: { title: 't', body: 'b' } };
const lesson: Lesson = {
  id: 'pod',
  order: 1,
  title: { en: 'Pods', ja: 'Pod' },
  steps: ['a', 'b', 'c'].map((id) => ({ id, check: { type: 'read' as const }, text })),
  startYaml: { en: '', ja: '' },
  solution: '',
};

describe('lesson progress', () => {
  it('starts empty and round-trips through storage', () => {
    const s = fakeStorage();
    expect(loadProgress(s, lesson)).toEqual({ current: 0, done: [], read: [], seen: [], actions: [], broken: [] });
    saveProgress(s, 'pod', { current: 2, done: ['a', 'b'], read: ['a'], seen: ['Pod/default/x'], actions: ['c'], broken: ['c'] });
    expect(s.data.has(progressKey('pod'))).toBe(true);
    expect(loadProgress(s, lesson)).toEqual({ current: 2, done: ['a', 'b'], read: ['a'], seen: ['Pod/default/x'], actions: ['c'], broken: ['c'] });
    clearProgress(s, 'pod');
    expect(loadProgress(s, lesson).done).toEqual([]);
  });

  it('survives garbage and steps that no longer exist', () => {
    const s = fakeStorage();
    s.setItem(progressKey('pod'), '{not json');
    expect(loadProgress(s, lesson).current).toBe(0);
    s.setItem(progressKey('pod'), JSON.stringify({ current: 9, done: ['a', 'gone', 3], actions: ['gone', 'b'] }));
    expect(loadProgress(s, lesson)).toEqual({ current: 2, done: ['a'], read: [], seen: [], actions: ['b'], broken: [] });
  });

  it('works without storage', () => {
    saveProgress(undefined, 'pod', { current: 1, done: [], read: [], seen: [], actions: [], broken: [] });
    expect(loadProgress(undefined, lesson).current).toBe(0);
  });

  it('addAll keeps the same array when nothing is new', () => {
    const list = ['a'];
    expect(addAll(list, ['a'])).toBe(list);
    expect(addAll(list, ['b', 'a'])).toEqual(['a', 'b']);
  });
});
