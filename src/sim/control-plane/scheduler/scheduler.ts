// kube-scheduler: watches unscheduled pods, runs scheduleOne for each, binds the pod through the
// pods/binding subresource and records why. Pods that fit nowhere wait in the unschedulable set
// until a node or pod change (or 5 minutes) gives them another try, with per-pod back-off.
// mirrors pkg/scheduler/scheduler.go, schedule_one.go and internal/queue/scheduling_queue.go
import type { Clock, Rng } from '../../clock';
import type { Node, Pod } from '../../api/types';
import type { SchedulingDecision } from '../../explain';
import { R } from '../../api/resources';
import type { InformerFactory, Informer } from '../controller-manager/informer';
import { keyOf, splitKey, type K } from '../controller-manager/informer';
import { WorkQueue } from '../controller-manager/queue';
import type { RecordEvent } from '../controller-manager/events';
import { addPod, newNodeInfo, removePod, type NodeInfo, type PodResources } from './node-info';
import { podResources, quantityValue } from './pod-resources';
import { plainDecision, scheduleOne } from './schedule-one';
import { podClaims, preFilterRejection, SELECTED_NODE, type ClaimLike } from './plugins/volume-binding';

export interface SchedulerApi {
  bind(namespace: string, pod: string, node: string): unknown;
  /** the volume binder writes selected-node on WaitForFirstConsumer claims */
  update: (gvr: typeof R.persistentvolumeclaims, ns: string | undefined, obj: K<ClaimLike & { apiVersion: string; kind: string; metadata: { name?: string } }>) => unknown;
  updateStatus: (gvr: typeof R.pods, ns: string | undefined, obj: K<Pod>) => unknown;
}

const SOURCE = { component: 'default-scheduler' };
const UNSCHEDULABLE_FLUSH_MS = 5 * 60_000;
const MAX_DECISIONS = 2000;

export class Scheduler {
  private readonly nodes = new Map<string, NodeInfo>();
  private readonly assigned = new Map<string, { node: string; res: PodResources }>();
  private readonly unschedulable = new Map<string, number>(); // key -> attempts
  private readonly decisions = new Map<string, SchedulingDecision>(); // pod uid -> last decision
  private nextStartNodeIndex = 0;
  private sortedNodes: NodeInfo[] | undefined;
  private readonly queue: WorkQueue;
  private readonly pods: Informer<K<Pod>>;
  /** PersistentVolumeClaims, for VolumeBinding's PreFilter */
  private readonly claims: Informer;
  private readonly classes: Informer;

  constructor(
    private readonly deps: { api: SchedulerApi; clock: Clock; rng: Rng; informers: InformerFactory; record: RecordEvent },
  ) {
    this.queue = new WorkQueue(deps.clock, 'scheduler', (key) => this.scheduleKey(key), 10);
    this.pods = deps.informers.for(R.pods);
    const nodes = deps.informers.for<K<Node>>(R.nodes);
    nodes.onEvent((type, node) => this.onNode(type, node));
    this.pods.onEvent((type, pod) => this.onPod(type, pod));
    this.claims = deps.informers.for(R.persistentvolumeclaims);
    this.classes = deps.informers.for(R.storageclasses);
    // a claim that appears may let a waiting pod in (upstream's PVC-add queueing hint)
    this.claims.onEvent((type) => type === 'ADDED' && this.retryUnschedulable());
  }

  decisionFor(uid: string): SchedulingDecision | undefined {
    const d = this.decisions.get(uid);
    return d && plainDecision(d);
  }

  private onNode(type: string, node: K<Node>): void {
    const name = node.metadata.name!;
    this.sortedNodes = undefined;
    if (type === 'DELETED') this.nodes.delete(name);
    else {
      const a = node.status?.allocatable ?? {};
      const alloc = { milliCPU: Math.round(quantityValue(a.cpu) * 1000), memory: quantityValue(a.memory), pods: quantityValue(a.pods) };
      const prev = this.nodes.get(name);
      if (prev) {
        prev.node = node;
        prev.allocatable = alloc;
      } else this.nodes.set(name, newNodeInfo(node, alloc));
      if (!prev) for (const [k, v] of this.assigned) if (v.node === name) addPod(this.nodes.get(name)!, k, v.res);
    }
    this.retryUnschedulable();
  }

