// The EndpointSlice controller: for each Service with a selector, one discovery.k8s.io/v1
// EndpointSlice named `<service>-<5 random>` listing the selected pods that have an IP, each with
// its ready/serving/terminating conditions, node, zone and targetRef. kube-proxy and kubectl 1.32's
// `describe service` read these; the older Endpoints object is kept by ../endpoints.
// mirrors pkg/controller/endpointslice/endpointslice_controller.go and
// staging/src/k8s.io/endpointslice/reconciler.go (one slice per address type; at most 100 endpoints)
import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types';
import { R } from '../../../api/resources';
import { isStatusError } from '../../../api/status';
import type { ControllerDeps } from '../manager';
import { keyOf, splitKey, type Informer, type K } from '../informer';
import { WorkQueue } from '../queue';
import { isPodReady, labelsMatch } from '../pod-utils';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const CONTROLLER = 'endpointslice-controller.k8s.io';

interface SliceEndpoint {
  addresses: string[];
  conditions: { ready: boolean; serving: boolean; terminating: boolean };
  nodeName?: string;
  zone?: string;
  targetRef: { kind: 'Pod'; namespace: string; name: string; uid: string };
}

type Slice = KubeObject & { addressType?: string; endpoints?: SliceEndpoint[]; ports?: Array<{ name: string; port: number; protocol: string }> };

function namespaceIndex(o: KubeObject): string[] {
  return [o.metadata.namespace ?? ''];
}

export class EndpointSliceController {
  private readonly services: Informer<K<Service>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly slices: Informer<K<Slice>>;
  private readonly nodes: Informer<KubeObject>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.services = deps.informers.for<K<Service>>(R.services);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.slices = deps.informers.for<K<Slice>>(R.endpointslices);
    this.nodes = deps.informers.for(R.nodes);
    this.pods.addIndex('namespace', namespaceIndex);
    this.services.addIndex('namespace', namespaceIndex);
    this.slices.addIndex('service', (s) => [`${s.metadata.namespace}/${s.metadata.labels?.[SERVICE_NAME_LABEL] ?? ''}`]);
    this.queue = new WorkQueue(deps.clock, 'endpointslice', (key) => this.sync(key), 30);
    this.services.onEvent((_t, svc) => this.queue.enqueue(keyOf(svc)));
    this.pods.onEvent((_t, pod, old) => {
      for (const svc of this.services.byIndex('namespace', pod.metadata.namespace ?? '')) {
        const sel = svc.spec?.selector;
        if (sel && Object.keys(sel).length > 0 && (labelsMatch(sel, pod.metadata.labels) || (old && labelsMatch(sel, old.metadata.labels)))) this.queue.enqueue(keyOf(svc));
      }
    });
  }

  private endpointsFor(svc: K<Service>, namespace: string): SliceEndpoint[] {
    const sel = svc.spec?.selector ?? {};
    const out: SliceEndpoint[] = [];
    for (const pod of this.pods.byIndex('namespace', namespace)) {
      if (!labelsMatch(sel, pod.metadata.labels)) continue;
      const phase = pod.status?.phase;
      if (!pod.status?.podIP || phase === 'Succeeded' || phase === 'Failed') continue;
      const terminating = Boolean(pod.metadata.deletionTimestamp);
      const serving = isPodReady(pod);
      const publish = svc.spec?.publishNotReadyAddresses === true;
      const node = pod.spec?.nodeName;
      const zone = node ? this.nodes.get(node)?.metadata.labels?.['topology.kubernetes.io/zone'] : undefined;
      out.push({
        addresses: [pod.status.podIP],
        conditions: { ready: publish || (serving && !terminating), serving: publish || serving, terminating },
        ...(node ? { nodeName: node } : {}),
        ...(zone ? { zone } : {}),
        targetRef: { kind: 'Pod', namespace, name: pod.metadata.name!, uid: pod.metadata.uid! },
      });
    }
    const ipNum = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
    return out.sort((a, b) => ipNum(a.addresses[0]) - ipNum(b.addresses[0]));
  }

  private sync(key: string): void {
    const { api } = this.deps;
    const { namespace, name } = splitKey(key);
    const svc = this.services.get(key);
    const mine = this.slices.byIndex('service', key).filter((s) => s.metadata.labels?.[MANAGED_BY] === CONTROLLER);
    const sel = svc?.spec?.selector;
    if (!svc || !sel || Object.keys(sel).length === 0) {
      // the Service is gone (or selects nothing): its slices go too
      for (const s of mine) this.tryDelete(namespace, s.metadata.name!);
      return;
    }
    const endpoints = this.endpointsFor(svc, namespace);
    // no endpoints: a placeholder slice without ports (reconciler.go newEndpointSlice with an empty endpointMeta)
    const ports = endpoints.length === 0 ? [] : (svc.spec?.ports ?? []).map((p) => ({ name: p.name ?? '', port: resolvePort(endpoints, this.pods, namespace, p.targetPort ?? p.port), protocol: p.protocol ?? 'TCP' }));
    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), [SERVICE_NAME_LABEL]: name, [MANAGED_BY]: CONTROLLER };
    if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
    // a slice of another port set is updated in place rather than deleted and recreated, so the
    // name stays (reconciler.go finalize: creates paired with deletes become updates)
    const [current, ...extra] = mine;
    for (const s of extra) this.tryDelete(namespace, s.metadata.name!);
    const annotations = { 'endpoints.kubernetes.io/last-change-trigger-time': this.deps.clock.nowRFC3339() };
    try {
      if (!current) {
        api.create(R.endpointslices, namespace, {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: {
            generateName: `${name}-`,
            namespace,
            labels,
            annotations,
            ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata.uid!, controller: true, blockOwnerDeletion: true }],
          },
          addressType: 'IPv4',
          endpoints,
          ports,
        } as KubeObject);
      } else if (JSON.stringify([current.endpoints ?? [], current.ports ?? [], current.metadata.labels]) !== JSON.stringify([endpoints, ports, labels])) {
        api.update(R.endpointslices, namespace, { ...current, metadata: { ...current.metadata, labels, annotations }, endpoints, ports } as KubeObject);
      }
    } catch (e) {
      if (isStatusError(e) && e.code === 409) this.queue.enqueue(key, 100);
    }
  }

  private tryDelete(namespace: string, name: string): void {
    try {
      this.deps.api.delete(R.endpointslices, namespace, name);
    } catch {
      // already gone
    }
  }
}

/** a named targetPort resolves through a selected pod's container ports (podutil.FindPort) */
function resolvePort(endpoints: SliceEndpoint[], pods: Informer<K<Pod>>, namespace: string, tp: number | string): number {
  if (typeof tp === 'number') return tp;
  if (/^\d+$/.test(tp)) return Number(tp);
  for (const ep of endpoints) {
    const pod = pods.get(`${namespace}/${ep.targetRef.name}`);
    for (const c of pod?.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === tp) return p.containerPort;
  }
  return 0;
}
