// createCluster(): wires the simulated control plane and nodes into one AKS-like cluster —
// api-server, scheduler, controller-manager, one kubelet per node — and lets the system add-ons
// converge before handing it over. Same seed + same calls = same cluster.
import type { Pod } from 'kubernetes-types/core/v1';
import { Clock, DEFAULT_EPOCH, Rng } from './clock';
import type { KubeClient } from './api/client';
import type { KubeObject } from './api/types';
import { localClient } from './api/local-client';
import { R } from './api/resources';
import { ApiServer } from './control-plane/apiserver/apiserver';
import { InformerFactory, type K } from './control-plane/controller-manager/informer';
import { recordThrough } from './control-plane/controller-manager/events';
import { EventRecorder } from './control-plane/events';
import { installStorageClasses } from './node/storage-classes';
import { ServiceLoadBalancerController } from './control-plane/cloud-controller/service-lb';
import { startControllers, type Controllers } from './control-plane/controller-manager/manager';
import { Scheduler } from './control-plane/scheduler/scheduler';
import { Kubelets } from './node/kubelet/kubelet';
import { podLogs } from './node/kubelet/logs';
import { startKubelet, stopKubelet } from './node/kubelet/heartbeat';
import { execInPod, listenersOf } from './node/kubelet/exec';
import { PodNetwork } from './network/network';
import { IngressNginxController } from './network/ingress/controller';
import { installIngressNginx } from './network/ingress/addon';
import { MetricsModel } from './metrics/metrics';
import { LoadGenerator } from './metrics/load';
import { Timeline } from './metrics/timeline';
import { defaultPool, poolNodes } from './node/aks-pool';
import { AksCluster } from './aks/model';
import { installSystemAddons } from './node/system-addons';
import type { OwnerLink, PodExplanation } from './explain';

export { KUBERNETES_VERSION } from './node/aks-pool';

/** What the UI draws for the control plane: AKS runs it for you, so it has no Node objects. */
export const CONTROL_PLANE_COMPONENTS = [
  { id: 'kube-apiserver', label: 'API server' },
  { id: 'etcd', label: 'etcd' },
  { id: 'kube-scheduler', label: 'Scheduler' },
  { id: 'kube-controller-manager', label: 'Controller manager' },
  { id: 'cloud-controller-manager', label: 'Cloud controller manager' },
] as const;

export interface Cluster {
  clock: Clock;
  rng: Rng;
  api: ApiServer;
  client: KubeClient;
  /** the pod network: DNS, Services and what pods serve (curl, wget) */
  network: PodNetwork;
  advance(ms: number): void;
  /**
   * Stops a node's VM (the fault palette's "stop a node"): its kubelet stops renewing its Lease, the
   * node goes Unknown/NotReady after the grace period, and its pods are evicted after 300 s.
   * false when there is no such node or it is stopped already.
   */
  stopNode(name: string): boolean;
  /** Starts a stopped node again: Lease renewed, Ready, its pods synced afresh. */
  startNode(name: string): boolean;
  explain(namespace: string, podName: string): PodExplanation | undefined;
  /** traffic to a Deployment or Service as total CPU, spread over its Running pods (the HPA lesson) */
  load: LoadGenerator;
  /** the AKS managed cluster around it: node pools as scale sets, scale, upgrades (src/sim/aks) */
  aks: AksCluster;
  /** node count and available replicas per Deployment every 10 virtual s (the AKS panel's chart) */
  timeline: Timeline;
}

export interface ClusterOptions {
  seed?: number | string;
  /** virtual epoch ms at which the cluster is handed over (default DEFAULT_EPOCH) */
  start?: number;
  /** nodes in the system pool (default 3) */
  nodes?: number;
  /** skip the kube-system add-ons (benchmarks, focused tests) */
  addons?: boolean;
  /**
   * freeze every stored object so an accidental mutation throws (default true: tests). The
   * playground, `kubeplay serve|script` and benchmarks pass false for speed.
   */
  freezeObjects?: boolean;
}

/** How long before `start` the cluster was created: the add-ons are Running and nodes show an age. */
const WARMUP_MS = 10 * 60_000;

