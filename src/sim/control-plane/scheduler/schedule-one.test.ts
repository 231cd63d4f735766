import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../api/types';
import { Rng } from '../../clock';
import { addPod, newNodeInfo, type NodeInfo, type PodToSchedule } from './node-info';
import { DEFAULT_PROFILE, fitErrorMessage, plainDecision, scheduleOne } from './schedule-one';

const GiB = 1024 ** 3;
function node(name: string, extra: Partial<Node['spec']> = {}, labels: Record<string, string> = {}): NodeInfo {
  const n: Node = { apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } }, spec: { ...extra } };
  return newNodeInfo(n, { milliCPU: 1900, memory: 5 * GiB, pods: 110 });
}
function pod(spec: Partial<Pod['spec']> = {}, cpu = 0, mem = 0): PodToSchedule {
  return {
    pod: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c' }], ...spec } },
    resources: { milliCPU: cpu, memory: mem, nonZero: { milliCPU: cpu || 100, memory: mem || 200 * 1024 * 1024 } },
  };
}

describe('scheduleOne', () => {
  it('reports Insufficient cpu on every node in the upstream format', () => {
    const d = scheduleOne(pod({}, 4000), [node('a'), node('b'), node('c')], new Rng(1), 0);
    expect(d.node).toBeUndefined();
    expect(d.message).toBe('0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.');
    expect(d.verdicts[0].rejectedBy).toEqual({ plugin: 'NodeResourcesFit', reason: 'Insufficient cpu' });
  });
  it('mixes reasons, sorted, and says preemption is not helpful for unresolvable ones', () => {
    const nodes = [node('a', { unschedulable: true }), node('b', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }), node('c')];
    const d = scheduleOne(pod({ nodeSelector: { disk: 'ssd' } }), nodes, new Rng(1), 0);
    expect(d.message).toBe(
      "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });
  it('honours tolerations, nodeSelector and required node affinity', () => {
    const nodes = [node('a', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }, { disk: 'ssd' }), node('b')];
    expect(scheduleOne(pod({ nodeSelector: { disk: 'ssd' }, tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }] }), nodes, new Rng(1), 0).node).toBe('a');
    const affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['b'] }] }] } } };
    expect(scheduleOne(pod({ affinity }), nodes, new Rng(1), 0).node).toBe('b');
  });
  it('prefers the least allocated node (LeastAllocated counts 100m/200Mi for pods without requests)', () => {
    const busy = node('busy');
    addPod(busy, 'x', { milliCPU: 1000, memory: GiB, nonZero: { milliCPU: 1000, memory: GiB } });
    const d = scheduleOne(pod(), [busy, node('idle')], new Rng(1), 0);
    expect(d.node).toBe('idle');
    const idle = d.verdicts.find((v) => v.node === 'idle')!;
    // cpu (1900-100)*100/1900 = 94, memory (5120-200)*100/5120 = 96 -> 95
    expect(idle.scores?.NodeResourcesFit).toBe(95);
  });
  it('breaks ties with the seeded rng, reproducibly', () => {
    const nodes = [node('a'), node('b'), node('c')];
    const pick = (seed: number) => scheduleOne(pod(), nodes, new Rng(seed), 0).node;
    expect(pick(7)).toBe(pick(7));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(pick)).size).toBeGreaterThan(1);
  });
  it('counts Too many pods', () => {
    const full = node('a');
    full.allocatable.pods = 0;
    expect(scheduleOne(pod(), [full], new Rng(1), 0).message).toContain('1 Too many pods');
    expect(fitErrorMessage(0, [])).toBe('no nodes available to schedule pods');
  });
});

describe('scheduleOne fast path', () => {
  it('decides exactly as the plugins one by one do, over random clusters and pods', () => {
    const r = new Rng(42);
    const effects = ['NoSchedule', 'NoExecute', 'PreferNoSchedule'] as const;
    for (let round = 0; round < 200; round++) {
      const nodes = Array.from({ length: 1 + r.int(8) }, (_, i) => {
        const taints = r.int(3) === 0 ? [{ key: r.pick(['gpu', 'spot']), value: r.pick(['', 'true']), effect: r.pick(effects) }] : undefined;
        const n = node(`n${i}`, { unschedulable: r.int(5) === 0 || undefined, taints });
        n.allocatable.pods = 1 + r.int(3);
        for (let k = 0; k < r.int(3); k++) addPod(n, `x${k}`, { milliCPU: r.int(1000), memory: r.int(3) * GiB, nonZero: { milliCPU: 100, memory: 200 * 1024 * 1024 } });
        return n;
      });
      const tolerations = r.int(2) ? [{ key: r.pick(['gpu', 'spot', 'node.kubernetes.io/unschedulable']), operator: r.pick(['Exists', 'Equal']), value: 'true' }] : undefined;
      const p = pod({ tolerations }, r.int(1500), r.int(2) * GiB);
      const start = r.int(nodes.length);
      const fast = scheduleOne(p, nodes, new Rng(round), 0, DEFAULT_PROFILE, start);
      const slow = scheduleOne(p, nodes, new Rng(round), 0, { ...DEFAULT_PROFILE }, start);
      expect(plainDecision(fast)).toEqual(plainDecision(slow));
      expect(fast.visited).toBe(slow.visited);
    }
  });
});
