import { describe, expect, it } from 'vitest';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { statefulSetRolloutStatus } from './rollout-sts';
import { createCluster } from '../../sim/cluster';
import { R } from '../../sim/api/resources';
import { runCommand } from '../run';
import { MemoryWorkspace } from '../workspace';

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

describe('StatefulSet rollout history and undo', () => {
  it('lists the ControllerRevisions and rolls back to the previous template', async () => {
    const c = createCluster({ seed: 2 });
    const ctx = { client: c.client, workspace: new MemoryWorkspace({}), now: () => c.clock.now(), namespace: 'default', setNamespace: () => {}, sleep: async (ms: number) => c.advance(ms) };
    c.api.create(R.statefulsets, 'default', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' }, spec: { serviceName: 'nginx', replicas: 1, selector: { matchLabels: { app: 'nginx' } }, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } } } as never);
    c.advance(30_000);
    expect((await runCommand('kubectl rollout undo sts/web', ctx)).stderr).toBe('error: no last revision to roll back to\n');
    await runCommand('kubectl set image sts/web nginx=nginx:1.27', ctx);
    c.advance(60_000);
    expect((await runCommand('kubectl rollout history sts/web', ctx)).stdout).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect((await runCommand('kubectl rollout undo sts/web --to-revision=7', ctx)).stderr).toBe('error: unable to find specified revision 7 in history\n');
    expect((await runCommand('kubectl rollout undo sts/web', ctx)).stdout).toBe('statefulset.apps/web rolled back\n');
    c.advance(60_000);
    const pod = c.api.get(R.pods, 'default', 'web-0') as unknown as { spec: { containers: Array<{ image: string }> } };
    expect(pod.spec.containers[0].image).toBe('nginx:1.26');
    expect((await runCommand('kubectl rollout history sts/web', ctx)).stdout).toContain('2         <none>\n3         <none>\n');
  });
});
