import { describe, expect, it } from 'vitest';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { statefulSetRolloutStatus } from './rollout-sts';

const sts = (spec: Record<string, unknown>, status: Record<string, unknown>, generation = 2) =>
  ({ metadata: { name: 'web', generation }, spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, ...spec }, status: { replicas: 3, observedGeneration: 2, ...status } }) as unknown as StatefulSet;

describe('StatefulSet rollout status', () => {
  it('walks the viewer messages in kubectl order', () => {
    expect(statefulSetRolloutStatus(sts({}, {}, 3)).message).toBe('Waiting for statefulset spec update to be observed...\n');
    expect(statefulSetRolloutStatus(sts({}, { readyReplicas: 1 }))).toEqual({ message: 'Waiting for 2 pods to be ready...\n', done: false });
    expect(statefulSetRolloutStatus(sts({}, { readyReplicas: 3, updatedReplicas: 2 }))).toEqual({ message: 'Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated...\n', done: false });
    expect(statefulSetRolloutStatus(sts({}, { readyReplicas: 3, updatedReplicas: 3 }))).toEqual({ message: 'partitioned roll out complete: 3 new pods have been updated...\n', done: true });
    const p2 = sts({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }, { readyReplicas: 3, updatedReplicas: 1 });
    expect(statefulSetRolloutStatus(p2).done).toBe(true);
  });

  it('refuses OnDelete', () => {
    expect(statefulSetRolloutStatus(sts({ updateStrategy: { type: 'OnDelete' } }, {})).error).toBe('rollout status is only available for RollingUpdate strategy type');
  });
});
