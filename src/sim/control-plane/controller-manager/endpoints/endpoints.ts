// The Endpoints controller: for every Service with a selector, the IPs of its pods — ready ones in
// `addresses`, the rest in `notReadyAddresses`; terminal, IP-less and deleting pods are left out.
// mirrors pkg/controller/endpoint/endpoints_controller.go (syncService) and pkg/api/v1/endpoints (RepackSubsets)
import type { EndpointAddress, EndpointPort, EndpointSubset, Pod, Service } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types';
import { R } from '../../../api/resources';
import { isStatusError } from '../../../api/status';
import type { Informer, K } from '../informer';
import { keyOf, namespaceIndex, splitKey } from '../informer';
import { WorkQueue } from '../queue';
import { isPodReady, labelsMatch } from '../pod-utils';
import type { ControllerDeps } from '../manager';

export class EndpointsController {
  private readonly services: Informer<K<Service>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.services = deps.informers.for<K<Service>>(R.services);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pods.addIndex('namespace', namespaceIndex);
    this.services.addIndex('namespace', namespaceIndex);
    this.queue = new WorkQueue(deps.clock, 'endpoints', (key) => this.sync(key), 30);
    this.services.onEvent((_t, svc) => this.queue.enqueue(keyOf(svc)));
    this.pods.onEvent((_t, pod, old) => {
      for (const svc of this.services.byIndex('namespace', pod.metadata.namespace ?? '')) {
        const sel = svc.spec?.selector;
        if (sel && (labelsMatch(sel, pod.metadata.labels) || (old && labelsMatch(sel, old.metadata.labels)))) this.queue.enqueue(keyOf(svc));
      }
    });
  }

  private sync(key: string): void {
    const { api, clock } = this.deps;
    const { namespace, name } = splitKey(key);
    const svc = this.services.get(key);
    if (!svc) {
      try {
        api.delete(R.endpoints, namespace, name);
      } catch {
        // nothing to delete
      }
      return;
    }
    const sel = svc.spec?.selector;
    if (!sel || Object.keys(sel).length === 0) return; // endpoints of selector-less Services are the user's
    const publishNotReady = svc.spec?.publishNotReadyAddresses === true;
    const groups = new Map<string, { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }>();
    for (const pod of this.pods.byIndex('namespace', namespace)) {
      if (!labelsMatch(sel, pod.metadata.labels)) continue;
      const phase = pod.status?.phase;
      if (!pod.status?.podIP || phase === 'Succeeded' || phase === 'Failed') continue;
      if (pod.metadata.deletionTimestamp && !publishNotReady) continue;
      const ports = (svc.spec?.ports ?? []).map((p) => ({ ...(p.name ? { name: p.name } : {}), port: targetPort(pod, p.targetPort ?? p.port), protocol: p.protocol ?? 'TCP' }));
      const gk = JSON.stringify(ports);
      let g = groups.get(gk);
      if (!g) groups.set(gk, (g = { ports, ready: [], notReady: [] }));
      // a pod whose subdomain names this Service publishes its hostname (mirrors podToEndpointAddressForService)
      const hostname = pod.spec?.hostname && pod.spec.subdomain === name ? { hostname: pod.spec.hostname } : {};
      const addr: EndpointAddress = { ip: pod.status.podIP, ...hostname, nodeName: pod.spec?.nodeName, targetRef: { kind: 'Pod', namespace, name: pod.metadata.name, uid: pod.metadata.uid } };
      (isPodReady(pod) || publishNotReady ? g.ready : g.notReady).push(addr);
    }
    const byIP = (a: EndpointAddress, b: EndpointAddress) => ipNum(a.ip) - ipNum(b.ip);
    const subsets: EndpointSubset[] = [...groups.values()].map((g) => ({
      ...(g.ready.length ? { addresses: g.ready.sort(byIP) } : {}),
      ...(g.notReady.length ? { notReadyAddresses: g.notReady.sort(byIP) } : {}),
      ports: g.ports,
    }));
    const labels = { ...(svc.metadata.labels ?? {}) };
    let existing: KubeObject | undefined;
    try {
      existing = api.get(R.endpoints, namespace, name);
    } catch {
      existing = undefined;
    }
    const body = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace, labels, annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': clock.nowRFC3339() } }, subsets };
    try {
      if (!existing) api.create(R.endpoints, namespace, body);
      else if (JSON.stringify((existing as { subsets?: unknown }).subsets ?? []) !== JSON.stringify(subsets)) {
        api.update(R.endpoints, namespace, { ...existing, metadata: { ...existing.metadata, labels, annotations: body.metadata.annotations }, subsets });
      }
    } catch (e) {
      if (isStatusError(e) && e.code === 409) this.queue.enqueue(key, 100);
    }
  }
}

/** a named targetPort resolves through the pod's container ports (podutil.FindPort) */
function targetPort(pod: Pod, tp: number | string): number {
  if (typeof tp === 'number') return tp;
  if (/^\d+$/.test(tp)) return Number(tp);
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === tp) return p.containerPort;
  return 0;
}

function ipNum(ip: string): number {
  return ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}
