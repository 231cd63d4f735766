import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../sim/api/types';
import { cronJobPrinter, daemonSetPrinter, jobPrinter, pdbPrinter, statefulSetPrinter } from './workloads';

const NOW = Date.UTC(2025, 0, 6, 9, 5, 0);
const obj = (o: Record<string, unknown>) => ({ apiVersion: 'x', kind: 'X', metadata: { name: 'x', creationTimestamp: '2025-01-06T09:00:00Z' }, ...o }) as KubeObject;
const template = { spec: { containers: [{ name: 'c', image: 'busybox' }] } };

describe('workload printers', () => {
  it('job: STATUS, COMPLETIONS and DURATION', () => {
    const running = obj({ spec: { completions: 3, template }, status: { succeeded: 1, startTime: '2025-01-06T09:00:00Z' } });
    expect(jobPrinter.cells(running, NOW).slice(0, 5)).toEqual(['x', 'Running', '1/3', '5m', '5m']);
    const done = obj({ spec: { template }, status: { succeeded: 1, startTime: '2025-01-06T09:00:00Z', completionTime: '2025-01-06T09:00:12Z', conditions: [{ type: 'Complete', status: 'True' }] } });
    expect(jobPrinter.cells(done, NOW).slice(0, 4)).toEqual(['x', 'Complete', '1/1', '12s']);
    expect(jobPrinter.cells(obj({ spec: { parallelism: 2, template }, status: {} }), NOW).slice(1, 4)).toEqual(['Running', '0/1 of 2', '']);
  });

  it('cronjob: schedule, timezone, suspend, active, last schedule', () => {
    const cj = obj({ spec: { schedule: '*/1 * * * *', suspend: false, jobTemplate: { spec: { template } } }, status: { active: [{ name: 'j' }], lastScheduleTime: '2025-01-06T09:04:00Z' } });
    expect(cronJobPrinter.cells(cj, NOW).slice(0, 7)).toEqual(['x', '*/1 * * * *', '<none>', 'False', 1, '60s', '5m']);
  });

  it('daemonset, statefulset and pdb', () => {
    expect(daemonSetPrinter.cells(obj({ spec: { template }, status: { desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 2, updatedNumberScheduled: 3, numberAvailable: 2 } }), NOW).slice(0, 8)).toEqual(['x', 3, 3, 2, 3, 2, '<none>', '5m']);
    expect(statefulSetPrinter.cells(obj({ spec: { replicas: 3, template }, status: { readyReplicas: 1 } }), NOW).slice(0, 3)).toEqual(['x', '1/3', '5m']);
    expect(pdbPrinter.cells(obj({ spec: { minAvailable: 2 }, status: { disruptionsAllowed: 1 } }), NOW)).toEqual(['x', '2', 'N/A', 1, '5m']);
  });
});
