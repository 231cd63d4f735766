import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { errOf, newServer, pod } from './test-helpers';

function runningPod(api: ReturnType<typeof newServer>['api'], name: string): KubeObject {
  api.create(R.pods, 'default', pod(name));
  api.bind('default', name, 'node-1');
  const p = api.get(R.pods, 'default', name);
  return api.updateStatus(R.pods, 'default', { ...structuredClone(p), status: { ...(p.status as object), phase: 'Running' } });
}

describe('eviction', () => {
  it('without a budget, evicting deletes the pod gracefully', () => {
    const { api } = newServer();
    runningPod(api, 'p');
    expect(api.evict('default', 'p')).toMatchObject({ kind: 'Status', status: 'Success', code: 201 });
    expect(api.get(R.pods, 'default', 'p').metadata.deletionTimestamp).toBe('2025-01-06T09:00:30Z');
  });

  it('an Eviction body posted to pods evicts', () => {
    const { api } = newServer();
    runningPod(api, 'p');
    api.create(R.pods, 'default', { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'p', namespace: 'default' } });
    expect(api.get(R.pods, 'default', 'p').metadata.deletionTimestamp).toBeDefined();
    expect(errOf(() => api.evict('default', 'nope')).code).toBe(404);
  });

  it('a budget with no disruptions left answers 429; otherwise it is charged', () => {
    const { api } = newServer();
    runningPod(api, 'a');
    runningPod(api, 'b');
    const pdb = api.create(R.poddisruptionbudgets, 'default', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web-pdb' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } } });
    expect(pdb.status).toEqual({ disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 });
    api.updateStatus(R.poddisruptionbudgets, 'default', { ...structuredClone(pdb), status: { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1, expectedPods: 2 } });
    api.evict('default', 'a');
    expect((api.get(R.poddisruptionbudgets, 'default', 'web-pdb').status as { disruptionsAllowed: number }).disruptionsAllowed).toBe(0);
    expect(errOf(() => api.evict('default', 'b'))).toMatchObject({ code: 429, reason: 'TooManyRequests', message: "Cannot evict pod as it would violate the pod's disruption budget." });
    expect(api.get(R.pods, 'default', 'b').metadata.deletionTimestamp).toBeUndefined();
  });
});
