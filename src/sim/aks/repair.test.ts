import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster';
import { R } from '../api/resources';
import { notReadySince } from './repair';

const reasons = (c: ReturnType<typeof createCluster>) => c.api.list(R.events, 'default').items.map((e) => (e as unknown as { reason: string }).reason);

describe('AKS node auto-repair', () => {
  it('reboots a node NotReady for 5 minutes; it comes back Ready', () => {
    const c = createCluster({ seed: 1, addons: false });
    c.aks.setAutoRepair(true);
    const name = c.api.list(R.nodes, undefined).items[1].metadata.name!;
    c.stopNode(name);
    c.advance(4 * 60_000);
    const deps = { api: c.api, clock: c.clock } as Parameters<typeof notReadySince>[0];
    expect(notReadySince(deps, name)).toBeDefined();
    expect(reasons(c)).not.toContain('NodeRebootStart');
    c.advance(5 * 60_000);
    expect(reasons(c)).toEqual(expect.arrayContaining(['NodeRebootStart', 'NodeRebootEnd']));
    c.advance(60_000);
    expect(notReadySince(deps, name)).toBeUndefined();
  });

  it('is off by default: a stopped node stays NotReady', () => {
    const c = createCluster({ seed: 1, addons: false });
    const name = c.api.list(R.nodes, undefined).items[1].metadata.name!;
    c.stopNode(name);
    c.advance(20 * 60_000);
    const deps = { api: c.api, clock: c.clock } as Parameters<typeof notReadySince>[0];
    expect(notReadySince(deps, name)).toBeDefined();
    expect(reasons(c)).not.toContain('NodeRebootStart');
  });
});
