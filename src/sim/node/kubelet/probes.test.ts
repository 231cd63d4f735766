import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import { eventsFor, getPod, pod, testCluster } from './test-helpers';

describe('probes', () => {
  it('liveness exec (the docs example): healthy for 30s, then restarted after 3 failures', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(
      R.pods,
      'default',
      pod('liveness-exec', {
        name: 'liveness',
        image: 'registry.k8s.io/busybox:1.27.2',
        args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
        livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
      }),
    );
    c.advance(30_000);
    expect(getPod(c, 'liveness-exec').status.containerStatuses[0].restartCount).toBe(0);
    // third failure at ~45s; sh as PID 1 ignores SIGTERM, so the kill waits out the 30s grace period
    c.advance(50_000);
    const evs = eventsFor(c, 'default', 'liveness-exec', t0);
    const bad = evs.find((e) => e.reason === 'Unhealthy')!;
    expect(bad.message).toBe("Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n");
    expect(evs.some((e) => e.reason === 'Killing' && e.message === 'Container liveness failed liveness probe, will be restarted')).toBe(true);
    expect(getPod(c, 'liveness-exec').status.containerStatuses[0].restartCount).toBe(1);
  });

  it('readiness: httpGet on the serving port makes the pod Ready; a wrong port keeps it unready', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(R.pods, 'default', pod('good', { image: 'nginx:1.27', readinessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: 5 } }));
    c.api.create(R.pods, 'default', pod('bad', { image: 'nginx:1.27', readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 5 } }));
    c.advance(4_000);
    expect(getPod(c, 'good').status.containerStatuses[0].ready).toBe(false);
    c.advance(10_000);
    expect(getPod(c, 'good').status.conditions.find((x) => x.type === 'Ready')?.status).toBe('True');
    const bad = getPod(c, 'bad');
    expect(bad.status.phase).toBe('Running');
    expect(bad.status.conditions.find((x) => x.type === 'Ready')?.status).toBe('False');
    const ev = eventsFor(c, 'default', 'bad', t0).find((e) => e.reason === 'Unhealthy')!;
    expect(ev.message).toMatch(/^Readiness probe failed: Get "http:\/\/10\.244\.\d+\.\d+:8080\/": dial tcp 10\.244\.\d+\.\d+:8080: connect: connection refused$/);
  });

  it('startup: liveness and readiness wait until it succeeds; the container is started and Ready only then', () => {
    const c = testCluster();
    const probe = { exec: { command: ['cat', '/tmp/started'] }, periodSeconds: 5 };
    c.api.create(
      R.pods,
      'default',
      pod('slow', {
        name: 'app',
        image: 'busybox:1.36',
        args: ['/bin/sh', '-c', 'sleep 20; touch /tmp/started; sleep 600'],
        // liveness alone would kill it at ~15s; the startup probe allows 12 × 5s
        startupProbe: { ...probe, failureThreshold: 12 },
        livenessProbe: { ...probe, failureThreshold: 3 },
      }),
    );
    c.advance(15_000);
    let st = getPod(c, 'slow').status.containerStatuses[0];
    expect([st.state.running !== undefined, st.started, st.ready]).toEqual([true, false, false]);
    c.advance(20_000);
    st = getPod(c, 'slow').status.containerStatuses[0];
    expect([st.started, st.ready, st.restartCount]).toEqual([true, true, 0]);
    expect(getPod(c, 'slow').status.conditions.find((x) => x.type === 'Ready')?.status).toBe('True');
  });

  it('startup: failureThreshold failures restart the container, as liveness does', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(R.pods, 'default', pod('never', { name: 'app', image: 'nginx:1.27', startupProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 5, failureThreshold: 2 } }));
    c.advance(20_000);
    const evs = eventsFor(c, 'default', 'never', t0);
    expect(evs.find((e) => e.reason === 'Unhealthy')?.message).toMatch(/^Startup probe failed: Get "http:\/\/10\.244\.\d+\.\d+:8080\/": dial tcp .*connection refused$/);
    expect(evs.some((e) => e.reason === 'Killing' && e.message === 'Container app failed startup probe, will be restarted')).toBe(true);
    expect(getPod(c, 'never').status.containerStatuses[0].restartCount).toBe(1);
  });
});
