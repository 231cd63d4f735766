import { describe, expect, it } from 'vitest';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { eventsFor, testCluster } from '../../../node/kubelet/test-helpers';

describe('CronJob controller', () => {
  it('creates a Job per schedule time, named after the scheduled minute, and trims history', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(R.cronjobs, 'default', {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'hello' },
      spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox:1.36', command: ['sh', '-c', 'date; echo Hello from the Kubernetes cluster'] }] } } } } },
    });
    c.advance(5 * 60_000 + 30_000);
    const jobs = c.api.list(R.jobs, 'default').items as Array<KubeObject & { status: { succeeded?: number } }>;
    expect(jobs).toHaveLength(3); // successfulJobsHistoryLimit
    for (const j of jobs) expect(j.metadata.name).toMatch(/^hello-\d{8}$/);
    const first = Math.floor(t0 / 60_000) + 1;
    expect(jobs.map((j) => Number(j.metadata.name!.slice(6))).sort()).toEqual([first + 2, first + 3, first + 4]);
    const cj = c.api.get(R.cronjobs, 'default', 'hello') as KubeObject & { status: { lastScheduleTime?: string; lastSuccessfulTime?: string } };
    expect(cj.status.lastScheduleTime).toBe(new Date((first + 4) * 60_000).toISOString().replace('.000Z', 'Z'));
    const evs = eventsFor(c, 'default', 'hello', t0).map((e) => e.reason);
    expect(evs).toContain('SuccessfulCreate');
    expect(evs).toContain('SawCompletedJob');
    expect(evs).toContain('SuccessfulDelete');
  });
});
