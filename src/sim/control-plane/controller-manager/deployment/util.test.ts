import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { maxSurge, maxUnavailable, newRSNewReplicas, podTemplateHash, resolveFenceposts, equalIgnoreHash } from './util';

function dep(replicas: number, surge: number | string = '25%', unavailable: number | string = '25%'): Deployment {
  return { spec: { replicas, selector: {}, template: {}, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: surge, maxUnavailable: unavailable } } } };
}
const rs = (n: number): ReplicaSet => ({ spec: { replicas: n, selector: {} } });

describe('deployment arithmetic (reference §1)', () => {
  it('25%/25% defaults give the reference surge/unavailable pairs', () => {
    const pairs = [1, 2, 3, 4, 5, 10, 100].map((n) => `${n}->${maxSurge(dep(n))}/${maxUnavailable(dep(n))}`);
    expect(pairs).toEqual(['1->1/0', '2->1/0', '3->1/0', '4->1/1', '5->2/1', '10->3/2', '100->25/25']);
  });
  it('both zero makes maxUnavailable 1; bad strings are errors', () => {
    expect(resolveFenceposts(0, 0, 5)).toEqual([0, 1]);
    expect(() => resolveFenceposts('abc', 0, 5)).toThrow();
  });
  it('10 replicas, maxSurge 3, maxUnavailable 2: the new RS starts at 3', () => {
    const d = dep(10, 3, 2);
    const oldRS = rs(10);
    const newRS = rs(0);
    expect(newRSNewReplicas(d, [oldRS, newRS], newRS)).toBe(3);
    // old scaled to 8 (13 - minAvailable 8 ... available 10 - 8 = 2 down): new grows to 5
    const old8 = rs(8);
    const new3 = rs(3);
    expect(newRSNewReplicas(d, [old8, new3], new3)).toBe(5);
    // at the cap nothing changes
    expect(newRSNewReplicas(d, [rs(10), new3], new3)).toBe(3);
  });
  it('Recreate scales the new RS straight to replicas', () => {
    const d: Deployment = { spec: { replicas: 4, selector: {}, template: {}, strategy: { type: 'Recreate' } } };
    expect(newRSNewReplicas(d, [rs(4), rs(0)], rs(0))).toBe(4);
    expect(maxUnavailable(d)).toBe(0);
  });
  it('hashes templates into the safe alphabet, stably, ignoring its own label', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } };
    const h = podTemplateHash(t);
    expect(h).toMatch(/^[bcdf4-9]{8,10}$/);
    expect(podTemplateHash(structuredClone(t))).toBe(h);
    expect(podTemplateHash({ ...t, spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } })).not.toBe(h);
    expect(podTemplateHash(t, 1)).not.toBe(h);
    expect(equalIgnoreHash(t, { metadata: { labels: { app: 'web', 'pod-template-hash': h } }, spec: t.spec })).toBe(true);
  });
});
