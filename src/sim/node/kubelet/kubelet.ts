// The kubelets of every node, as one component: each watches the pods bound to its node and walks
// them through data-driven stages (./stages.ts, ./lifecycle.ts): sandbox, pull, create, start,
// run, exit/restart, graceful stop. Timers are data: kind 'kubelet', key `uid|container|gen|step`.
// mirrors pkg/kubelet/kubelet.go (syncPod), pod_workers.go and kuberuntime/kuberuntime_manager.go
import type { Pod } from 'kubernetes-types/core/v1';
import type { Clock, Rng } from '../../clock';
import type { SyncKubeApi } from '../../api/client';
import { R } from '../../api/resources';
import type { InformerFactory, Informer, K } from '../../control-plane/controller-manager/informer';
import { keyOf } from '../../control-plane/controller-manager/informer';
import type { RecordEvent } from '../../control-plane/controller-manager/events';
import { IMAGES } from '../runtime/catalogue';
import { parseImageRef } from '../runtime/image-ref';
import { buildPodStatus } from './pod-status';
import { nodeObject, nodeStatus, podCIDRBase, type NodeConfig } from './node-status';
import type { PodRuntime } from './state';
import { TIMING, NODE_STATUS_PERIOD_MS, type StageTiming } from './stages';
import { beginTermination, runStep } from './lifecycle';
import { renewLease } from './heartbeat';

export interface NodeState {
  cfg: NodeConfig;
  /** image full names (docker.io/library/nginx:1.27) present on the node */
  images: Map<string, number>;
  usedIPs: Set<number>;
  readySince: number;
  /** the VM is down (./heartbeat.ts stopKubelet): no heartbeats, no pod steps */
  stopped?: boolean;
  /** bumps on every stop/start: periodic timers of an earlier run are ignored */
  epoch: number;
}

export class Kubelets {
  readonly nodes = new Map<string, NodeState>();
  readonly pods = new Map<string, PodRuntime>(); // by uid
  /** the highest timer generation of runtimes forgotten at a node's restart (by uid) */
  private readonly retired = new Map<string, number>();
  readonly podInformer: Informer<K<Pod>>;
  /** whether a pod in `namespace` could connect to host:port now (set by cluster.ts from the pod network) */
  reach?: (namespace: string, host: string, port: number) => boolean;

  constructor(readonly deps: { api: SyncKubeApi; clock: Clock; rng: Rng; informers: InformerFactory; record: RecordEvent }) {
    this.podInformer = deps.informers.for<K<Pod>>(R.pods);
    this.podInformer.onEvent((type, pod) => this.onPod(type, pod));
    deps.clock.on('kubelet', (key) => this.fire(key));
  }

  /** Registers a node: creates the Node object with a Ready status and starts its heartbeat. */
  register(cfg: NodeConfig): void {
    const images = new Map<string, number>();
    for (const img of [...preloadedImages()]) images.set(img.name, img.size);
    this.nodes.set(cfg.name, { cfg, images, usedIPs: new Set(), readySince: this.deps.clock.now(), epoch: 0 });
    this.deps.api.create(R.nodes, undefined, nodeObject(cfg) as unknown as K<Pod>);
    this.reportNode(cfg.name);
    renewLease(this, cfg.name);
  }

  reportNode(name: string): void {
    const st = this.nodes.get(name);
    if (!st || st.stopped) return;
    const { api, clock } = this.deps;
    try {
      const node = api.get(R.nodes, undefined, name);
      const images = [...st.images].map(([full, size]) => ({ names: [full], sizeBytes: size }));
      api.updateStatus(R.nodes, undefined, { ...node, status: nodeStatus(st.cfg, images, clock.now(), st.readySince) });
    } catch {
      return; // the node was deleted
    }
    clock.after(NODE_STATUS_PERIOD_MS, 'kubelet', `node|${name}|${st.epoch}`);
  }

  /** Schedules a step of one pod (ci = -1) or container; the key carries the generation. */
  schedule(rt: PodRuntime, ci: number, step: string, delay: number | StageTiming): void {
    const gen = ci < 0 ? rt.gen : rt.containers[ci].gen;
    const ms = typeof delay === 'number' ? delay : Math.round(delay.delayMs * (1 - delay.jitter / 2 + this.deps.rng.next() * delay.jitter));
    this.deps.clock.after(ms, 'kubelet', `${rt.uid}|${ci}|${gen}|${step}`);
  }

  pod(rt: PodRuntime): K<Pod> | undefined {
    const p = this.podInformer.get(`${rt.namespace}/${rt.name}`);
    return p && p.metadata.uid === rt.uid ? p : undefined;
  }

  hostIP(rt: PodRuntime): string {
    return this.nodes.get(rt.node)?.cfg.internalIP ?? '';
  }

