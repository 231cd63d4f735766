// monitorNodeHealth: a node whose kubelet stopped renewing its Lease (and posting status) for the
// grace period gets every condition set to Unknown ("Kubelet stopped posting node status."), a
// NodeNotReady event, and its pods marked not Ready (so Endpoints drop them). One timer per node,
// moved on by each Lease renewal: no scan of all nodes per tick.
// mirrors pkg/controller/nodelifecycle/node_lifecycle_controller.go (tryUpdateNodeHealth) and
// pkg/controller/util/node/controller_utils.go (MarkPodsNotReady)
import type { Node, NodeCondition, Pod } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import { fromRFC3339, toRFC3339 } from '../../../clock';
import type { KubeObject } from '../../../api/types';
import type { Informer, K } from '../informer';
import type { ControllerDeps } from '../manager';

/** --node-monitor-grace-period */
export const NODE_MONITOR_GRACE_MS = 40_000;
const SOURCE = { component: 'node-controller' };

type Lease = KubeObject & { spec?: { renewTime?: string } };

export class NodeHealthMonitor {
  private readonly nodes: Informer<K<Node>>;
  private readonly leases: Informer<Lease>;
  private readonly pods: Informer<K<Pod>>;
  /** when each node's check is due (one pending timer per node) */
  private readonly due = new Map<string, number>();

  constructor(private readonly deps: ControllerDeps) {
    this.nodes = deps.informers.for<K<Node>>(R.nodes);
    this.leases = deps.informers.for<Lease>(R.leases);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pods.addIndex('nodeName', (p) => (p.spec?.nodeName ? [p.spec.nodeName] : []));
    this.leases.onEvent((type, l) => {
      if (type !== 'DELETED' && l.metadata.namespace === 'kube-node-lease') this.arm(l.metadata.name!);
    });
    this.nodes.onEvent((type, n) => {
      if (type === 'ADDED') this.arm(n.metadata.name!);
    });
    deps.clock.on('node-health', (name) => this.check(name));
  }

  /** The last time the node showed it was alive: its Lease renewal or its Ready heartbeat. */
  private lastSeen(name: string): number | undefined {
    const node = this.nodes.get(name);
    if (!node) return undefined;
    const renew = this.leases.get(`kube-node-lease/${name}`)?.spec?.renewTime;
    const beat = node.status?.conditions?.find((c) => c.type === 'Ready')?.lastHeartbeatTime;
    const created = node.metadata.creationTimestamp;
    const times = [renew, beat, created].filter((t): t is string => !!t).map(fromRFC3339);
    return times.length ? Math.max(...times) : this.deps.clock.now();
  }

  private arm(name: string): void {
    const last = this.lastSeen(name);
    if (last === undefined) return;
    const at = last + NODE_MONITOR_GRACE_MS;
    const pending = this.due.get(name);
    if (pending !== undefined && pending <= at) return; // the pending check re-arms itself
    this.due.set(name, at);
    this.deps.clock.after(Math.max(1, at - this.deps.clock.now()), 'node-health', name);
  }

  private check(name: string): void {
    if (this.due.get(name) !== undefined && this.due.get(name)! > this.deps.clock.now()) return; // superseded
    this.due.delete(name);
    const last = this.lastSeen(name);
    if (last === undefined) return;
    if (this.deps.clock.now() - last < NODE_MONITOR_GRACE_MS) return this.arm(name);
    const node = this.nodes.get(name)!;
    const conditions = node.status?.conditions ?? [];
    if (conditions.find((c) => c.type === 'Ready')?.status === 'Unknown') return; // already marked
    const now = toRFC3339(this.deps.clock.now());
    const next: NodeCondition[] = conditions.map((c) =>
      c.status === 'Unknown' ? c : { ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: now },
    );
    try {
      this.deps.api.updateStatus(R.nodes, undefined, { ...node, status: { ...node.status, conditions: next } });
    } catch {
      this.deps.clock.after(500, 'node-health', name);
      return;
    }
    this.deps.record(node, 'Normal', 'NodeNotReady', `Node ${name} status is now: NodeNotReady`, SOURCE);
    this.markPodsNotReady(name, now);
  }

  private markPodsNotReady(nodeName: string, now: string): void {
    for (const pod of this.pods.byIndex('nodeName', nodeName)) {
      const conds = pod.status?.conditions ?? [];
      const ready = conds.find((c) => c.type === 'Ready');
      if (!ready || ready.status === 'False') continue;
      const next = conds.map((c) => (c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: now } : c));
      try {
        this.deps.api.updateStatus(R.pods, pod.metadata.namespace, { ...pod, status: { ...pod.status, conditions: next } });
        this.deps.record(pod, 'Warning', 'NodeNotReady', 'Node is not ready', SOURCE);
      } catch {
        // the pod is gone or changed: its next status write comes from its kubelet
      }
    }
  }
}
