// Node lifecycle (TaintNodesByCondition): a cordoned node (spec.unschedulable) carries the
// node.kubernetes.io/unschedulable:NoSchedule taint, and loses it when uncordoned.
// mirrors pkg/controller/nodelifecycle/node_lifecycle_controller.go (doNoScheduleTaintingPass)
import type { Node, Taint } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import type { Informer, K } from '../informer';
import { WorkQueue } from '../queue';
import type { ControllerDeps } from '../manager';

export const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export class NodeLifecycleController {
  private readonly nodes: Informer<K<Node>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.nodes = deps.informers.for<K<Node>>(R.nodes);
    this.queue = new WorkQueue(deps.clock, 'node-lifecycle', (key) => this.sync(key), 50);
    this.nodes.onEvent((type, n) => type !== 'DELETED' && this.queue.enqueue(n.metadata.name!));
  }

  private sync(name: string): void {
    const node = this.nodes.get(name);
    if (!node) return;
    const taints = node.spec?.taints ?? [];
    const has = taints.some((t) => t.key === UNSCHEDULABLE_TAINT.key && t.effect === UNSCHEDULABLE_TAINT.effect);
    const want = node.spec?.unschedulable === true;
    if (has === want) return;
    const next = want ? [...taints, UNSCHEDULABLE_TAINT] : taints.filter((t) => !(t.key === UNSCHEDULABLE_TAINT.key && t.effect === UNSCHEDULABLE_TAINT.effect));
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
