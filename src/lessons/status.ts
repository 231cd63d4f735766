// The one-word status a learner sees for an object, as `kubectl get` prints it.
// For Pods this mirrors printPod in kubernetes/pkg/printers/internalversion/printers.go:
// the phase, overridden by a container's waiting/terminated reason, and "Terminating" once deleted.
import type { KubeObject, Pod } from '../sim/api/types';

export function displayStatus(obj: KubeObject): string {
  if (obj.kind === 'Pod') return podStatus(obj as unknown as Pod);
  if (obj.metadata.deletionTimestamp) return 'Terminating';
  const phase = (obj.status as { phase?: string } | undefined)?.phase;
  return phase ?? 'present';
}

function podStatus(pod: Pod): string {
  const status = pod.status ?? {};
  let reason = status.reason ?? status.phase ?? 'Pending';
  const inits = status.initContainerStatuses ?? [];
  for (let i = 0; i < inits.length; i++) {
    const s = inits[i].state;
    if (s?.terminated && s.terminated.exitCode === 0) continue;
    if (s?.terminated) reason = `Init:${s.terminated.reason || 'Error'}`;
    else if (s?.waiting?.reason && s.waiting.reason !== 'PodInitializing') reason = `Init:${s.waiting.reason}`;
    else reason = `Init:${i}/${inits.length}`;
    return pod.metadata?.deletionTimestamp ? 'Terminating' : reason;
  }
  for (const c of status.containerStatuses ?? []) {
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
  }
  if (pod.metadata?.deletionTimestamp) return 'Terminating';
  return reason;
}

export function formatLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
