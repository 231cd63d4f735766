// `kubectl describe replicaset`: mirrors describe.go ReplicaSetDescriber.
import type { Event, KubeObject, Pod, ReplicaSet } from '../../../sim/api/types';
import { formatLabelSelector } from '../printers/table';
import { describePodTemplate } from './deployment';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';

/** `pods` = the pods this ReplicaSet controls */
export function describeReplicaSet(obj: KubeObject, pods: Pod[], events: Event[] | undefined, now: number): string {
  const rs = obj as unknown as ReplicaSet;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${rs.metadata?.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata?.namespace}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata?.annotations);
  const controller = (rs.metadata?.ownerReferences ?? []).find((o) => o.controller);
  if (controller) w.write(0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
  const count = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  w.write(0, `Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed\n`);
  describePodTemplate(rs.spec?.template, w);
  const conditions = rs.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  if (events) describeEvents(events, w, now);
  return w.toString();
}
