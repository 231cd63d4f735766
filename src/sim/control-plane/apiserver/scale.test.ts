import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import { newServer, pod } from './test-helpers';

// "Must scale to 10,000 pods": creating them and reading one node's pods stay cheap.
describe('10,000 pods', () => {
  it('creates 10k pods in linear time and lists one node\'s pods from the index', () => {
    const { api } = newServer();
    let events = 0;
    api.watch(R.pods, undefined, {}, () => events++);
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) api.create(R.pods, 'default', pod(`p-${i}`, i % 2 ? { nodeName: `node-${i % 500}` } : {}));
    const created = performance.now() - t0;
    expect(events).toBe(10_000);
    expect(api.list(R.pods, 'default').items).toHaveLength(10_000);
    const t1 = performance.now();
    for (let n = 0; n < 50; n++) api.list(R.pods, undefined, { fieldSelector: `spec.nodeName=node-${2 * n + 1}` });
    const listed = performance.now() - t1;
    expect(api.list(R.pods, undefined, { fieldSelector: 'spec.nodeName=node-1' }).items).toHaveLength(20);
    // bounds that catch quadratic behaviour, not noise: an idle machine creates 10k in ~0.3 s,
    // a loaded 2-core CI box in 1-3 s
    expect(created).toBeLessThan(8000);
    expect(listed).toBeLessThan(500);
    console.log(`10k pod creates: ${created.toFixed(0)} ms; 50 node lists: ${listed.toFixed(0)} ms`);
  });
});
