// A request that reached an ingress-nginx controller pod: which Service (and port, and path) it
// goes on to, or nginx's own 404/503 page. The pod network (../network.ts) makes the second hop.
import type { Service } from 'kubernetes-types/core/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';
import type { HttpResult } from '../types';
import { CONTROLLER_SELECTOR } from './addon';
import { matchIngress, nginxErrorPage } from './rules';

export type IngressHop = { kind: 'error'; result: HttpResult } | { kind: 'service'; service: Service; port: number; path: string };

export function isIngressControllerPod(labels: Record<string, string> | undefined): boolean {
  return !!labels && Object.entries(CONTROLLER_SELECTOR).every(([k, v]) => labels[k] === v);
}

export function nginxPage(status: 404 | 503): { kind: 'error'; result: HttpResult } {
  const p = nginxErrorPage(status);
  const headers: [string, string][] = [
    ['Content-Type', 'text/html'],
    ['Content-Length', String(p.body.length)],
    ['Connection', 'keep-alive'],
  ];
  return { kind: 'error', result: { ok: true, status: p.status, reason: p.reason, headers, body: p.body } };
}

export function routeIngress(ingresses: readonly Ingress[], host: string, path: string, getService: (ns: string, name: string) => Service | undefined): IngressHop {
  const m = matchIngress(ingresses, host, path);
  if (!m) return nginxPage(404);
  const ref = m.backend.service;
  if (!ref) return nginxPage(503);
  const svc = getService(m.ingress.metadata?.namespace ?? 'default', ref.name);
  const sp = svc?.spec?.ports?.find((p) => (ref.port?.name ? p.name === ref.port.name : p.port === ref.port?.number));
  if (!svc || !sp) return nginxPage(503);
  return { kind: 'service', service: svc, port: sp.port, path: m.path };
}
