import { describe, expect, it } from 'vitest';
import { runUpgradeScenario } from './scenario';

describe('upgrade scenarios (the compare view)', () => {
  it('more surge is faster and uses more nodes; maxUnavailable costs availability', () => {
    const one = runUpgradeScenario({ nodes: 3, settings: { maxSurge: '1' } });
    const all = runUpgradeScenario({ nodes: 3, settings: { maxSurge: '100%' } });
    const unav = runUpgradeScenario({ nodes: 3, settings: { maxSurge: '0', maxUnavailable: '1' }, sampleMs: 1000 });
    expect([one.state, all.state, unav.state]).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
    expect(one.peakNodes).toBe(4);
    expect(all.peakNodes).toBe(6);
    expect(unav.peakNodes).toBe(3);
    expect(all.durationMs).toBeLessThan(one.durationMs);
    expect(unav.minAvailable).toBeLessThan(6);
    expect(one.timeline[0]).toEqual({ t: 0, nodes: 3, available: 6 });
  });

  it('the fewest available replicas counts dips between samples: 100% surge drains every node at once', () => {
    const one = runUpgradeScenario({ nodes: 10, replicas: 20, settings: { maxSurge: '1' } });
    const third = runUpgradeScenario({ nodes: 10, replicas: 20, settings: { maxSurge: '33%' } });
    const all = runUpgradeScenario({ nodes: 10, replicas: 20, settings: { maxSurge: '100%' } });
    expect([one.peakNodes, third.peakNodes, all.peakNodes]).toEqual([11, 14, 20]);
    expect(one.durationMs).toBeGreaterThan(third.durationMs);
    expect(third.durationMs).toBeGreaterThan(all.durationMs);
    // each batch evicts the pods of its nodes together: more surge, fewer pods left serving
    expect(one.minAvailable).toBeGreaterThan(third.minAvailable);
    expect(third.minAvailable).toBeGreaterThan(all.minAvailable);
    expect(one.minAvailable).toBeLessThan(20);
  });

  it('a PodDisruptionBudget holds availability at its minimum, at the cost of time', () => {
    const free = runUpgradeScenario({ nodes: 10, replicas: 20, settings: { maxSurge: '100%' } });
    const held = runUpgradeScenario({ nodes: 10, replicas: 20, settings: { maxSurge: '100%' }, pdbMinAvailable: '80%' });
    expect(held.state).toBe('Succeeded');
    expect(held.minAvailable).toBeGreaterThanOrEqual(16);
    expect(held.durationMs).toBeGreaterThan(free.durationMs);
  });
});
