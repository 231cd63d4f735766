import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../sim/api/types';
import { podReady, podRestarts, podStatus, statusTone } from './pod-status';
import { nodeStatus } from './node-status';

function pod(status: Pod['status'], extra: Partial<Pod['metadata']> = {}, spec?: Partial<NonNullable<Pod['spec']>>): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', ...extra }, spec: { containers: [{ name: 'app', image: 'nginx' }], ...spec }, status };
}

describe('podStatus (kubectl STATUS column)', () => {
  it('uses the phase when no container has a reason', () => {
    expect(podStatus(pod({ phase: 'Pending' }))).toBe('Pending');
    expect(podStatus(pod({ phase: 'Running', containerStatuses: [{ name: 'app', image: 'nginx', imageID: '', ready: true, restartCount: 0, state: { running: {} } }] }))).toBe('Running');
  });
  it('treats a pod without status as Pending', () => {
    expect(podStatus(pod(undefined))).toBe('Pending');
  });
  it('lets a waiting reason win over the phase', () => {
    const w = (reason: string) => pod({ phase: 'Pending', containerStatuses: [{ name: 'app', image: 'x', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason } } }] });
    expect(podStatus(w('ContainerCreating'))).toBe('ContainerCreating');
    expect(podStatus(w('ErrImagePull'))).toBe('ErrImagePull');
    expect(podStatus(w('ImagePullBackOff'))).toBe('ImagePullBackOff');
    const crash = pod({ phase: 'Running', containerStatuses: [{ name: 'app', image: 'x', imageID: '', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } } }] });
    expect(podStatus(crash)).toBe('CrashLoopBackOff');
    expect(podRestarts(crash)).toBe(3);
  });
  it('shows terminated reasons and exit codes', () => {
    const t = (terminated: { exitCode: number; reason?: string; signal?: number }) => pod({ phase: 'Succeeded', containerStatuses: [{ name: 'app', image: 'x', imageID: '', ready: false, restartCount: 0, state: { terminated } }] });
    expect(podStatus(t({ exitCode: 0, reason: 'Completed' }))).toBe('Completed');
    expect(podStatus(t({ exitCode: 1, reason: 'Error' }))).toBe('Error');
    expect(podStatus(t({ exitCode: 2 }))).toBe('ExitCode:2');
    expect(podStatus(t({ exitCode: 137, signal: 9 }))).toBe('Signal:9');
  });
  it('shows Init:i/n while init containers run, and Init:<reason> on trouble', () => {
    const spec = { initContainers: [{ name: 'a', image: 'busybox' }, { name: 'b', image: 'busybox' }] };
    const done = { name: 'a', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } };
    const running = { name: 'b', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { running: {} } };
    expect(podStatus(pod({ phase: 'Pending', initContainerStatuses: [done, running] }, {}, spec))).toBe('Init:1/2');
    const crashing = { ...running, state: { waiting: { reason: 'CrashLoopBackOff' } } };
    expect(podStatus(pod({ phase: 'Pending', initContainerStatuses: [done, crashing] }, {}, spec))).toBe('Init:CrashLoopBackOff');
  });
  it('says Terminating for a deleting pod that has not finished, but not for a finished one', () => {
    expect(podStatus(pod({ phase: 'Running' }, { deletionTimestamp: '2025-01-06T09:00:00Z' }))).toBe('Terminating');
    expect(podStatus(pod({ phase: 'Succeeded' }, { deletionTimestamp: '2025-01-06T09:00:00Z' }))).toBe('Succeeded');
  });
  it('reports Running when a completed sidecar-free pod still has a ready running container', () => {
    const cs = [
      { name: 'a', image: 'x', imageID: '', ready: true, restartCount: 0, state: { running: {} } },
      { name: 'b', image: 'x', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    ];
    const p = pod({ phase: 'Running', containerStatuses: cs, conditions: [{ type: 'Ready', status: 'True' }] });
    expect(podStatus(p)).toBe('Running');
    expect(podStatus({ ...p, status: { ...p.status, conditions: [] } })).toBe('NotReady');
  });
  it('counts ready running containers, as kubectl does', () => {
    expect(podReady(pod({ phase: 'Running', containerStatuses: [{ name: 'app', image: 'x', imageID: '', ready: true, restartCount: 0, state: { running: {} } }] }))).toBe('1/1');
    expect(podReady(pod({ phase: 'Pending' }))).toBe('0/1');
  });
});

describe('statusTone', () => {
  it('maps statuses to colour families', () => {
    expect(statusTone('Running')).toBe('ok');
    expect(statusTone('ContainerCreating')).toBe('pending');
    expect(statusTone('Pending')).toBe('pending');
    expect(statusTone('Init:0/1')).toBe('pending');
    expect(statusTone('Init:Error')).toBe('error');
    expect(statusTone('CrashLoopBackOff')).toBe('error');
    expect(statusTone('ExitCode:2')).toBe('error');
    expect(statusTone('Completed')).toBe('done');
    expect(statusTone('Terminating')).toBe('terminating');
  });
});

describe('nodeStatus (kubectl get nodes STATUS)', () => {
  const node = (ready?: string, unschedulable?: boolean): Node => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' }, spec: { unschedulable }, status: { conditions: ready ? [{ type: 'Ready', status: ready }] : [] } });
  it('reads the Ready condition and cordoning', () => {
    expect(nodeStatus(node('True'))).toBe('Ready');
    expect(nodeStatus(node('False'))).toBe('NotReady');
    expect(nodeStatus(node('Unknown'))).toBe('NotReady');
    expect(nodeStatus(node())).toBe('Unknown');
    expect(nodeStatus(node('True', true))).toBe('Ready,SchedulingDisabled');
  });
});
