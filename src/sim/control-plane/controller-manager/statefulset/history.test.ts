import { describe, expect, it } from 'vitest';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { testCluster } from '../../../node/kubelet/test-helpers';

const sts: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'web' },
  spec: { serviceName: 'nginx', replicas: 1, selector: { matchLabels: { app: 'nginx' } }, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } },
} as KubeObject;

type Rev = KubeObject & { revision: number; data: { spec: { template: { $patch?: string; spec: { containers: Array<{ image: string }> } } } } };
const image = (c: ReturnType<typeof testCluster>, img: string) => c.api.patch(R.statefulsets, 'default', 'web', 'merge', { spec: { template: { spec: { containers: [{ name: 'nginx', image: img }] } } } });

describe('StatefulSet ControllerRevisions', () => {
  it('keeps one revision per template, renumbers a template used again, and goes with the set', () => {
    const c = testCluster();
    c.api.create(R.statefulsets, 'default', sts);
    c.advance(30_000);
    const revs = () => (c.api.list(R.controllerrevisions, 'default').items as Rev[]).sort((a, b) => a.revision - b.revision);
    expect(revs()).toHaveLength(1);
    const first = revs()[0];
    const pod = c.api.get(R.pods, 'default', 'web-0');
    expect(first.metadata.name).toBe(pod.metadata.labels?.['controller-revision-hash']);
    expect(first.revision).toBe(1);
    expect(first.data.spec.template.$patch).toBe('replace');
    expect(first.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'StatefulSet', name: 'web', controller: true });
    image(c, 'nginx:1.27');
    c.advance(60_000);
    expect(revs().map((r) => [r.revision, r.data.spec.template.spec.containers[0].image])).toEqual([[1, 'nginx:1.26'], [2, 'nginx:1.27']]);
    image(c, 'nginx:1.26');
    c.advance(60_000);
    expect(revs().map((r) => [r.revision, r.metadata.name])).toEqual([[2, revs()[0].metadata.name], [3, first.metadata.name]]);
    c.api.delete(R.statefulsets, 'default', 'web');
    c.advance(30_000);
    expect(revs()).toHaveLength(0);
  });
});
