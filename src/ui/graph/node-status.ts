// The STATUS column of `kubectl get nodes`.
// mirrors printNode in kubernetes/pkg/printers/internalversion/printers.go: the Ready condition gives
// Ready or NotReady (Unknown counts as NotReady); no Ready condition at all gives Unknown;
// a cordoned node (spec.unschedulable) adds ",SchedulingDisabled".
import type { Node } from '../../sim/api/types';

export function nodeStatus(node: Node): string {
  const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
  const parts: string[] = [];
  if (!ready) parts.push('Unknown');
  else parts.push(ready.status === 'True' ? 'Ready' : 'NotReady');
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

export function nodeIsReady(node: Node): boolean {
  return nodeStatus(node).startsWith('Ready');
}
