// `kubectl describe pod`: mirrors staging/src/k8s.io/kubectl/pkg/describe/describe.go describePod.
import type { Event, KubeObject, Pod } from '../../../sim/api/types';
import { translateTimestampSince } from '../printers/duration';
import { describeContainers, describeVolumes } from './containers';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline, rfc1123z } from './writer';

type Resources = { limits?: Record<string, unknown>; requests?: Record<string, unknown> };

/** mirrors pkg/apis/core/v1/helper/qos GetPodQOS, for pods whose status does not carry it */
export function podQOS(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].map((c) => (c.resources ?? {}) as Resources);
  const has = (r: Resources, k: 'limits' | 'requests') => ['cpu', 'memory'].some((n) => r[k]?.[n] !== undefined);
  if (all.every((r) => !has(r, 'limits') && !has(r, 'requests'))) return 'BestEffort';
  const guaranteed = all.every((r) => ['cpu', 'memory'].every((n) => r.limits?.[n] !== undefined && (r.requests?.[n] === undefined || String(r.requests[n]) === String(r.limits[n]))));
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function describePod(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const pod = obj as unknown as Pod;
  const spec = pod.spec ?? { containers: [] };
  const status = pod.status ?? {};
  const meta = pod.metadata ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name}\n`);
  w.write(0, `Namespace:\t${meta.namespace}\n`);
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime as string)}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp as string, now)})\n`);
    w.write(0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  w.write(0, `IP:\t${status.podIP ?? ''}\n`);
  const ips = status.podIPs ?? [];
  if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const controller = (meta.ownerReferences ?? []).find((o) => o.controller);
  if (controller) w.write(0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  if ((spec.initContainers ?? []).length > 0) describeContainers('Init Containers', spec.initContainers ?? [], status.initContainerStatuses ?? [], w, '');
  describeContainers('Containers', spec.containers, status.containerStatuses ?? [], w, '');
  if ((spec.readinessGates ?? []).length > 0) {
    w.write(0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of spec.readinessGates ?? []) {
      const c = (status.conditions ?? []).find((x) => x.type === g.conditionType);
      w.write(1, `${g.conditionType} \t${c?.status ?? '<none>'} \n`);
    }
  }
  if ((status.conditions ?? []).length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions ?? []) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(spec.volumes, w, '');
  w.write(0, `QoS Class:\t${podQOS(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
  if (events) describeEvents(events, w, now);
  return w.toString();
}
