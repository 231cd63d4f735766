// Node lifecycle: taints that follow a node's state, and its health from the kubelet's heartbeats.
// - TaintNodesByCondition: a cordoned node carries node.kubernetes.io/unschedulable:NoSchedule; a
//   node whose Ready condition is False / Unknown carries not-ready / unreachable as NoSchedule.
// - NoExecute tainting: the same not-ready / unreachable keys as NoExecute (with timeAdded), which
//   the taint-eviction controller (./taint-eviction.ts) acts on.
// - Health (./health.ts): Ready Unknown when the node's Lease is not renewed within the grace period.
// mirrors pkg/controller/nodelifecycle/node_lifecycle_controller.go (doNoScheduleTaintingPass,
// doNoExecuteTaintingPass, monitorNodeHealth)
import type { Node, Taint } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import { toRFC3339 } from '../../../clock';
import type { Informer, K } from '../informer';
import { WorkQueue } from '../queue';
import type { ControllerDeps } from '../manager';
import { NodeHealthMonitor } from './health';
import { TaintEvictionController } from './taint-eviction';

export const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };
export const NOT_READY_KEY = 'node.kubernetes.io/not-ready';
export const UNREACHABLE_KEY = 'node.kubernetes.io/unreachable';

const MANAGED: ReadonlyArray<Pick<Taint, 'key' | 'effect'>> = [
  UNSCHEDULABLE_TAINT,
  { key: NOT_READY_KEY, effect: 'NoSchedule' },
  { key: UNREACHABLE_KEY, effect: 'NoSchedule' },
  { key: NOT_READY_KEY, effect: 'NoExecute' },
  { key: UNREACHABLE_KEY, effect: 'NoExecute' },
];

const same = (a: Pick<Taint, 'key' | 'effect'>, b: Pick<Taint, 'key' | 'effect'>): boolean => a.key === b.key && a.effect === b.effect;

/** The taints the controller wants on a node, given its spec and Ready condition. */
export function wantedTaints(node: Node): Array<Pick<Taint, 'key' | 'effect'>> {
  const out: Array<Pick<Taint, 'key' | 'effect'>> = [];
  if (node.spec?.unschedulable === true) out.push(UNSCHEDULABLE_TAINT);
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status;
  const key = ready === 'False' ? NOT_READY_KEY : ready === 'Unknown' ? UNREACHABLE_KEY : undefined;
  // NoExecute first, as describe node usually lists them (the NoExecute pass runs first)
  if (key) out.push({ key, effect: 'NoExecute' }, { key, effect: 'NoSchedule' });
  return out;
}

export class NodeLifecycleController {
  private readonly nodes: Informer<K<Node>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.nodes = deps.informers.for<K<Node>>(R.nodes);
    this.queue = new WorkQueue(deps.clock, 'node-lifecycle', (key) => this.sync(key), 50);
    this.nodes.onEvent((type, n) => type !== 'DELETED' && this.queue.enqueue(n.metadata.name!));
    new NodeHealthMonitor(deps);
    new TaintEvictionController(deps);
  }

  private sync(name: string): void {
    const node = this.nodes.get(name);
    if (!node) return;
    const taints = node.spec?.taints ?? [];
    const want = wantedTaints(node);
    const kept = taints.filter((t) => !MANAGED.some((m) => same(m, t)) || want.some((w) => same(w, t)));
    const added = want.filter((w) => !taints.some((t) => same(w, t)));
    if (added.length === 0 && kept.length === taints.length) return;
    const now = toRFC3339(this.deps.clock.now());
    const next: Taint[] = [...kept, ...added.map((t) => (t.effect === 'NoExecute' ? { ...t, timeAdded: now } : { ...t }))];
    try {
      const spec = { ...node.spec };
      if (next.length) spec.taints = next;
      else delete spec.taints;
      this.deps.api.update(R.nodes, undefined, { ...node, spec });
    } catch {
      this.queue.enqueue(name, 500);
    }
  }
}
