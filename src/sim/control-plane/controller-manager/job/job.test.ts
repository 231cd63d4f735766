import { describe, expect, it } from 'vitest';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { eventsFor, testCluster } from '../../../node/kubelet/test-helpers';

function job(name: string, script: string, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'work', image: 'busybox:1.36', command: ['sh', '-c', script] }] } }, ...spec },
  };
}

type J = KubeObject & { status: { succeeded?: number; failed?: number; active?: number; completionTime?: string; conditions?: Array<{ type: string; status: string; reason: string }> } };

describe('Job controller', () => {
  it('runs pods to completions, parallelism at a time, then Complete', () => {
    const c = testCluster();
    const t0 = c.clock.now();
    c.api.create(R.jobs, 'default', job('pi', 'echo done; sleep 3', { completions: 3, parallelism: 2 }));
    c.advance(3_000);
    expect((c.api.get(R.jobs, 'default', 'pi') as J).status.active).toBe(2);
    c.advance(30_000);
    const j = c.api.get(R.jobs, 'default', 'pi') as J;
    expect(j.status.succeeded).toBe(3);
    expect(j.status.completionTime).toBeDefined();
    expect(j.status.conditions?.map((x) => x.type)).toEqual(['SuccessCriteriaMet', 'Complete']);
    const evs = eventsFor(c, 'default', 'pi', t0);
    expect(evs.filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(3);
    expect(evs.at(-1)).toMatchObject({ reason: 'Completed', message: 'Job completed' });
  });

  it('retries failures with back-off and fails at backoffLimit', () => {
    const c = testCluster();
    c.api.create(R.jobs, 'default', job('bad', 'exit 1', { backoffLimit: 1 }));
    c.advance(5_000);
    expect((c.api.get(R.jobs, 'default', 'bad') as J).status.failed).toBe(1);
    expect(c.api.list(R.pods, 'default').items).toHaveLength(1); // waiting out the 10s back-off
    c.advance(30_000);
    const j = c.api.get(R.jobs, 'default', 'bad') as J;
    expect(j.status.failed).toBe(2);
    expect(j.status.conditions?.find((x) => x.type === 'Failed')).toMatchObject({ status: 'True', reason: 'BackoffLimitExceeded' });
  });
});
