// The taint-eviction controller: pods on a node with NoExecute taints are deleted — at once if they
// do not tolerate every such taint, else when the shortest tolerationSeconds of the matching
// tolerations has passed since the taint's timeAdded (the DefaultTolerationSeconds admission gives
// every pod 300 s for not-ready and unreachable). A DisruptionTarget condition goes first, as in
// 1.32. Deleted pods are recreated elsewhere by their controllers.
// mirrors pkg/controller/tainteviction/taint_eviction.go (processPodOnNode, getMinTolerationTime)
import type { Node, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import { fromRFC3339, toRFC3339 } from '../../../clock';
import type { Informer, K } from '../informer';
import type { ControllerDeps } from '../manager';

const SOURCE = { component: 'taint-eviction-controller' };

function matches(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (!t.key) return t.operator === 'Exists';
  if (t.key !== taint.key) return false;
  return t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '');
}

/**
 * When a pod must go, in ms since the epoch: `now` if some NoExecute taint is not tolerated,
 * undefined if it tolerates them all forever.
 */
export function evictionTime(pod: Pod, taints: readonly Taint[], now: number): number | undefined {
  const noExecute = taints.filter((t) => t.effect === 'NoExecute');
  if (noExecute.length === 0) return undefined;
  let at: number | undefined;
  for (const taint of noExecute) {
    const used = (pod.spec?.tolerations ?? []).filter((t) => matches(t, taint));
    if (used.length === 0) return now;
    // a matching toleration without tolerationSeconds tolerates the taint forever
    if (used.some((t) => t.tolerationSeconds === undefined || t.tolerationSeconds === null)) continue;
    const seconds = Math.max(0, Math.min(...used.map((t) => t.tolerationSeconds!)));
    const added = taint.timeAdded ? fromRFC3339(taint.timeAdded) : now;
    const when = added + seconds * 1000;
    at = at === undefined ? when : Math.min(at, when);
  }
  return at;
}

export class TaintEvictionController {
  private readonly nodes: Informer<K<Node>>;
  private readonly pods: Informer<K<Pod>>;

  constructor(private readonly deps: ControllerDeps) {
    this.nodes = deps.informers.for<K<Node>>(R.nodes);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pods.addIndex('nodeName', (p) => (p.spec?.nodeName ? [p.spec.nodeName] : []));
    this.nodes.onEvent((type, node, old) => {
      if (type === 'DELETED' || !noExecuteChanged(node, old)) return;
      for (const pod of this.pods.byIndex('nodeName', node.metadata.name!)) this.process(pod);
    });
    this.pods.onEvent((type, pod, old) => {
      if (type === 'DELETED' || !pod.spec?.nodeName) return;
      if (old && old.spec?.nodeName === pod.spec.nodeName && old.spec?.tolerations === pod.spec.tolerations) return;
      this.process(pod);
    });
    deps.clock.on('taint-eviction', (key) => {
      const pod = this.pods.get(key.slice(0, key.lastIndexOf('|')));
      if (pod && pod.metadata.uid === key.slice(key.lastIndexOf('|') + 1)) this.process(pod);
    });
  }

  private process(pod: K<Pod>): void {
    if (pod.metadata.deletionTimestamp) return;
    const node = this.nodes.get(pod.spec!.nodeName!);
    if (!node) return;
    const now = this.deps.clock.now();
    const at = evictionTime(pod, node.spec?.taints ?? [], now);
    if (at === undefined) return;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}|${pod.metadata.uid}`;
    if (at > now) return void this.deps.clock.after(at - now, 'taint-eviction', key);
    this.evict(pod);
  }

  private evict(pod: K<Pod>): void {
    const { api, record, clock } = this.deps;
    const ns = pod.metadata.namespace!;
    record(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${ns}/${pod.metadata.name}`, SOURCE);
    try {
      const conditions = (pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget');
      conditions.push({ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint', lastTransitionTime: toRFC3339(clock.now()) });
      api.updateStatus(R.pods, ns, { ...pod, status: { ...pod.status, conditions } });
      api.delete(R.pods, ns, pod.metadata.name!);
    } catch {
      // gone already, or changed: a later event processes it again
    }
  }
}

function noExecuteChanged(node: Node, old: Node | undefined): boolean {
  const a = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
  const b = (old?.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
  return a.length !== b.length || a.some((t, i) => t.key !== b[i].key || t.value !== b[i].value || t.timeAdded !== b[i].timeAdded);
}
