import { describe, expect, it } from 'vitest';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { testCluster } from '../../../node/kubelet/test-helpers';

type P = KubeObject & { spec: { nodeName?: string; containers: Array<{ image: string }> }; status?: { phase?: string } };

describe('DaemonSet controller', () => {
  it('runs one pod per node, skips tainted nodes it does not tolerate, and rolls a new template node by node', () => {
    const c = testCluster();
    const nodes = c.api.list(R.nodes, undefined).items.map((n) => n.metadata.name!);
    c.api.patch(R.nodes, undefined, nodes[2], 'merge', { spec: { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] } });
    c.api.create(R.daemonsets, 'default', {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent' },
      spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'nginx:1.26' }] } } },
    });
    c.advance(15_000);
    let pods = c.api.list(R.pods, 'default').items as P[];
    expect(pods.map((p) => p.spec.nodeName).sort()).toEqual([nodes[0], nodes[1]]);
    expect(pods.every((p) => p.metadata.name!.startsWith('agent-') && p.status?.phase === 'Running')).toBe(true);
    const ds = c.api.get(R.daemonsets, 'default', 'agent') as KubeObject & { status: Record<string, number> };
    expect(ds.status).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, numberAvailable: 2 });
    const cur = c.api.get(R.daemonsets, 'default', 'agent') as KubeObject & { spec: { template: { spec: { containers: Array<{ image: string }> } } } };
    const next = structuredClone(cur);
    next.spec.template.spec.containers[0].image = 'nginx:1.27';
    c.api.update(R.daemonsets, 'default', next);
    c.advance(60_000);
    pods = (c.api.list(R.pods, 'default').items as P[]).filter((p) => !p.metadata.deletionTimestamp);
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => p.spec.containers[0].image === 'nginx:1.27')).toBe(true);
  });
});
