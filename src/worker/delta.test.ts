import { describe, expect, it } from 'vitest';
import { applyDelta, diffObject, jsonEqual } from './delta';

const pending = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web-1', namespace: 'default', resourceVersion: '10', labels: { app: 'web' } },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27' }], tolerations: [{ key: 'a', operator: 'Exists' }] },
  status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', lastProbeTime: null }] },
};

const running = {
  ...pending,
  metadata: { ...pending.metadata, resourceVersion: '12' },
  spec: { ...pending.spec, containers: [{ name: 'web', image: 'nginx:1.27' }], nodeName: 'node-1' },
  status: {
    phase: 'Running',
    conditions: [{ type: 'PodScheduled', status: 'True', lastProbeTime: null }],
    podIP: '10.244.0.5',
  },
};

describe('object deltas', () => {
  it('carries only the changed values and rebuilds the new object exactly', () => {
    const d = diffObject(pending, running);
    expect(d.set.map(([p]) => p.join('.')).sort()).toEqual(['metadata.resourceVersion', 'spec.nodeName', 'status.conditions', 'status.phase', 'status.podIP']);
    expect(d.unset).toBeUndefined();
    expect(applyDelta(pending, d)).toEqual(running);
  });

  it('keeps nulls as values and sends removed keys apart', () => {
    const before = { metadata: { name: 'x', annotations: { a: '1', b: '2' } }, status: { startTime: '2025-01-06T09:00:00Z' } };
    const after = { metadata: { name: 'x', annotations: { a: '1' } }, status: { startTime: null } };
    const d = diffObject(before, after);
    expect(d.unset).toEqual([['metadata', 'annotations', 'b']]);
    expect(d.set).toEqual([[['status', 'startTime'], null]]);
    expect(applyDelta(before, d)).toEqual(after);
  });

  it('does not change the old object and shares what the delta leaves alone', () => {
    const frozen = structuredClone(pending);
    const next = applyDelta(pending, diffObject(pending, running));
    expect(pending).toEqual(frozen);
    expect(next.spec.tolerations).toBe(pending.spec.tolerations);
    expect(next.metadata.labels).toBe(pending.metadata.labels);
    expect(next.metadata).not.toBe(pending.metadata);
  });

  it('replaces a value whose type changed, and adds whole new sections', () => {
    const a = { spec: { x: 'text' } } as Record<string, unknown>;
    const b = { spec: { x: { nested: [1, 2] } }, status: { phase: 'Running' } };
    expect(applyDelta(a, diffObject(a, b))).toEqual(b);
    expect(applyDelta(b, diffObject(b, a))).toEqual(a);
  });

  it('finds nothing to send for equal objects that are not the same instance', () => {
    expect(diffObject(pending, structuredClone(pending))).toEqual({ set: [] });
  });

  it('compares JSON values deeply', () => {
    expect(jsonEqual([{ a: [1, null] }], [{ a: [1, null] }])).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
