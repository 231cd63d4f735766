import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../cluster';
import { R } from '../../../api/resources';
import { isStatusError } from '../../../api/status';

function setup(spec: Record<string, unknown>) {
  const c = createCluster({ seed: 3 });
  c.api.create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
  } as never);
  c.api.create(R.poddisruptionbudgets, 'default', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } } as never);
  c.advance(30_000);
  const pdb = () => c.api.get(R.poddisruptionbudgets, 'default', 'web').status as Record<string, unknown>;
  const pods = () => c.api.list(R.pods, 'default', { labelSelector: 'app=web' }).items.filter((p) => !p.metadata.deletionTimestamp);
  const evict = (name: string) => c.api.create(R.pods, 'default', { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace: 'default' } } as never);
  return { c, pdb, pods, evict };
}

describe('disruption controller + eviction', () => {
  it('allows evictions down to minAvailable, answers 429 beyond, and recovers when replacements are Ready', () => {
    const { c, pdb, pods, evict } = setup({ minAvailable: 2 });
    expect(pdb()).toMatchObject({ currentHealthy: 3, desiredHealthy: 2, expectedPods: 3, disruptionsAllowed: 1, conditions: [{ type: 'DisruptionAllowed', status: 'True', reason: 'SufficientPods' }] });
    const [a, b] = pods();
    evict(a.metadata.name!);
    let refused: unknown;
    try {
      evict(b.metadata.name!);
    } catch (e) {
      refused = e;
    }
    expect(isStatusError(refused) && refused.status).toMatchObject({ code: 429, reason: 'TooManyRequests', message: "Cannot evict pod as it would violate the pod's disruption budget." });
    c.advance(60_000); // the ReplicaSet's replacement starts and becomes Ready
    expect(pdb()).toMatchObject({ currentHealthy: 3, disruptionsAllowed: 1 });
    expect(() => evict(b.metadata.name!)).not.toThrow();
  });

  it('derives the desired count from the controller\'s scale for maxUnavailable and percentages', () => {
    expect(setup({ maxUnavailable: 1 }).pdb()).toMatchObject({ expectedPods: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
    expect(setup({ minAvailable: '50%' }).pdb()).toMatchObject({ expectedPods: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
    expect(setup({ maxUnavailable: 0 }).pdb()).toMatchObject({ desiredHealthy: 3, disruptionsAllowed: 0, conditions: [{ status: 'False', reason: 'InsufficientPods' }] });
  });
});
