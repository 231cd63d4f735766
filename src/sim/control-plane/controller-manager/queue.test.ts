import { describe, expect, it } from 'vitest';
import { Clock } from '../../clock';
import { WorkQueue } from './queue';

describe('WorkQueue', () => {
  it('deduplicates keys, runs after the latency and honours requeueAfter', () => {
    const clock = new Clock(0);
    const runs: Array<[string, number]> = [];
    let again = true;
    const q = new WorkQueue(clock, 't', (key) => {
      runs.push([key, clock.now()]);
      if (key === 'b' && again) {
        again = false;
        return { requeueAfter: 1000 };
      }
    }, 20);
    q.enqueue('a');
    q.enqueue('a');
    q.enqueue('b', 50);
    q.enqueue('b', 5); // an earlier request wins
    clock.advance(2000);
    expect(runs).toEqual([['b', 5], ['a', 20], ['b', 1005]]);
    expect(q.pending()).toBe(0);
  });
});
