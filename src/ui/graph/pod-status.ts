// The STATUS column of `kubectl get pods`, computed as kubectl computes it.
// mirrors printPod in kubernetes/pkg/printers/internalversion/printers.go (reference §5):
// phase (or status.reason), then init containers, then the last container's waiting/terminated reason,
// then deletionTimestamp → Terminating.
import type { ContainerStatus, Pod } from '../../sim/api/types';

function isTerminalPhase(phase: string | undefined): boolean {
  return phase === 'Succeeded' || phase === 'Failed';
}

function hasReadyCondition(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function isRestartableInit(pod: Pod, name: string): boolean {
  return (pod.spec?.initContainers ?? []).some((c) => c.name === name && c.restartPolicy === 'Always');
}

/** The reason an init container holds the pod, or undefined when it is done. */
function initReason(pod: Pod, c: ContainerStatus, index: number, total: number): string | undefined {
  const term = c.state?.terminated;
  const waiting = c.state?.waiting;
  if (term && term.exitCode === 0) return undefined;
  if (isRestartableInit(pod, c.name) && c.started) return undefined; // a started sidecar
  if (term) {
    if (term.reason) return `Init:${term.reason}`;
    return term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
  }
  if (waiting?.reason && waiting.reason !== 'PodInitializing') return `Init:${waiting.reason}`;
  return `Init:${index}/${total}`;
}

/** kubectl's STATUS for a pod: Running, Pending, ContainerCreating, CrashLoopBackOff, Terminating, … */
export function podStatus(pod: Pod): string {
  const phase = pod.status?.phase;
  let reason: string = pod.status?.reason || phase || 'Pending';

  let initializing = false;
  const inits = pod.status?.initContainerStatuses ?? [];
  const totalInits = pod.spec?.initContainers?.length ?? inits.length;
  for (let i = 0; i < inits.length; i++) {
    const r = initReason(pod, inits[i], i, totalInits);
    if (r === undefined) continue;
    reason = r;
    initializing = true;
    break;
  }

  const initializedTrue = (pod.status?.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initializedTrue) {
    let hasRunning = false;
    const cs = pod.status?.containerStatuses ?? [];
    // the last container with something to say wins, as upstream iterates from the end
    for (let i = cs.length - 1; i >= 0; i--) {
      const st = cs[i].state;
      if (st?.waiting?.reason) reason = st.waiting.reason;
      else if (st?.terminated?.reason) reason = st.terminated.reason;
      else if (st?.terminated) reason = st.terminated.signal ? `Signal:${st.terminated.signal}` : `ExitCode:${st.terminated.exitCode}`;
      else if (cs[i].ready && st?.running) hasRunning = true;
    }
    if (reason === 'Completed' && hasRunning) reason = hasReadyCondition(pod) ? 'Running' : 'NotReady';
  }

  if (pod.metadata?.deletionTimestamp && pod.status?.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && !isTerminalPhase(phase)) reason = 'Terminating';
  return reason;
}

/** kubectl's READY cell: ready containers / containers. */
export function podReady(pod: Pod): string {
  const total = pod.spec?.containers?.length ?? 0;
  const ready = (pod.status?.containerStatuses ?? []).filter((c) => c.ready).length;
  return `${ready}/${total}`;
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
  if (status === 'NotReady') return 'warn';
  if (ERROR_REASONS.has(status) || status.startsWith('ExitCode:') || status.startsWith('Signal:')) return 'error';
  if (status.startsWith('Init:')) return ERROR_REASONS.has(status.slice(5)) || /^Init:(ExitCode|Signal):/.test(status) ? 'error' : 'pending';
  return 'pending'; // Pending, ContainerCreating, PodInitializing, …
}
