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
});
