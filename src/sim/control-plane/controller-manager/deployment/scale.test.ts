// Scaling a Deployment in the middle of a rollout: proportional scaling, then the rollout finishes.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../cluster';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';

type D = KubeObject & { spec: { replicas: number; template: { spec: { containers: Array<{ name: string; image: string }> } } }; status?: { replicas?: number; updatedReplicas?: number; availableReplicas?: number } };
type RS = KubeObject & { spec: { replicas: number; template: { spec: { containers: Array<{ image: string }> } } } };

function setup(replicas: number) {
  const c = createCluster({ seed: 4, nodes: 3 });
  c.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'db' },
    spec: { replicas, selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'main', image: 'nginx:1.27' }] } } },
  } as never);
  const get = () => c.api.get(R.deployments, 'default', 'db') as D;
  const edit = (f: (d: D) => void) => {
    const d = structuredClone(get());
    f(d);
    c.api.update(R.deployments, 'default', d);
  };
  const sizes = () => Object.fromEntries((c.api.list(R.replicasets, 'default').items as RS[]).map((rs) => [rs.spec.template.spec.containers[0].image, rs.spec.replicas]));
  return { c, get, edit, sizes };
}

describe('scaling during a rollout', () => {
  it('finishes the rollout when the scale leaves nothing to add (regression: it stalled at old 2 + new 2)', () => {
    const { c, get, edit, sizes } = setup(2);
    c.advance(2_000);
    edit((d) => (d.spec.template.spec.containers[0].image = 'redis:7'));
    edit((d) => (d.spec.replicas = 3));
    c.advance(5 * 60_000);
    expect(get().status).toMatchObject({ replicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    expect(sizes()).toEqual({ 'nginx:1.27': 0, 'redis:7': 3 });
  });

  it('shares new replicas in proportion to each ReplicaSet while a rollout is stuck', () => {
    const { c, edit, sizes } = setup(10);
    c.advance(60_000);
    // a bad image: the new ReplicaSet never becomes available, the old one keeps 10 - maxUnavailable
    edit((d) => (d.spec.template.spec.containers[0].image = 'nginx:no-such-tag'));
    c.advance(60_000);
    expect(sizes()).toEqual({ 'nginx:1.27': 8, 'nginx:no-such-tag': 5 });
    edit((d) => (d.spec.replicas = 20));
    c.advance(1_000);
    // 13 of max 13 before, max 25 now: 8 → round(8·25/13) = 15, 5 → round(5·25/13) = 10
    expect(sizes()).toEqual({ 'nginx:1.27': 15, 'nginx:no-such-tag': 10 });
  });
});
