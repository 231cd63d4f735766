// `kubectl describe deployment`: mirrors describe.go DeploymentDescriber and DescribePodTemplate.
import type { Deployment, Event, KubeObject, ReplicaSet } from '../../../sim/api/types';
import { deepEqual } from '../apply-merge';
import { formatLabelSelector } from '../printers/table';
import { describeContainers, describeVolumes } from './containers';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline, rfc1123z } from './writer';

type Template = NonNullable<Deployment['spec']>['template'];

export function describePodTemplate(t: Template | undefined, w: PrefixWriter): void {
  w.write(0, 'Pod Template:\n');
  if (!t) {
    w.write(1, '<unset>');
    return;
  }
  printLabelsMultiline(w, '  Labels', t.metadata?.labels);
  if (Object.keys(t.metadata?.annotations ?? {}).length > 0) printAnnotationsMultiline(w, '  Annotations', t.metadata?.annotations);
  if (t.spec?.serviceAccountName) w.write(1, `Service Account:\t${t.spec.serviceAccountName}\n`);
  if ((t.spec?.initContainers ?? []).length > 0) describeContainers('Init Containers', t.spec?.initContainers ?? [], undefined, w, '  ');
  describeContainers('Containers', t.spec?.containers ?? [], undefined, w, '  ');
  describeVolumes(t.spec?.volumes, w, '  ');
  if (t.spec?.priorityClassName) w.write(1, `Priority Class Name:\t${t.spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', t.spec?.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', t.spec?.tolerations);
}

function withoutHash(t: Template | undefined): unknown {
  if (!t) return t;
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  return { ...t, metadata: { ...t.metadata, labels } };
}

function rsList(list: ReplicaSet[]): string {
  if (list.length === 0) return '<none>';
  return list.map((rs) => `${rs.metadata?.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', ');
}

/** `owned` = the ReplicaSets this deployment controls */
export function describeDeployment(obj: KubeObject, owned: ReplicaSet[], events: Event[] | undefined, now: number): string {
  const d = obj as unknown as Deployment;
  const spec = d.spec;
  const st = d.status ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${d.metadata?.name}\n`);
  w.write(0, `Namespace:\t${d.metadata?.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata?.creationTimestamp as string | undefined)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata?.annotations);
  w.write(0, `Selector:\t${formatLabelSelector(spec?.selector)}\n`);
  w.write(0, `Replicas:\t${spec?.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  w.write(0, `StrategyType:\t${spec?.strategy?.type ?? ''}\n`);
  w.write(0, `MinReadySeconds:\t${spec?.minReadySeconds ?? 0}\n`);
  const ru = spec?.strategy?.rollingUpdate;
  if (ru) w.write(0, `RollingUpdateStrategy:\t${String(ru.maxUnavailable ?? '')} max unavailable, ${String(ru.maxSurge ?? '')} max surge\n`);
  describePodTemplate(spec?.template, w);
  if ((st.conditions ?? []).length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of st.conditions ?? []) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  const target = withoutHash(spec?.template);
  const newRS = owned.find((rs) => deepEqual(withoutHash(rs.spec?.template), target));
  const old = owned.filter((rs) => rs !== newRS && (rs.spec?.replicas ?? 0) > 0);
  w.write(0, `OldReplicaSets:\t${rsList(old)}\n`);
  w.write(0, `NewReplicaSet:\t${rsList(newRS ? [newRS] : [])}\n`);
  if (events) describeEvents(events, w, now);
  return w.toString();
}
