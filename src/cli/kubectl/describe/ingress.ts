// `kubectl describe ingress` and `describe ingressclass`: mirrors describe.go describeIngressV1
// (Address, Ingress Class, Default backend, the Rules table with each backend's ready endpoints
// read from its Service's EndpointSlices) and describeIngressClassV1.
import type { Ingress, IngressBackend, IngressClass } from 'kubernetes-types/networking/v1';
import { R } from '../../../sim/api/resources';
import type { Event, KubeObject, Service } from '../../../sim/api/types';
import type { CliContext } from '../../types';
import { serverErrorMessage } from '../errors';
import { ingressAddress } from '../printers/ingress';
import { describeEvents } from './events';
import { endpointsFor, type EndpointSliceLike } from './service';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';

async function describeBackend(ns: string, backend: IngressBackend, ctx: CliContext): Promise<string> {
  const ref = backend.service;
  if (ref) {
    const sb = `${ref.name}:${ref.port?.number ? ref.port.number : (ref.port?.name ?? '')}`;
    try {
      const slices = (await ctx.client.list(R.endpointslices, ns, { labelSelector: `kubernetes.io/service-name=${ref.name}` })).items as unknown as EndpointSliceLike[];
      const svc = (await ctx.client.get(R.services, ns, ref.name)) as unknown as Service;
      let spName = '';
      for (const sp of svc.spec?.ports ?? []) {
        if (ref.port?.number && ref.port.number === sp.port) spName = sp.name ?? '';
        else if (ref.port?.name && ref.port.name === sp.name) spName = sp.name ?? '';
      }
      return `${sb} (${endpointsFor(slices, spName)})`;
    } catch (e) {
      return `${sb} (<error: ${serverErrorMessage(e)}>)`;
    }
  }
  if (backend.resource) return `APIGroup: ${backend.resource.apiGroup ?? '<none>'}, Kind: ${backend.resource.kind}, Name: ${backend.resource.name}`;
  return '';
}

export async function describeIngress(obj: KubeObject, ctx: CliContext, events: Event[] | undefined, now: number): Promise<string> {
  const ing = obj as unknown as Ingress;
  const ns = ing.metadata?.namespace ?? 'default';
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ing.metadata?.name}\n`);
  printLabelsMultiline(w, 'Labels', ing.metadata?.labels);
  w.write(0, `Namespace:\t${ns}\n`);
  w.write(0, `Address:\t${ingressAddress(ing, true)}\n`);
  w.write(0, `Ingress Class:\t${ing.spec?.ingressClassName ?? '<none>'}\n`);
  const def = ing.spec?.defaultBackend ? await describeBackend(ns, ing.spec.defaultBackend, ctx) : '<default>';
  w.write(0, `Default backend:\t${def}\n`);
  if (ing.spec?.tls?.length) {
    w.write(0, 'TLS:\n');
    for (const t of ing.spec.tls) w.write(1, t.secretName ? `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n` : `SNI routes ${(t.hosts ?? []).join(',')}\n`);
  }
  w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(1, '----\t----\t--------\n');
  let count = 0;
  for (const rule of ing.spec?.rules ?? []) {
    if (!rule.http) continue;
    count++;
    w.write(1, `${rule.host || '*'}\t\n`);
    for (const p of rule.http.paths) w.write(2, `\t${p.path ?? ''} \t${await describeBackend(ns, p.backend, ctx)}\n`);
  }
  if (count === 0) w.write(1, `*\t*\t${def}\n`);
  printAnnotationsMultiline(w, 'Annotations', ing.metadata?.annotations);
  if (events) describeEvents(events, w, now);
  return w.toString();
}

export function describeIngressClass(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const ic = obj as unknown as IngressClass;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ic.metadata?.name}\n`);
  printLabelsMultiline(w, 'Labels', ic.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', ic.metadata?.annotations);
  w.write(0, `Controller:\t${ic.spec?.controller ?? ''}\n`);
  const p = ic.spec?.parameters;
  if (p) {
    w.write(0, 'Parameters:\n');
    if (p.apiGroup) w.write(1, `APIGroup:\t${p.apiGroup}\n`);
    w.write(1, `Kind:\t${p.kind}\n`);
    w.write(1, `Name:\t${p.name}\n`);
  }
  if (events) describeEvents(events, w, now);
  return w.toString();
}
