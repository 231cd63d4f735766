import { describe, expect, it } from 'vitest';
import { runUpgradeScenario } from '../../sim/aks/scenario';
import { clampInput, runCompare, SETTINGS } from './compare';

describe('the compare runs', () => {
  it('keeps the inputs within bounds', () => {
    expect(clampInput({ nodes: 1, replicas: 500 })).toEqual({ nodes: 3, replicas: 60, pdb: undefined });
    expect(clampInput({ nodes: Number.NaN, replicas: 7.6 })).toEqual({ nodes: 3, replicas: 8, pdb: undefined });
  });

  it('runs the four settings on the same workload, reporting each as it finishes', async () => {
    const seen: number[] = [];
    const rows = await runCompare({ nodes: 6, replicas: 12 }, async (o) => runUpgradeScenario(o), (_r, done) => seen.push(done));
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r.setting.id)).toEqual(SETTINGS.map((s) => s.id));
    const [one, third, all, unavailable] = rows.map((r) => r.result);
    for (const r of [one, third, all, unavailable]) expect(r.state).toBe('Succeeded');
    // 100% surge is the fastest; maxUnavailable never adds a node
    expect(all.durationMs).toBeLessThan(Math.min(one.durationMs, third.durationMs, unavailable.durationMs));
    expect(unavailable.peakNodes).toBe(6);
    expect([one.peakNodes, third.peakNodes, all.peakNodes]).toEqual([7, 8, 12]);
  });
});
