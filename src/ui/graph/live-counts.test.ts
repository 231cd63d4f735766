import { describe, expect, it } from 'vitest';
import { LiveCountStore, detachCounts } from './live-counts';
import type { GraphNode } from './graph-types';

const node = (name: string, aggregated: boolean, running: number): GraphNode => ({
  id: `node:${name}`, type: 'clusterNode', position: { x: 0, y: 0 }, width: 292, height: 140,
  data: { ref: { kind: 'Node', name }, name, status: 'Ready', ready: true, podCount: running, aggregated, counts: aggregated ? [{ status: 'Running', tone: 'ok', count: running }] : [] },
});

describe('live counts', () => {
  it('moves the counts of aggregated nodes out, leaving data that stays equal as counts change', () => {
    const a = detachCounts([node('n1', true, 20), node('n2', false, 3)]);
    const b = detachCounts([node('n1', true, 25), node('n2', false, 3)]);
    expect(a.live).toEqual(new Map([['node:n1', { podCount: 20, counts: [{ status: 'Running', tone: 'ok', count: 20 }] }]]));
    expect(a.nodes[0].data).toMatchObject({ podCount: 0, counts: [], detached: true, name: 'n1' });
    expect(b.nodes[0].data).toEqual(a.nodes[0].data);
    // a node with boxes keeps its data (and its object)
    expect(a.nodes[1].data).toMatchObject({ podCount: 3 });
    expect(a.nodes[1].data).not.toHaveProperty('detached');
  });

  it('notifies only when an entry changed, and keeps equal entries as the same objects', () => {
    const store = new LiveCountStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.publish(detachCounts([node('n1', true, 20)]).live);
    const first = store.get('node:n1');
    store.publish(detachCounts([node('n1', true, 20)]).live);
    expect(calls).toBe(1);
    expect(store.get('node:n1')).toBe(first);
    store.publish(detachCounts([node('n1', true, 21)]).live);
    expect(calls).toBe(2);
    expect(store.get('node:n1')?.podCount).toBe(21);
    off();
    store.publish(new Map());
    expect(calls).toBe(2);
    expect(store.get('node:n1')).toBeUndefined();
  });
});
