// `kubectl describe service`: mirrors describe.go describeService (one Port/TargetPort/NodePort/
// Endpoints group per port; since kubectl 1.32 the endpoints come from the Service's EndpointSlices).
import type { Event, KubeObject, Service } from '../../../sim/api/types';
import { formatLabels } from '../printers/table';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';

const MAX_SHOWN = 3;

export interface EndpointSliceLike {
  ports?: Array<{ name?: string; port?: number }>;
  endpoints?: Array<{ addresses: string[]; conditions?: { ready?: boolean } }>;
}

/**
 * formatEndpointSlices (kubectl 1.32 reads EndpointSlices): the ready endpoints' `ip:port` for this
 * port name, at most three, then "+ N more..."; no slices at all is <none>.
 */
export function endpointsFor(slices: EndpointSliceLike[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const s of slices) {
    const ports = s.ports ?? [];
    const groups = ports.length === 0 ? [undefined] : ports.filter((p) => (p.name ?? '') === portName);
    for (const p of groups) {
      for (const ep of s.endpoints ?? []) {
        if (list.length === MAX_SHOWN) more = true; // upstream decides before the readiness check
        if (ep.conditions?.ready === false) continue;
        if (!more) list.push(p ? `${ep.addresses[0]}:${p.port}` : ep.addresses[0]);
        count++;
      }
    }
  }
  return more ? `${list.join(',')} + ${count - MAX_SHOWN} more...` : list.join(',');
}

export function describeService(obj: KubeObject, slices: EndpointSliceLike[], events: Event[] | undefined, now: number): string {
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
  // buildIngressString: the address, then its ipMode when set (`20.1.2.3 (VIP)`)
  if (ingress.length > 0) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => `${i.ip || i.hostname}${(i as { ipMode?: string }).ipMode ? ` (${(i as { ipMode?: string }).ipMode})` : ''}`).join(', ')}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    const proto = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${p.port}/${proto}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${proto}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${endpointsFor(slices, p.name ?? '')}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if (events) describeEvents(events, w, now);
  return w.toString();
}