export function createCluster(opts: ClusterOptions = {}): Cluster {
  const start = opts.start ?? DEFAULT_EPOCH;
  const clock = new Clock(start - WARMUP_MS);
  const rng = new Rng(opts.seed ?? 1);
  const api = new ApiServer({ clock, rng, freezeObjects: opts.freezeObjects });
  const informers = new InformerFactory(api);
  const record = recordThrough(new EventRecorder(api, clock, rng));
  const deps = { api, clock, rng, informers, record };
  const scheduler = new Scheduler(deps);
  const kubelets = new Kubelets(deps);
  const controllers: Controllers = startControllers(deps);
  // cloud-controller-manager: Azure load balancers for Services of type LoadBalancer
  new ServiceLoadBalancerController(deps);
  // ingress-nginx: routes by the Ingresses of class nginx, and writes their status
  const ingress = new IngressNginxController(deps);
  const timeline = new Timeline(clock, informers);
  informers.startAll();
  api.setLogProvider((ns, pod, o) => podLogs(kubelets, ns, pod, o));
  const network = new PodNetwork(api, rng, (pod) => listenersOf(kubelets, pod));
  kubelets.reach = (ns, host, port) => network.reachable(host, port, ns);
  network.setIngressSource(() => ingress.served());
  network.setNodeUp((name) => !kubelets.nodes.get(name)?.stopped);
  api.setExecProvider((ns, pod, o) => execInPod(kubelets, ns, pod, o, network));
  // metrics-server: NodeMetrics and PodMetrics computed when asked (kubectl top, the HPA)
  const metrics = new MetricsModel(String(opts.seed ?? 1));
  const load = new LoadGenerator(api, () => clock.now());
  metrics.setExtraSource((pod) => load.extraFor(pod));
  api.setMetricsProvider((resource, ns) => {
    const now = clock.now();
    if (resource === 'pods') return (api.list(R.pods, ns).items as unknown as Pod[]).flatMap((p) => metrics.podMetrics(p, now) ?? []);
    return api.list(R.nodes, undefined).items.flatMap((n) => metrics.nodeMetrics(n, api.list(R.pods, undefined, { fieldSelector: `spec.nodeName=${n.metadata.name}` }).items as unknown as Pod[], now) ?? []);
  });

  const systemPool = defaultPool(rng, opts.nodes ?? 3);
  for (const cfg of poolNodes(rng, systemPool)) kubelets.register(cfg);
  if (opts.addons !== false) {
    installSystemAddons(api);
    installIngressNginx(api);
  }
  // AKS's StorageClasses exist on every cluster (they are API objects, not add-on pods)
  installStorageClasses(api);
  const aks = new AksCluster({ api, clock, rng, kubelets, record }, systemPool);
  clock.advanceTo(start);
  timeline.start();

  const pods = informers.for<K<Pod>>(R.pods);
  return {
    clock,
    rng,
    api,
    client: localClient(api),
    network,
    load,
    aks,
    timeline,
    advance: (ms) => clock.advance(ms),
    stopNode: (name) => stopKubelet(kubelets, name),
    startNode: (name) => startKubelet(kubelets, name),
    explain(namespace, podName) {
      const pod = pods.get(`${namespace}/${podName}`);
      if (!pod) return undefined;
      return { scheduling: scheduler.decisionFor(pod.metadata.uid!), owners: ownerChain(controllers, pod), fidelityNotes: FIDELITY_NOTES };
    },
  };
}

function ownerChain(c: Controllers, obj: KubeObject): OwnerLink[] {
  const out: OwnerLink[] = [];
  let cur: KubeObject | undefined = obj;
  for (let depth = 0; cur && depth < 5; depth++) {
    const ref = (cur.metadata.ownerReferences ?? []).find((r) => r.controller);
    if (!ref) break;
    out.push({ kind: ref.kind, name: ref.name, uid: ref.uid });
    cur = c.lookup(ref.kind, cur.metadata.namespace ?? '', ref.name);
  }
  return out;
}

const FIDELITY_NOTES = [
  'Scores model NodeResourcesFit (LeastAllocated), NodeResourcesBalancedAllocation and TaintToleration; topology spreading and inter-pod affinity are not simulated.',
  'There are no pod priorities, so preemption never finds victims.',
];
