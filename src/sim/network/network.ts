// The pod network, as seen from inside the cluster: cluster DNS (CoreDNS's `svc.ns.svc.cluster.local`
// with the caller's search path), kube-proxy's Service routing (ClusterIP, NodePort, LoadBalancer
// ingress IP → one ready endpoint picked at random, as iptables mode does) and the servers images
// run. Each request's path is kept in a small ring for the UI to animate.
// mirrors pkg/proxy/iptables/proxier.go (random endpoint choice, REJECT with no endpoints) and
// coredns/plugin/kubernetes (service names, headless, ExternalName CNAME)
import type { Endpoints, Node, Pod, Service } from 'kubernetes-types/core/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';
import type { SyncKubeApi } from '../api/client';
import { R } from '../api/resources';
import type { Rng } from '../clock';
import { answer } from './serve';
import { isIngressControllerPod, nginxPage, routeIngress } from './ingress/route';
import type { HttpRequest, HttpResult, Listener, NetworkHop } from './types';

export type { HttpRequest, HttpResult, Listener, NetworkHop } from './types';

const MAX_PATHS = 50;

interface Target {
  ip: string;
  port: number;
  service?: Service;
  /** a headless Service's endpoint pod */
  pod?: { namespace?: string; name?: string };
}

export class PodNetwork {
  private readonly paths: NetworkHop[][] = [];

  constructor(
    private readonly api: SyncKubeApi,
    private readonly rng: Rng,
    /** what a running pod's containers listen on (the kubelets know) */
    private readonly listeners: (pod: Pod) => Listener[],
  ) {}

  private readonly pathListeners = new Set<(hops: readonly NetworkHop[]) => void>();

  /** Called with each request's path as it is taken (the playground animates it on the graph). */
  onPath(listener: (hops: readonly NetworkHop[]) => void): () => void {
    this.pathListeners.add(listener);
    return () => this.pathListeners.delete(listener);
  }

  /** the Ingresses an ingress-nginx controller pod routes (./ingress/controller.ts) */
  private ingressSource: (() => Ingress[]) | undefined;

  setIngressSource(source: () => Ingress[]): void {
    this.ingressSource = source;
  }

  /** whether a pod's node is up (a stopped VM answers nothing: curl times out) */
  private nodeUp: (nodeName: string) => boolean = () => true;

  setNodeUp(up: (nodeName: string) => boolean): void {
    this.nodeUp = up;
  }

  /** the last requests' paths (client → Service → pod), oldest first, at most 50 */
  recentPaths(): readonly NetworkHop[][] {
    return this.paths;
  }