  private onPod(type: string, pod: K<Pod>): void {
    const key = keyOf(pod);
    const node = pod.spec?.nodeName;
    const terminal = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
    const prev = this.assigned.get(key);
    if (type === 'DELETED' || terminal || !node) {
      if (prev) {
        this.assigned.delete(key);
        const info = this.nodes.get(prev.node);
        if (info) removePod(info, key, prev.res);
        this.retryUnschedulable();
      }
      if (type === 'DELETED') {
        this.unschedulable.delete(key);
        return;
      }
    } else if (!prev) {
      const res = podResources(pod);
      this.assigned.set(key, { node, res });
      const info = this.nodes.get(node);
      if (info) addPod(info, key, res);
      this.unschedulable.delete(key);
    }
    if (!node && !terminal && !pod.metadata.deletionTimestamp && (pod.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler') {
      if (type === 'ADDED') this.queue.enqueue(key);
    }
  }

  /** keeps the most recent decisions only: 500 verdicts for each of 10,000 pods would not fit */
  private remember(uid: string, d: SchedulingDecision): void {
    this.decisions.delete(uid);
    this.decisions.set(uid, d);
    if (this.decisions.size > MAX_DECISIONS) this.decisions.delete(this.decisions.keys().next().value!);
  }

  private retryUnschedulable(): void {
    for (const [key, attempts] of this.unschedulable) this.queue.enqueue(key, Math.min(1000 * 2 ** Math.max(0, attempts - 1), 10_000));
  }

  private bindTo(pod: K<Pod>, key: string, node: string): { requeueAfter?: number } | void {
    this.unschedulable.delete(key);
    try {
      this.deps.api.bind(pod.metadata.namespace!, pod.metadata.name!, node);
    } catch {
      return { requeueAfter: 1000 }; // the pod changed under us: try again
    }
    this.deps.record(pod, 'Normal', 'Scheduled', `Successfully assigned ${key} to ${node}`, SOURCE);
  }

  private scheduleKey(key: string): { requeueAfter?: number } | void {
    const pod = this.pods.get(key);
    if (!pod || pod.spec?.nodeName || pod.metadata.deletionTimestamp) {
      this.unschedulable.delete(key);
      return;
    }
    const { clock, rng, api, record } = this.deps;
    const nodes = (this.sortedNodes ??= [...this.nodes.values()].sort((a, b) => (a.name < b.name ? -1 : 1)));
    const volumes = podClaims(pod, (ns, name) => this.claims.get(`${ns}/${name}`) as ClaimLike | undefined, (name) => (this.classes.get(name) as { volumeBindingMode?: string } | undefined)?.volumeBindingMode);
    if (!volumes.reject && volumes.selected && this.nodes.has(volumes.selected)) {
      // PreBind: the pod waits on its node until the provisioner has bound every delayed claim
      if (volumes.delayed.length > 0) return { requeueAfter: 1000 };
      return this.bindTo(pod, key, volumes.selected);
    }
    const full = volumes.reject ? preFilterRejection(volumes.reject, nodes, clock.now()) : scheduleOne({ pod, resources: podResources(pod) }, nodes, rng, clock.now(), undefined, this.nextStartNodeIndex);
    this.nextStartNodeIndex = nodes.length ? (this.nextStartNodeIndex + full.visited) % nodes.length : 0;
    const decision = full;
    this.remember(pod.metadata.uid!, decision);
    if (decision.node && volumes.delayed.length > 0) {
      // Reserve: the claims learn the node; the provisioner creates their volumes there
      this.unschedulable.delete(key);
      for (const c of volumes.delayed) {
        try {
          const claim = c as K<ClaimLike & { apiVersion: string; kind: string }>;
          api.update(R.persistentvolumeclaims, claim.metadata.namespace, { ...claim, metadata: { ...claim.metadata, annotations: { ...(claim.metadata.annotations ?? {}), [SELECTED_NODE]: decision.node } } });
        } catch {
          // a conflict: the next attempt writes it again
        }
      }
      return { requeueAfter: 1000 };
    }
    if (decision.node) return this.bindTo(pod, key, decision.node);
    this.unschedulable.set(key, (this.unschedulable.get(key) ?? 0) + 1);
    record(pod, 'Warning', 'FailedScheduling', decision.message!, SOURCE);
    const cond = (pod.status?.conditions ?? []).find((c) => c.type === 'PodScheduled');
    if (cond?.status !== 'False' || cond.message !== decision.message) {
      const conditions = (pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
      conditions.push({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: decision.message, lastProbeTime: null as unknown as string, lastTransitionTime: clock.nowRFC3339() });
      try {
        const { namespace } = splitKey(key);
        api.updateStatus(R.pods, namespace, { ...pod, status: { ...pod.status, phase: 'Pending', conditions } });
      } catch {
        // a conflict: the next attempt rewrites it
      }
    }
    return { requeueAfter: UNSCHEDULABLE_FLUSH_MS };
  }
}
