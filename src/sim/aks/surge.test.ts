import { describe, expect, it } from 'vitest';
import { planBatches, resolveCount, surgeError } from './surge';

describe('AKS surge arithmetic', () => {
  it('a 3-node pool with surge 1 never has more than 4 nodes, one node per batch', () => {
    const p = planBatches(3, { maxSurge: '1' });
    expect(p.peakNodes).toBe(4);
    expect(p.batches).toEqual([1, 1, 1]);
  });

  it('percent of the pool rounds up: 33% of 10 is 4, 20% of 10 is 2, 100% doubles the pool', () => {
    expect(planBatches(10, { maxSurge: '33%' }).surge).toBe(4);
    expect(planBatches(10, { maxSurge: '33%' }).batches).toEqual([4, 4, 2]);
    expect(planBatches(10, { maxSurge: '20%' }).surge).toBe(2);
    expect(planBatches(10, { maxSurge: '100%' }).peakNodes).toBe(20);
    expect(resolveCount('1%', 3, 0)).toBe(1);
  });

  it('surge is capped at the nodes left to upgrade', () => {
    const p = planBatches(3, { maxSurge: '5' });
    expect(p.surge).toBe(3);
    expect(p.peakNodes).toBe(6);
    expect(p.batches).toEqual([3]);
  });

  it('an unset maxSurge means one node, the default the course teaches', () => {
    expect(planBatches(3, {})).toMatchObject({ surge: 1, batches: [1, 1, 1], peakNodes: 4 });
    expect(planBatches(25, {}).surge).toBe(1);
    expect(planBatches(25, { maxSurge: '10%' }).surge).toBe(3);
  });

  it('maxUnavailable drains in place: no surge node, pool never grows', () => {
    const p = planBatches(4, { maxSurge: '0', maxUnavailable: '2' });
    expect(p).toMatchObject({ surge: 0, unavailable: 2, peakNodes: 4, batches: [2, 2] });
  });

  it('maxUnavailable is refused on System pools; malformed values and 0/0 are refused', () => {
    expect(surgeError({ maxUnavailable: '1' }, 'System')).toContain('not supported for System mode node pools');
    expect(surgeError({ maxUnavailable: '1' }, 'User')).toBeUndefined();
    expect(surgeError({ maxSurge: 'abc' }, 'User')).toContain('maxSurge must be an integer');
    expect(surgeError({ maxSurge: '150%' }, 'User')).toContain('maxSurge');
    expect(surgeError({ maxSurge: '0', maxUnavailable: '0' }, 'User')).toContain('cannot both be 0');
  });
});
