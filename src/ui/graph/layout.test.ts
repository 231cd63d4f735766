import { describe, expect, it } from 'vitest';
import { chooseColumns, clusterWidth, nodeColumns, SlotAllocator } from './layout';
import { reuseNodes } from './reuse';
import { deriveGraph } from './derive';
import { add, node, pod } from './fixtures.test-util';

describe('chooseColumns', () => {
  const three = [120, 120, 120];
  it('uses the default grid without a viewport shape', () => {
    expect(chooseColumns(three, undefined)).toBe(nodeColumns(3));
  });
  it('puts three nodes side by side in a wide panel and stacks them in a tall one', () => {
    expect(chooseColumns(three, 2.5)).toBe(3);
    expect(chooseColumns(three, 0.4)).toBeLessThan(3);
  });
  it('keeps the grid at least as wide as the control plane', () => {
    expect(clusterWidth(1, 1)).toBe(clusterWidth(1, 3));
    expect(clusterWidth(6, 3)).toBeGreaterThan(clusterWidth(6, 2));
  });
});

describe('SlotAllocator', () => {
  it('forgets groups that disappeared', () => {
    const s = new SlotAllocator();
    const order = (a: string, b: string) => a.localeCompare(b);
    s.assign('node:a', ['p1', 'p2'], order);
    s.sweep();
    s.sweep(); // node:a not used in this round
    expect(s.assign('node:a', ['p2'], order).get('p2')).toBe(0);
  });
});

describe('reuseNodes', () => {
  it('keeps the previous objects (and array) when nothing changed, and only the changed pod otherwise', () => {
    const slots = new SlotAllocator();
    const o = add({}, node('n1'), pod('a', { nodeName: 'n1', phase: 'Running' }), pod('b', { nodeName: 'n1', phase: 'Running' }));
    const first = deriveGraph(o, { slots }).nodes;
    const again = reuseNodes(first, deriveGraph(o, { slots }).nodes);
    expect(again).toBe(first);
    const changed = { ...o, Pod: new Map(o.Pod) };
    add(changed, pod('b', { nodeName: 'n1', waiting: 'CrashLoopBackOff', phase: 'Running' }));
    const next = reuseNodes(first, deriveGraph(changed, { slots }).nodes);
    const differs = next.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(differs).toEqual(['pod:default/b']);
  });
});