  pushStatus(rt: PodRuntime): void {
    const pod = this.pod(rt);
    if (!pod) return;
    const status = buildPodStatus(rt, pod, this.hostIP(rt), this.deps.clock.now());
    try {
      this.deps.api.updateStatus(R.pods, rt.namespace, { ...pod, status });
    } catch {
      // a conflict or a deleted pod: the next step writes again
    }
  }

  private onPod(type: string, pod: K<Pod>): void {
    const uid = pod.metadata.uid!;
    const rt = this.pods.get(uid);
    if (type === 'DELETED') {
      if (rt) this.forget(rt);
      return;
    }
    const node = pod.spec?.nodeName;
    if (rt && this.nodes.get(rt.node)?.stopped) return; // seen again when the node starts
    if (!rt) {
      if (!node || !this.nodes.has(node) || this.nodes.get(node)!.stopped) return;
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') return;
      const fresh: PodRuntime = this.newRuntime(pod, node);
      this.pods.set(uid, fresh);
      if (pod.metadata.deletionTimestamp) beginTermination(this, fresh, pod);
      else this.schedule(fresh, -1, 'admit', TIMING.admit);
      return;
    }
    if (pod.metadata.deletionTimestamp && !rt.terminating) beginTermination(this, rt, pod);
  }

  /** A started node's kubelet syncs its pods afresh (./heartbeat.ts startKubelet). */
  resyncNode(name: string): void {
    for (const rt of [...this.pods.values()]) {
      if (rt.node !== name) continue;
      this.retired.set(rt.uid, Math.max(rt.gen, ...rt.containers.map((c) => c.gen)));
      this.forget(rt);
    }
    for (const pod of this.podInformer.list()) if (pod.spec?.nodeName === name) this.onPod('MODIFIED', pod);
  }

  private newRuntime(pod: K<Pod>, node: string): PodRuntime {
    // generations go on from a forgotten runtime of the same pod, so its old timers stay stale
    const base = (this.retired.get(pod.metadata.uid!) ?? -1) + 1;
    this.retired.delete(pod.metadata.uid!);
    const fresh: PodRuntime = {
      uid: pod.metadata.uid!,
      namespace: pod.metadata.namespace!,
      name: pod.metadata.name!,
      node,
      startTime: this.deps.clock.now(),
      transitions: {},
      containers: [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c, i) => ({
        name: c.name,
        image: c.image ?? '',
        // app containers wait for the init containers: PodInitializing
        state: { phase: 'waiting', reason: i >= (pod.spec?.initContainers?.length ?? 0) && pod.spec?.initContainers?.length ? 'PodInitializing' : 'ContainerCreating' },
        gen: base,
        restartCount: 0,
        crashBackOffMs: 0,
        pullBackOffMs: 0,
        exits: 0,
      })),
      initCount: pod.spec?.initContainers?.length ?? 0,
      nextToStart: 0,
      gen: base,
    };
    return fresh;
  }

  private forget(rt: PodRuntime): void {
    this.pods.delete(rt.uid);
    const st = this.nodes.get(rt.node);
    if (st && rt.podIP && rt.podIP !== st.cfg.internalIP) st.usedIPs.delete(Number(rt.podIP.split('.')[3]));
  }

  /** The lowest free address in the node's pod CIDR 10.244.<index>.0/24 (.1 is the bridge). */
  allocateIP(rt: PodRuntime, hostNetwork: boolean): string {
    const st = this.nodes.get(rt.node)!;
    if (hostNetwork) return st.cfg.internalIP;
    let n = 2;
    while (st.usedIPs.has(n) && n < 255) n++;
    st.usedIPs.add(n);
    return `${podCIDRBase(st.cfg.index)}.${n}`;
  }

  private fire(key: string): void {
    const parts = key.split('|');
    if (parts[0] === 'node' || parts[0] === 'lease') {
      if (this.nodes.get(parts[1])?.epoch !== Number(parts[2])) return; // a timer of an earlier run
      return parts[0] === 'node' ? this.reportNode(parts[1]) : renewLease(this, parts[1]);
    }
    const [uid, ci, gen, step] = parts;
    const rt = this.pods.get(uid);
    if (!rt || this.nodes.get(rt.node)?.stopped) return;
    const i = Number(ci);
    if ((i < 0 ? rt.gen : rt.containers[i]?.gen) !== Number(gen)) return; // stale
    runStep(this, rt, i, step);
  }

  keyOfRuntime(rt: PodRuntime): string {
    return `${rt.namespace}/${rt.name}`;
  }

  keyOf = keyOf;
}

function* preloadedImages(): Generator<{ name: string; size: number }> {
  // mirrors the AKS node image (VHD), which ships the add-on images
  for (const img of IMAGES) if (img.preloaded) for (const tag of img.tags) yield { name: parseImageRef(`${img.name}:${tag}`).fullName, size: img.sizeBytes };
}
