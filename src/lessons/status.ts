// The one-word status a learner sees for an object, as `kubectl get` prints it (for Pods, the
// STATUS cell of kubectl's own pod printer).
import type { KubeObject, Pod } from '../sim/api/types';
import { podStatusCells } from '../cli/kubectl/printers/pods';

export function displayStatus(obj: KubeObject): string {
  if (obj.kind === 'Pod') return podStatus(obj as unknown as Pod);
  if (obj.metadata.deletionTimestamp) return 'Terminating';
  const phase = (obj.status as { phase?: string } | undefined)?.phase;
  return phase ?? 'present';
}

function podStatus(pod: Pod): string {
  return podStatusCells(pod, 0).status || 'Pending'; // one rule for the terminal, the graph and lesson checks
}

export function formatLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
