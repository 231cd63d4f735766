import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { eventsFor, testCluster } from './test-helpers';

type P = KubeObject & { status: { phase: string; conditions: Array<{ type: string; status: string; reason?: string; message?: string }>; initContainerStatuses: Array<{ name: string; ready: boolean; restartCount: number; state: Record<string, { reason?: string; exitCode?: number }> }>; containerStatuses: Array<{ state: Record<string, { reason?: string }> }> } };

function withInit(name: string, script: string, restartPolicy = 'Always'): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { restartPolicy, initContainers: [{ name: 'init-wait', image: 'busybox:1.36', command: ['sh', '-c', script] }], containers: [{ name: 'app', image: 'nginx:1.27' }] },
  };
}

describe('init containers', () => {
  it('run to completion before the app containers start', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(R.pods, 'default', withInit('ok', 'echo waiting; sleep 5'));
    c.advance(4_000);
    let p = c.api.get(R.pods, 'default', 'ok') as P;
    expect(p.status.phase).toBe('Pending');
    expect(p.status.conditions.find((x) => x.type === 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init-wait]' });
    expect(p.status.containerStatuses[0].state.waiting?.reason).toBe('PodInitializing');
    c.advance(10_000);
    p = c.api.get(R.pods, 'default', 'ok') as P;
    expect(p.status.phase).toBe('Running');
    expect(p.status.initContainerStatuses[0]).toMatchObject({ ready: true, state: { terminated: { reason: 'Completed', exitCode: 0 } } });
    const started = eventsFor(c, 'default', 'ok', t0).filter((e) => e.reason === 'Started').map((e) => e.message);
    expect(started).toEqual(['Started container init-wait', 'Started container app']);
    expect(c.api.logs('default', 'ok', { container: 'init-wait' })).toBe('waiting\n');
  });

  it('a failing init container is retried with back-off, or fails the pod with restartPolicy Never', () => {
    const c = testCluster();
    c.api.create(R.pods, 'default', withInit('retry', 'exit 1'));
    c.api.create(R.pods, 'default', withInit('never', 'exit 1', 'Never'));
    c.advance(20_000);
    const retry = c.api.get(R.pods, 'default', 'retry') as P;
    expect(retry.status.phase).toBe('Pending');
    expect(retry.status.initContainerStatuses[0].restartCount).toBeGreaterThanOrEqual(1);
    expect(retry.status.initContainerStatuses[0].state.waiting?.reason).toBe('CrashLoopBackOff');
    const never = c.api.get(R.pods, 'default', 'never') as P;
    expect(never.status.phase).toBe('Failed');
    expect(never.status.initContainerStatuses[0].state.terminated?.exitCode).toBe(1);
  });
});
