import { describe, expect, it } from 'vitest';
import { MetricError, resourceReplicas, type PodSample } from './replica-calculator';
import { normalizeDefault, scaleDownLimit, scaleUpLimit } from './normalize';

const pod = (name: string, usageMilli: number | undefined, ready = true, requestMilli = 100): PodSample => ({ name, ready, ignored: false, requestMilli, usageMilli });

describe('replica calculator (replica_calculator.go)', () => {
  it('utilization: ceil(ready pods × utilization / target), unchanged within 10%', () => {
    expect(resourceReplicas(2, 50, [pod('a', 90), pod('b', 110)])).toEqual({ replicas: 4, utilization: 100, averageMilli: 100 });
    expect(resourceReplicas(2, 50, [pod('a', 52), pod('b', 54)]).replicas).toBe(2); // 53% is within tolerance
    expect(resourceReplicas(4, 50, [pod('a', 10), pod('b', 10), pod('c', 10), pod('d', 10)]).replicas).toBe(1);
  });

  it('a pod without metrics counts as its full request on a scale down, so the HPA is careful', () => {
    // 2 ready pods at 10% would ask for 1; the missing one counts as 100%: (10+10+100)/300 = 40% → ceil(0.8 × 3) = 3
    expect(resourceReplicas(3, 50, [pod('a', 10), pod('b', 10), pod('c', undefined)]).replicas).toBe(3);
  });

  it('unready pods count as 0 on a scale up', () => {
    // ready pod at 200%; the unready one as 0: 100%/50% → ceil(2 × 2) = 4
    expect(resourceReplicas(2, 50, [pod('a', 200), pod('b', 30, false)]).replicas).toBe(4);
  });

  it('AverageValue: average usage over the target, no requests needed', () => {
    const noReq = (name: string, u: number): PodSample => ({ name, ready: true, ignored: false, usageMilli: u });
    expect(resourceReplicas(2, 0, [noReq('a', 300_000), noReq('b', 300_000)], 'memory', 100_000)).toEqual({ replicas: 6, utilization: 0, averageMilli: 300_000 });
  });

  it('explains what it cannot compute', () => {
    expect(() => resourceReplicas(1, 50, [])).toThrow(new MetricError('no pods returned by selector while calculating replica count'));
    expect(() => resourceReplicas(1, 50, [{ name: 'p', ready: true, ignored: false, missingRequestContainer: 'c', usageMilli: 5 }])).toThrow('missing request for cpu in container c of Pod p');
  });
});

describe('normalization (horizontal.go)', () => {
  it('without behavior: the highest recommendation of the window, and at most max(2×current, 4) up', () => {
    const recs = [{ at: 0, replicas: 6 }];
    expect(normalizeDefault(recs, 60_000, 300_000, 6, 2, 1, 10)).toMatchObject({ replicas: 6, able: ['ScaleDownStabilized', expect.any(String)] });
    expect(normalizeDefault([], 0, 300_000, 1, 9, 1, 10)).toMatchObject({ replicas: 4, limited: [true, 'ScaleUpLimit', expect.any(String)] });
    expect(normalizeDefault([], 0, 300_000, 3, 9, 1, 5)).toMatchObject({ replicas: 5, limited: [true, 'TooManyReplicas', expect.any(String)] });
  });

  it('policies: Pods and Percent over their periods, Max picks the larger change', () => {
    const up = { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] };
    expect(scaleUpLimit(10, [], up, 0)).toBe(20);
    expect(scaleUpLimit(2, [], up, 0)).toBe(6);
    const down = { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] };
    expect(scaleDownLimit(5, [{ at: 10_000, replicas: 1 }], down, 30_000)).toBe(5); // one already removed this minute
    expect(scaleDownLimit(5, [], down, 30_000)).toBe(4);
  });
});
