import { describe, expect, it } from 'vitest';
import { linear, linesOf, stepPath, ticks } from './chart';

describe('AKS chart maths', () => {
  it('maps a domain linearly onto a range, flipped for SVG y', () => {
    const y = linear([0, 10], [100, 0]);
    expect([y(0), y(5), y(10)]).toEqual([100, 50, 0]);
    expect(linear([3, 3], [0, 10])(3)).toBe(5);
  });

  it('picks round ticks', () => {
    expect(ticks(0, 20, 4)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(0, 7, 4)).toEqual([0, 2, 4, 6]);
    expect(ticks(0, 0.5, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(ticks(2, 2)).toEqual([2]);
  });

  it('draws steps: a value holds until the next sample', () => {
    const x = linear([0, 2], [0, 20]);
    const y = linear([0, 4], [40, 0]);
    expect(stepPath([[0, 3], [1, 4], [2, 2]], x, y)).toBe('M0.0,10.0H10.0V0.0H20.0V20.0');
    expect(stepPath([], x, y)).toBe('');
  });

  it('turns timeline samples into lines in minutes since the first sample', () => {
    const t = 1_000_000;
    const r = linesOf(
      {
        periodMs: 10_000,
        samples: [
          { t, nodes: 3, readyNodes: 3, available: {} },
          { t: t + 60_000, nodes: 4, readyNodes: 3, available: { 'default/web': 5 } },
          { t: t + 120_000, nodes: 3, readyNodes: 3, available: { 'default/web': 6, 'shop/api': 2 } },
        ],
        deployments: [{ key: 'default/web', replicas: 6 }, { key: 'shop/api', replicas: 2 }],
      },
      'nodes',
    );
    expect(r.minutes).toBe(2);
    expect(r.max).toBe(6);
    expect(r.lines.map((l) => [l.label, l.last, l.points])).toEqual([
      ['nodes', 3, [[0, 3], [1, 4], [2, 3]]],
      ['web', 6, [[1, 5], [2, 6]]],
      ['shop/api', 2, [[2, 2]]],
    ]);
  });
});