  request(req: HttpRequest): HttpResult {
    let url: URL;
    try {
      url = new URL(/^[a-z]+:\/\//i.test(req.url) ? req.url : `http://${req.url}`);
    } catch {
      return { ok: false, code: 3, message: 'URL rejected: Malformed input to a URL function' };
    }
    const host = url.hostname;
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    const target = this.resolve(host, port, req.fromNamespace);
    if ('error' in target) return target.error;
    const hops: NetworkHop[] = [{ kind: 'client', name: req.from ?? 'client' }];
    let ip = target.ip;
    let tport = target.port;
    const svc = target.service ?? this.serviceByIP(ip, port);
    if (svc) {
      hops.push({ kind: 'service', name: `${svc.metadata?.namespace}/${svc.metadata?.name}` });
      const ep = this.pickEndpoint(svc, port, ip);
      if (!ep) return { ok: false, code: 7, message: `Failed to connect to ${host} port ${port} after 1 ms: Couldn't connect to server` };
      ip = ep.ip;
      tport = ep.port;
    }
    let pod = this.podByIP(ip, target.pod ?? (svc ? this.lastRef : undefined));
    if (pod && !this.nodeUp(pod.spec?.nodeName ?? '')) pod = undefined;
    if (!pod) return { ok: false, code: 28, message: `Failed to connect to ${host} port ${port} after 10000 ms: Timeout was reached` };
    hops.push({ kind: 'pod', name: `${pod.metadata?.namespace}/${pod.metadata?.name}` });
    let path = url.pathname;
    if (this.ingressSource && isIngressControllerPod(pod.metadata?.labels)) {
      // ingress-nginx proxies by the Host header and path to a Service, then one of its endpoints
      const hop = routeIngress(this.ingressSource(), (req.host ?? url.host).replace(/:\d+$/, ''), path, (ns, name) => this.serviceNamed(ns, name));
      const backend = hop.kind === 'service' ? this.pickEndpoint(hop.service, hop.port, hop.service.spec?.clusterIP) : undefined;
      const found = backend && this.podByIP(backend.ip, this.lastRef);
      const next = found && this.nodeUp(found.spec?.nodeName ?? '') ? found : undefined;
      if (hop.kind === 'error' || !backend || !next) {
        this.remember(hops);
        return hop.kind === 'error' ? hop.result : nginxPage(503).result;
      }
      hops.push({ kind: 'service', name: `${hop.service.metadata?.namespace}/${hop.service.metadata?.name}` }, { kind: 'pod', name: `${next.metadata?.namespace}/${next.metadata?.name}` });
      pod = next;
      tport = backend.port;
      path = hop.path;
    }
    this.paths.push(hops);
    if (this.paths.length > MAX_PATHS) this.paths.shift();
    for (const l of this.pathListeners) l(hops);
    const listeners = this.listeners(pod);
    const needs = listeners.find((l) => l.port === tport)?.needs;
    const res = needs && !this.reachable(needs.host, needs.port, pod.metadata?.namespace ?? 'default') ? unavailable(needs) : answer(listeners, tport, path, host, port);
    // what curl -v shows it connected to: the Service's (or pod's) address, not the endpoint behind it
    return res.ok ? { ...res, remote: { host, ip: target.ip, port } } : res;
  }

  /**
   * Whether a pod in `fromNs` could open a TCP connection to host:port now: a Service with a ready
   * endpoint, or a running pod's IP. What an app's database connection sees; draws no random
   * endpoint for a ClusterIP Service and records no path.
   */
  reachable(host: string, port: number, fromNs: string): boolean {
    const target = this.resolve(host, port, fromNs);
    if ('error' in target) return false;
    const svc = target.service ?? (target.pod ? undefined : this.serviceByIP(target.ip, port));
    if (!svc) return this.podByIP(target.ip, target.pod) !== undefined;
    try {
      const ep = this.api.get(R.endpoints, svc.metadata?.namespace ?? 'default', svc.metadata?.name ?? '') as unknown as Endpoints;
      return (ep.subsets ?? []).some((s) => (s.addresses ?? []).length > 0);
    } catch {
      return false;
    }
  }

  private remember(hops: NetworkHop[]): void {
    this.paths.push(hops);
    if (this.paths.length > MAX_PATHS) this.paths.shift();
    for (const l of this.pathListeners) l(hops);
  }

  private serviceNamed(namespace: string, name: string): Service | undefined {
    try {
      return this.api.get(R.services, namespace, name) as unknown as Service;
    } catch {
      return undefined;
    }
  }

  /** host → an IP (and the Service it names): the pod's resolv.conf search path (`<ns>.svc.cluster.local`,
   * `svc.cluster.local`, `cluster.local`, ndots:5) over CoreDNS's records */
  private resolve(host: string, port: number, fromNs: string): Target | { error: HttpResult } {
    if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return { ip: host, port };
    const absolute = host.endsWith('.');
    const name = host.replace(/\.$/, '');
    const dots = name.split('.').length - 1;
    const search = [`${fromNs}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'].map((d) => `${name}.${d}`);
    const tries = absolute ? [name] : dots >= 5 ? [name, ...search] : [...search, name];
    for (const fqdn of tries) {
      const found = this.lookup(fqdn, port);
      if (found) return found;
    }
    return { error: { ok: false as const, code: 6, message: `Could not resolve host: ${host}` } };
  }

  /** one fully qualified name: `<svc>.<ns>.svc.cluster.local` or, for a headless Service, a pod's
   * `<hostname>.<svc>.<ns>.svc.cluster.local` (its Endpoints address hostname, as CoreDNS answers) */
  private lookup(fqdn: string, port: number): Target | { error: HttpResult } | undefined {
    const m = /^(?:([^.]+)\.)?([^.]+)\.([^.]+)\.svc\.cluster\.local$/.exec(fqdn);
    if (!m) return undefined;
    const [, hostname, name, ns] = m;
    const svc = this.serviceNamed(ns, name);
    if (!svc) return undefined;
    if (hostname !== undefined) return svc.spec?.clusterIP === 'None' ? this.headlessHost(svc, hostname, port) : undefined;
    if (svc.spec?.type === 'ExternalName') {
      // a CNAME to a name outside the cluster: the playground is offline
      return { error: { ok: false, code: 6, message: `Could not resolve host: ${svc.spec.externalName ?? fqdn}` } };
    }
    if (svc.spec?.clusterIP === 'None') {
      const ep = this.pickEndpoint(svc, port, undefined);
      return ep ? { ip: ep.ip, port, pod: this.lastRef } : undefined;
    }
    return { ip: svc.spec?.clusterIP ?? '', port, service: svc };
  }

  private headlessHost(svc: Service, hostname: string, port: number): Target | undefined {
    let ep: Endpoints;
    try {
      ep = this.api.get(R.endpoints, svc.metadata?.namespace ?? 'default', svc.metadata?.name ?? '') as unknown as Endpoints;
    } catch {
      return undefined;
    }
    for (const subset of ep.subsets ?? []) {
      const a = subset.addresses?.find((x) => x.hostname === hostname || x.ip.replace(/\./g, '-') === hostname);
      if (a) return { ip: a.ip, port, pod: a.targetRef };
    }
    return undefined;
  }

  /** a Service answering at ip:port: its ClusterIP, a LoadBalancer ingress IP or a node's NodePort */
  private serviceByIP(ip: string, port: number): Service | undefined {
    const services = this.api.list(R.services, '').items as unknown as Service[];
    const direct = services.find((s) => (s.spec?.clusterIP === ip || s.status?.loadBalancer?.ingress?.some((i) => i.ip === ip)) && s.spec?.ports?.some((p) => p.port === port));
    if (direct) return direct;
    const nodes = this.api.list(R.nodes, '').items as unknown as Node[];
    if (!nodes.some((n) => n.status?.addresses?.some((a) => a.address === ip))) return undefined;
    return services.find((s) => s.spec?.ports?.some((p) => p.nodePort === port));
  }

  /** kube-proxy: one ready address of the Service's Endpoints, at random */
  private pickEndpoint(svc: Service, port: number, viaIP: string | undefined): { ip: string; port: number } | undefined {
    const sp = svc.spec?.ports?.find((p) => (viaIP && svc.spec?.clusterIP !== viaIP ? p.nodePort === port : p.port === port)) ?? (svc.spec?.clusterIP === 'None' ? svc.spec?.ports?.[0] : undefined);
    let ep: Endpoints;
    try {
      ep = this.api.get(R.endpoints, svc.metadata?.namespace ?? 'default', svc.metadata?.name ?? '') as unknown as Endpoints;
    } catch {
      return undefined;
    }
    const candidates: { ip: string; port: number; ref?: { namespace?: string; name?: string } }[] = [];
    for (const subset of ep.subsets ?? []) {
      const p = subset.ports?.find((x) => x.name === sp?.name || (subset.ports?.length === 1 && !sp?.name)) ?? subset.ports?.[0];
      for (const a of subset.addresses ?? []) candidates.push({ ip: a.ip, port: p?.port ?? port, ref: a.targetRef });
    }
    if (candidates.length === 0) return undefined;
    const picked = candidates[this.rng.int(candidates.length)];
    this.lastRef = picked.ref;
    return picked;
  }

  /** the endpoint's targetRef, so that a Service hop needs no scan of every pod */
  private lastRef: { namespace?: string; name?: string } | undefined;

  private podByIP(ip: string, ref?: { namespace?: string; name?: string }): Pod | undefined {
    if (ref?.name) {
      try {
        const p = this.api.get(R.pods, ref.namespace ?? 'default', ref.name) as unknown as Pod;
        if (p.status?.podIP === ip && p.status?.phase === 'Running') return p;
      } catch {
        // gone since the endpoints were written: fall back to the scan
      }
    }
    const pods = this.api.list(R.pods, '').items as unknown as Pod[];
    return pods.find((p) => p.status?.podIP === ip && p.status?.phase === 'Running');
  }
}

/** the error page of a server whose dependency is down (WordPress's "Error establishing a database connection") */
function unavailable(needs: { status: number; body: string }): HttpResult {
  const reason = needs.status === 500 ? 'Internal Server Error' : needs.status === 503 ? 'Service Unavailable' : 'Error';
  return { ok: true, status: needs.status, reason, headers: [['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(new TextEncoder().encode(needs.body).length)]], body: needs.body };
}
