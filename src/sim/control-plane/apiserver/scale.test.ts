import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import { newServer, pod } from './test-helpers';

// "Must scale to 10,000 pods": 10k creates and node-indexed lists are correct (their speed is
// measured by `npm run bench`, case apiserver-create).
describe('10,000 pods', () => {
  it('creates 10k pods and lists one node\'s pods from the index', () => {
    const { api } = newServer();
    let events = 0;
    api.watch(R.pods, undefined, {}, () => events++);
    for (let i = 0; i < 10_000; i++) api.create(R.pods, 'default', pod(`p-${i}`, i % 2 ? { nodeName: `node-${i % 500}` } : {}));
    expect(events).toBe(10_000);
    expect(api.list(R.pods, 'default').items).toHaveLength(10_000);
    expect(api.list(R.pods, undefined, { fieldSelector: 'spec.nodeName=node-1' }).items).toHaveLength(20);
  });
});
