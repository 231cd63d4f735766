// Pod and node STATUS for the graph and inspector: kubectl's own printers compute them (one source
// for the terminal and the picture; reference §5), and this file maps a status to a colour family.
import type { Pod } from '../../sim/api/types';
import { podStatusCells } from '../../cli/kubectl/printers/pods';

/** kubectl's STATUS for a pod: Running, Pending, ContainerCreating, CrashLoopBackOff, Terminating, … */
export function podStatus(pod: Pod): string {
  return podStatusCells(pod, 0).status || 'Pending'; // a pod the API server has not defaulted yet
}

/** kubectl's READY cell: ready containers / containers. */
export function podReady(pod: Pod): string {
  return podStatusCells(pod, 0).ready;
}

export function podRestarts(pod: Pod): number {
  return (pod.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);
}

/** The colour family a status belongs to; the UI always shows the text as well. */
export type StatusTone = 'ok' | 'pending' | 'error' | 'done' | 'terminating' | 'warn';

const ERROR_REASONS = new Set([
  'CrashLoopBackOff', 'Error', 'ErrImagePull', 'ImagePullBackOff', 'OOMKilled', 'Failed', 'Unknown',
  'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError',
  'ContainerCannotRun', 'Evicted', 'DeadlineExceeded', 'OutOfcpu', 'OutOfmemory',
]);

export function statusTone(status: string): StatusTone {
  if (status === 'Running') return 'ok';
  if (status === 'Completed' || status === 'Succeeded') return 'done';
  if (status === 'Terminating') return 'terminating';
  if (status === 'NotReady' || status === 'SchedulingGated') return 'warn';
  if (ERROR_REASONS.has(status) || status.startsWith('ExitCode:') || status.startsWith('Signal:')) return 'error';
  if (status.startsWith('Init:')) return ERROR_REASONS.has(status.slice(5)) || /^Init:(ExitCode|Signal):/.test(status) ? 'error' : 'pending';
  return 'pending'; // Pending, ContainerCreating, PodInitializing, …
}
