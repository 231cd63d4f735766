import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../sim/api/types';
import { podPrinter, podStatusCells } from './pods';

const NOW = Date.UTC(2025, 0, 6, 10, 0, 0);

function pod(status: Pod['status'], extra: Partial<Pod> = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'default', creationTimestamp: '2025-01-06T09:00:00Z', ...(extra.metadata ?? {}) },
    spec: { containers: [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'busybox' }], ...(extra.spec ?? {}) },
    status,
  };
}

const running = { running: { startedAt: '2025-01-06T09:00:05Z' } };

describe('pod READY / STATUS / RESTARTS (printers.go printPod)', () => {
  it('counts ready running containers and shows the phase', () => {
    const c = podStatusCells(pod({ phase: 'Running', containerStatuses: [
      { name: 'a', ready: true, restartCount: 0, image: 'nginx', imageID: '', state: running },
      { name: 'b', ready: false, restartCount: 0, image: 'busybox', imageID: '', state: running },
    ] }), NOW);
    expect(c).toEqual({ ready: '1/2', status: 'Running', restarts: '0' });
  });

  it('a waiting reason beats the phase; the first container wins (scanned from the end)', () => {
    const c = podStatusCells(pod({ phase: 'Running', containerStatuses: [
      { name: 'a', ready: false, restartCount: 3, image: 'nginx', imageID: '', state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, finishedAt: '2025-01-06T09:59:40Z' } } },
      { name: 'b', ready: false, restartCount: 0, image: 'busybox', imageID: '', state: { waiting: { reason: 'ImagePullBackOff' } } },
    ] }), NOW);
    expect(c.status).toBe('CrashLoopBackOff');
    expect(c.restarts).toBe('3 (20s ago)');
  });

  it('terminated reason, then ExitCode:N when there is no reason', () => {
    expect(podStatusCells(pod({ phase: 'Succeeded', containerStatuses: [{ name: 'a', ready: false, restartCount: 0, image: '', imageID: '', state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }), NOW).status).toBe('Completed');
    expect(podStatusCells(pod({ phase: 'Failed', containerStatuses: [{ name: 'a', ready: false, restartCount: 0, image: '', imageID: '', state: { terminated: { exitCode: 2 } } }] }), NOW).status).toBe('ExitCode:2');
  });

  it('Completed with a container still running reads Running when the pod is Ready, else NotReady', () => {
    const statuses = [
      { name: 'a', ready: true, restartCount: 0, image: '', imageID: '', state: running },
      { name: 'b', ready: false, restartCount: 0, image: '', imageID: '', state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    ];
    expect(podStatusCells(pod({ phase: 'Running', containerStatuses: statuses }), NOW).status).toBe('NotReady');
    expect(podStatusCells(pod({ phase: 'Running', containerStatuses: statuses, conditions: [{ type: 'Ready', status: 'True' }] }), NOW).status).toBe('Running');
  });

  it('init containers show Init:i/n, or Init:<reason>', () => {
    const spec = { containers: [{ name: 'a' }], initContainers: [{ name: 'i1' }, { name: 'i2' }] };
    const base = { phase: 'Pending', containerStatuses: [{ name: 'a', ready: false, restartCount: 0, image: '', imageID: '', state: { waiting: { reason: 'PodInitializing' } } }] };
    const done = { name: 'i1', ready: false, restartCount: 0, image: '', imageID: '', state: { terminated: { exitCode: 0, reason: 'Completed' } } };
    expect(podStatusCells(pod({ ...base, initContainerStatuses: [done, { name: 'i2', ready: false, restartCount: 0, image: '', imageID: '', state: running }] }, { spec }), NOW).status).toBe('Init:1/2');
    expect(podStatusCells(pod({ ...base, initContainerStatuses: [{ ...done, state: { waiting: { reason: 'ImagePullBackOff' } } }] }, { spec }), NOW).status).toBe('Init:ImagePullBackOff');
    expect(podStatusCells(pod({ ...base, initContainerStatuses: [{ ...done, state: { terminated: { exitCode: 1, reason: 'Error' } } }] }, { spec }), NOW).status).toBe('Init:Error');
  });

  it('a deleting pod that has not finished is Terminating', () => {
    const p = pod({ phase: 'Running' }, { metadata: { name: 'p', deletionTimestamp: '2025-01-06T09:59:00Z' } });
    expect(podStatusCells(p, NOW).status).toBe('Terminating');
    const done = pod({ phase: 'Succeeded' }, { metadata: { name: 'p', deletionTimestamp: '2025-01-06T09:59:00Z' } });
    expect(podStatusCells(done, NOW).status).toBe('Succeeded');
  });

  it('fills IP, NODE, NOMINATED NODE and READINESS GATES, <none> when empty', () => {
    const cells = podPrinter.cells(pod({ phase: 'Pending' }) as never, NOW);
    expect(cells).toEqual(['p', '0/2', 'Pending', '0', '60m', '<none>', '<none>', '<none>', '<none>']);
    const placed = pod({ phase: 'Running', podIP: '10.244.1.5', podIPs: [{ ip: '10.244.1.5' }], conditions: [{ type: 'www.example.com/gate', status: 'True' }] }, { spec: { nodeName: 'node-1', containers: [{ name: 'a' }], readinessGates: [{ conditionType: 'www.example.com/gate' }, { conditionType: 'other' }] } });
    expect(podPrinter.cells(placed as never, NOW).slice(5)).toEqual(['10.244.1.5', 'node-1', '<none>', '1/2']);
  });
});
