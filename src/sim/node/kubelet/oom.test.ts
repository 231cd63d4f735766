import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import { getPod, pod, testCluster } from './test-helpers';
import { runStress, stressBytes } from '../runtime/stress';

// the Kubernetes docs' memory-demo-2: 250M asked of a container limited to 100Mi
const stress = (limit: string) =>
  pod('memory-demo', { image: 'polinux/stress', command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'], resources: { requests: { memory: '50Mi' }, limits: { memory: limit } } });

describe('OOMKilled', () => {
  it('parses stress sizes and hogs', () => {
    expect(stressBytes('250M')).toBe(250 * 1024 * 1024);
    expect(stressBytes('1g')).toBe(1024 ** 3);
    expect(stressBytes('x')).toBeUndefined();
    const plan = runStress(['--vm', '2', '--vm-bytes', '100M']);
    expect(plan.memory?.bytes).toBe(200 * 1024 * 1024);
    expect(plan.lines[0].text).toBe('stress: info: [1] dispatching hogs: 0 cpu, 0 io, 2 vm, 0 hdd');
    expect(plan.exit).toBeUndefined();
    expect(runStress(['--cpu', '1', '--timeout', '10s']).exit).toEqual({ at: 10_000, code: 0 });
  });

  it('kills a container over its memory limit with OOMKilled, 137, and restarts it with back-off', () => {
    const c = testCluster();
    c.api.create(R.pods, 'default', stress('100Mi'));
    c.advance(6_000);
    let p = getPod(c, 'memory-demo');
    const cs = p.status.containerStatuses[0];
    expect(cs.restartCount).toBeGreaterThanOrEqual(1);
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
    c.advance(60_000);
    p = getPod(c, 'memory-demo');
    const later = p.status.containerStatuses[0];
    expect(later.restartCount).toBeGreaterThanOrEqual(3);
    const shown = later.state.waiting ?? later.state.terminated;
    expect(['CrashLoopBackOff', 'OOMKilled']).toContain(shown?.reason);
  });

  it('leaves a container under its limit running', () => {
    const c = testCluster();
    c.api.create(R.pods, 'default', stress('300Mi'));
    c.advance(30_000);
    const cs = getPod(c, 'memory-demo').status.containerStatuses[0];
    expect(cs.state.running).toBeDefined();
    expect(cs.restartCount).toBe(0);
  });
});
