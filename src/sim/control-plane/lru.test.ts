import { describe, expect, it } from 'vitest';
import { Lru } from './lru';

describe('Lru', () => {
  it('evicts the least recently used key past its capacity', () => {
    const l = new Lru<number>(2);
    l.set('a', 1);
    l.set('b', 2);
    expect(l.get('a')).toBe(1); // a is now the newest
    l.set('c', 3);
    expect(l.peek('b')).toBeUndefined();
    expect(l.peek('a')).toBe(1);
    expect(l.peek('c')).toBe(3);
    expect(l.size).toBe(2);
  });

  it('set on an existing key updates it and counts as a use', () => {
    const l = new Lru<string>(2);
    l.set('a', 'x');
    l.set('b', 'y');
    l.set('a', 'z');
    l.set('c', 'w');
    expect(l.peek('a')).toBe('z');
    expect(l.peek('b')).toBeUndefined();
  });

  it('peek does not refresh a key', () => {
    const l = new Lru<number>(2);
    l.set('a', 1);
    l.set('b', 2);
    l.peek('a');
    l.set('c', 3);
    expect(l.peek('a')).toBeUndefined();
  });

  it('matches a reference model over many random operations', () => {
    const l = new Lru<number>(5);
    const model: string[] = []; // oldest first
    const values = new Map<string, number>();
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let i = 0; i < 5000; i++) {
      const key = `k${rnd(9)}`;
      if (rnd(2) === 0) {
        l.set(key, i);
        values.set(key, i);
        const at = model.indexOf(key);
        if (at >= 0) model.splice(at, 1);
        model.push(key);
        if (model.length > 5) values.delete(model.shift()!);
      } else {
        const at = model.indexOf(key);
        expect(l.get(key)).toBe(at >= 0 ? values.get(key) : undefined);
        if (at >= 0) model.push(...model.splice(at, 1));
      }
    }
    expect(l.size).toBe(model.length);
  });
});
