import { describe, expect, it } from 'vitest';
import { deriveGraph } from './derive';
import { Ghosts, GHOST_MS } from './ghosts';
import type { PodData } from './graph-types';
import { add, node, pod } from './fixtures.test-util';

describe('Ghosts', () => {
  it('keeps a deleted pod for a moment, marked leaving, then lets it go', () => {
    const before = deriveGraph(add({}, node('n1'), pod('a', { nodeName: 'n1' }), pod('b', { nodeName: 'n1' }))).nodes;
    const after = deriveGraph(add({}, node('n1'), pod('b', { nodeName: 'n1' }))).nodes;
    const ghosts = new Ghosts();
    const shown = ghosts.apply(before, after, 1000);
    const a = shown.find((n) => n.id === 'pod:default/a');
    expect((a?.data as PodData).leaving).toBe(true);
    expect(ghosts.nextExpiry()).toBe(1000 + GHOST_MS);
    expect(ghosts.apply(shown, after, 1000 + GHOST_MS).map((n) => n.id)).not.toContain('pod:default/a');
  });

  it('drops the ghost at once when its node is gone', () => {
    const before = deriveGraph(add({}, node('n1'), pod('a', { nodeName: 'n1' }))).nodes;
    const after = deriveGraph({}).nodes;
    expect(new Ghosts().apply(before, after, 0).some((n) => n.id === 'pod:default/a')).toBe(false);
  });
});
