// `kubectl describe service`: mirrors describe.go describeService (one Port/TargetPort/NodePort/
// Endpoints group per port; endpoints from the Endpoints object, filtered by port name).
import type { Endpoints, Event, KubeObject, Service } from '../../../sim/api/types';
import { formatLabels } from '../printers/table';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';

const MAX_SHOWN = 3;

/** formatEndpoints with a port-name filter: `ip:port`, at most three, then "+ N more..." */
function endpointsFor(ep: Endpoints | undefined, portName: string): string {
  const list: string[] = [];
  let count = 0;
  for (const ss of ep?.subsets ?? []) {
    for (const p of ss.ports ?? []) {
      if ((p.name ?? '') !== portName) continue;
      for (const a of ss.addresses ?? []) {
        count++;
        if (list.length < MAX_SHOWN) list.push(`${a.ip}:${p.port}`);
      }
    }
  }
  if (count > MAX_SHOWN) return `${list.join(',')} + ${count - MAX_SHOWN} more...`;
  return list.length === 0 ? '<none>' : list.join(',');
}

export function describeService(obj: KubeObject, endpoints: Endpoints | undefined, events: Event[] | undefined, now: number): string {
  const svc = obj as unknown as Service;
  const spec = svc.spec ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${svc.metadata?.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata?.namespace}\n`);
  printLabelsMultiline(w, 'Labels', svc.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', svc.metadata?.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type ?? ''}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${(spec.ipFamilies ?? []).length > 0 ? (spec.ipFamilies ?? []).join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(0, `IPs:\t${(spec.clusterIPs ?? []).length > 0 ? (spec.clusterIPs ?? []).join(',') : '<none>'}\n`);
  if ((spec.externalIPs ?? []).length > 0) w.write(0, `External IPs:\t${(spec.externalIPs ?? []).join(',')}\n`);
  if (spec.loadBalancerIP) w.write(0, `IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => i.ip || i.hostname).join(', ')}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    const proto = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${p.port}/${proto}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${proto}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${endpointsFor(endpoints, p.name ?? '')}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if (events) describeEvents(events, w, now);
  return w.toString();
}
