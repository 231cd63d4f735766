import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { podsToDelete } from './rank';

function pod(name: string, o: { node?: string; phase?: string; ready?: boolean; readySince?: string; restarts?: number; created?: string } = {}): Pod {
  return {
    metadata: { name, creationTimestamp: o.created ?? '2025-01-06T09:00:00Z' },
    spec: { containers: [{ name: 'c' }], ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: o.readySince ?? '2025-01-06T09:00:10Z' }],
      containerStatuses: [{ name: 'c', image: 'x', imageID: '', ready: o.ready !== false, restartCount: o.restarts ?? 0 }],
    },
  };
}

describe('podsToDelete (ActivePodsWithRanks)', () => {
  it('prefers unscheduled, then pending, then not ready pods', () => {
    const pods = [pod('running', { node: 'a' }), pod('pending', { node: 'b', phase: 'Pending', ready: false }), pod('unscheduled', { phase: 'Pending', ready: false }), pod('notready', { node: 'c', ready: false })];
    expect(podsToDelete(pods, pods, 4).map((p) => p.metadata!.name)).toEqual(['unscheduled', 'pending', 'notready', 'running']);
  });
  it('then doubled-up nodes, shorter readiness, more restarts, newer pods', () => {
    const a = pod('alone', { node: 'n1' });
    const d1 = pod('double1', { node: 'n2', readySince: '2025-01-06T09:00:05Z' });
    const d2 = pod('double2', { node: 'n2', readySince: '2025-01-06T09:00:30Z' });
    expect(podsToDelete([a, d1, d2], [a, d1, d2], 2).map((p) => p.metadata!.name)).toEqual(['double2', 'double1']);
    const r = pod('restarts', { node: 'x', restarts: 3 });
    const n = pod('newer', { node: 'y', created: '2025-01-06T09:05:00Z' });
    expect(podsToDelete([n, r], [n, r], 1)[0].metadata!.name).toBe('restarts');
  });
  it('picks the same few pods from thousands as a full sort would (the heap path)', () => {
    const pods = Array.from({ length: 2000 }, (_, i) => pod(`p${i}`, { node: `n${i % 37}`, restarts: (i * 7919) % 5, created: `2025-01-06T09:${String(i % 60).padStart(2, '0')}:00Z` }));
    const full = podsToDelete(pods, pods, 2000).slice(0, 10);
    expect(podsToDelete(pods, pods, 10)).toEqual(full);
  });
});
