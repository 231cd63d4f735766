import { describe, expect, it } from 'vitest';
import { Clock, Rng, toRFC3339 } from './clock';

describe('Clock', () => {
  it('keeps virtual time in whole milliseconds: a fraction is dropped (callers carry it over)', () => {
    const c = new Clock(1000);
    c.advance(0.6);
    c.advance(2.7);
    expect(Number.isInteger(c.now())).toBe(true);
    expect(c.now()).toBe(1002);
  });

  it('runs due timers in time order, ties in the order they were set', () => {
    const c = new Clock(0);
    const ran: string[] = [];
    c.on('t', (key, now) => ran.push(`${key}@${now}`));
    c.after(300, 't', 'c');
    c.after(100, 't', 'a');
    c.after(100, 't', 'b');
    c.after(1000, 't', 'late');
    c.advance(500);
    expect(ran).toEqual(['a@100', 'b@100', 'c@300']);
    expect(c.now()).toBe(500);
    expect(c.nextAt()).toBe(1000);
  });

  it('runs timers that handlers set while advancing, if they fall due in the window', () => {
    const c = new Clock(0);
    const ran: number[] = [];
    c.on('chain', (_key, now) => {
      ran.push(now);
      if (ran.length < 5) c.after(10, 'chain', '');
    });
    c.after(10, 'chain', '');
    c.advance(35);
    expect(ran).toEqual([10, 20, 30]);
  });

  it('snapshots timers as data and restores them', () => {
    const a = new Clock(0);
    a.after(50, 'x', 'k1');
    a.after(20, 'x', 'k2');
    const b = new Clock(999);
    b.restore(JSON.parse(JSON.stringify(a.snapshot())));
    const ran: string[] = [];
    b.on('x', (k) => ran.push(k));
    b.advance(100);
    expect(ran).toEqual(['k2', 'k1']);
  });

  it('formats metav1.Time at second precision', () => {
    expect(toRFC3339(Date.UTC(2025, 0, 6, 9, 0, 1, 999))).toBe('2025-01-06T09:00:01Z');
    expect(toRFC3339(Date.UTC(2025, 0, 6, 9, 0, 2))).toBe('2025-01-06T09:00:02Z');
  });
});

describe('Rng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const seq = (seed: number | string) => {
      const r = new Rng(seed);
      return Array.from({ length: 5 }, () => r.nextUint32());
    };
    expect(seq(42)).toEqual(seq(42));
    expect(seq('kubeplay')).toEqual(seq('kubeplay'));
    expect(seq(42)).not.toEqual(seq(43));
  });

  it('restores from a snapshot mid-stream', () => {
    const r = new Rng(7);
    r.next();
    const saved = r.snapshot();
    const after = [r.next(), r.next()];
    const s = new Rng(1);
    s.restore(saved);
    expect([s.next(), s.next()]).toEqual(after);
  });

  it('draws integers in range and v4 UUIDs', () => {
    const r = new Rng(3);
    for (let i = 0; i < 1000; i++) {
      const v = r.int(6);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(6);
    }
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.string(5, 'bcdfghjklmnpqrstvwxz2456789')).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});
