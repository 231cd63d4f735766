// mirrors pkg/printers/internalversion/printers.go printIngress (formatHosts: at most 3 hosts,
// "*" for none; ingressLoadBalancerStatusStringer: sorted, cut at 16 characters unless -o wide;
// formatPorts) and printIngressClass
import type { Ingress, IngressClass, IngressRule } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, NAME_COLUMN, type KindPrinter } from './table';

const LOAD_BALANCER_WIDTH = 16;

export function formatHosts(rules: IngressRule[] | undefined): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  for (const rule of rules ?? []) {
    if (list.length === max) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (list.length === 0) return '*';
  const ret = list.join(',');
  return more ? `${ret} + ${(rules?.length ?? 0) - max} more...` : ret;
}

export function ingressAddress(ing: Ingress, wide: boolean): string {
  const set = new Set<string>();
  for (const i of ing.status?.loadBalancer?.ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  const r = [...set].sort().join(',');
  return !wide && r.length > LOAD_BALANCER_WIDTH ? `${r.slice(0, LOAD_BALANCER_WIDTH - 3)}...` : r;
}

export const ingressPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Class', 'string', 'The name of the IngressClass resource that should be used for additional configuration'),
    col('Hosts', 'string', 'Hosts that incoming requests are matched against before the ingress rule'),
    col('Address', 'string', 'Address is a list containing ingress points for the load-balancer'),
    col('Ports', 'string', 'Ports of TLS configurations that open'),
    AGE_COLUMN,
  ],
  cells(obj: KubeObject, now: number) {
    const ing = obj as unknown as Ingress;
    return [ing.metadata?.name ?? '', ing.spec?.ingressClassName ?? '<none>', formatHosts(ing.spec?.rules), ingressAddress(ing, false), ing.spec?.tls?.length ? '80, 443' : '80', translateTimestampSince(ing.metadata?.creationTimestamp, now)];
  },
};

export const ingressClassPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Controller', 'string', 'Controller that is responsible for handling this class'),
    col('Parameters', 'string', 'A reference to a resource with additional parameters'),
    AGE_COLUMN,
  ],
  cells(obj: KubeObject, now: number) {
    const c = obj as unknown as IngressClass;
    const p = c.spec?.parameters;
    const params = p ? `${p.kind}${p.apiGroup ? `.${p.apiGroup}` : ''}/${p.name}` : '<none>';
    return [c.metadata?.name ?? '', c.spec?.controller ?? '', params, translateTimestampSince(c.metadata?.creationTimestamp, now)];
  },
};
