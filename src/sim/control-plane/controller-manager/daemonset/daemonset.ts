// The DaemonSet controller: one pod per eligible node, pinned there with node affinity on
// metadata.name (the scheduler then binds it), rolled over one node at a time on template change.
// mirrors pkg/controller/daemon/daemon_controller.go (syncDaemonSet, podsShouldBeOnNode),
// update.go (rollingUpdate, maxUnavailable 1) and util/daemonset_util.go (AddOrUpdateDaemonPodTolerations)
import type { DaemonSet, DaemonSetStatus } from 'kubernetes-types/apps/v1';
import type { Node, Pod, Toleration } from 'kubernetes-types/core/v1';
import { R } from '../../../api/resources';
import type { Informer, K } from '../informer';
import { controllerUid, keyOf } from '../informer';
import { WorkQueue } from '../queue';
import { controllerRef, isPodActive, isPodAvailable, isPodReady, ownerRefFor } from '../pod-utils';
import type { ControllerDeps } from '../manager';
import { NodeAffinity, TaintToleration } from '../../scheduler/plugins/filters';
import { newNodeInfo } from '../../scheduler/node-info';
import { podTemplateHash } from '../deployment/util';

const SOURCE = { component: 'daemonset-controller' };
const HASH = 'controller-revision-hash';

const DAEMON_TOLERATIONS: Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

export class DaemonSetController {
  readonly daemonsets: Informer<K<DaemonSet>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly nodes: Informer<K<Node>>;
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.daemonsets = deps.informers.for<K<DaemonSet>>(R.daemonsets);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.nodes = deps.informers.for<K<Node>>(R.nodes);
    this.pods.addIndex('controller', controllerUid);
    this.queue = new WorkQueue(deps.clock, 'daemonset', (key) => this.sync(key), 20);
    this.daemonsets.onEvent((type, ds) => type !== 'DELETED' && this.queue.enqueue(keyOf(ds)));
    this.nodes.onEvent(() => {
      for (const ds of this.daemonsets.list()) this.queue.enqueue(keyOf(ds), 100);
    });
    this.pods.onEvent((_t, pod) => {
      const ref = controllerRef(pod);
      if (ref?.kind === 'DaemonSet') this.queue.enqueue(`${pod.metadata.namespace}/${ref.name}`);
    });
  }

  private template(ds: K<DaemonSet>, hash: string, node: string): K<Pod> {
    const t = structuredClone(ds.spec?.template ?? {});
    const spec = t.spec ?? { containers: [] };
    const tolerations = [...(spec.tolerations ?? [])];
    for (const d of DAEMON_TOLERATIONS) if (!tolerations.some((x) => x.key === d.key && x.effect === d.effect)) tolerations.push(d);
    spec.tolerations = tolerations;
    spec.affinity = {
      ...spec.affinity,
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }] } },
    };
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${ds.metadata.name}-`,
        namespace: ds.metadata.namespace,
        labels: { ...(t.metadata?.labels ?? {}), [HASH]: hash, 'pod-template-generation': String(ds.metadata.generation ?? 1) },
        ...(t.metadata?.annotations ? { annotations: t.metadata.annotations } : {}),
        ownerReferences: [ownerRefFor(ds)],
      },
      spec,
    };
  }

  /** nodeShouldRunDaemonPod: the node's taints and labels admit the daemon pod */
  private eligible(ds: K<DaemonSet>, node: K<Node>, probe: K<Pod>): boolean {
    const info = newNodeInfo(node, { milliCPU: 0, memory: 0, pods: 0 });
    const p = { pod: { ...probe, spec: { ...probe.spec!, affinity: ds.spec?.template?.spec?.affinity } }, resources: { milliCPU: 0, memory: 0, nonZero: { milliCPU: 0, memory: 0 } } };
    return TaintToleration.filter(p, info).length === 0 && NodeAffinity.filter(p, info).length === 0;
  }

  private sync(key: string): { requeueAfter?: number } | void {
    const ds = this.daemonsets.get(key);
    if (!ds || ds.metadata.deletionTimestamp) return;
    const { api, record, clock } = this.deps;
    const ns = ds.metadata.namespace!;
    const hash = podTemplateHash(ds.spec?.template);
    const pods = this.pods.byIndex('controller', ds.metadata.uid!).filter(isPodActive);
    const byNode = new Map<string, K<Pod>[]>();
    for (const p of pods) {
      const node = nodeOf(p);
      byNode.set(node, [...(byNode.get(node) ?? []), p]);
    }
    let desired = 0;
    let scheduled = 0;
    let misscheduled = 0;
    let outdatedToDelete: K<Pod> | undefined;
    let unavailable = 0;
    const minReady = ds.spec?.minReadySeconds ?? 0;
    for (const node of this.nodes.list()) {
      const name = node.metadata.name!;
      const here = byNode.get(name) ?? [];
      byNode.delete(name);
      const probe = this.template(ds, hash, name);
      if (!this.eligible(ds, node, probe)) {
        misscheduled += here.length;
        for (const p of here) this.deletePod(ds, p);
        continue;
      }
      desired++;
      if (here.length === 0) {
        try {
          const created = api.create(R.pods, ns, probe);
          record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
        } catch (e) {
          record(ds, 'Warning', 'FailedCreate', `Error creating: ${(e as Error).message}`, SOURCE);
        }
        continue;
      }
      scheduled++;
      for (const extra of here.slice(1)) this.deletePod(ds, extra);
      const p = here[0];
      if (!isPodAvailable(p, minReady, clock.now())) unavailable++;
      else if (p.metadata.labels?.[HASH] !== hash && !outdatedToDelete) outdatedToDelete = p;
    }
    for (const orphaned of byNode.values()) for (const p of orphaned) this.deletePod(ds, p); // nodes gone
    // RollingUpdate with maxUnavailable 1: replace one outdated pod while all others are available
    if (outdatedToDelete && unavailable === 0 && (ds.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') this.deletePod(ds, outdatedToDelete);
    const status: DaemonSetStatus = {
      currentNumberScheduled: scheduled,
      desiredNumberScheduled: desired,
      numberMisscheduled: misscheduled,
      numberReady: pods.filter(isPodReady).length,
      numberAvailable: pods.filter((p) => isPodAvailable(p, minReady, clock.now())).length,
      updatedNumberScheduled: pods.filter((p) => p.metadata.labels?.[HASH] === hash).length,
      observedGeneration: ds.metadata.generation ?? 1,
    };
    const unavail = desired - (status.numberAvailable ?? 0);
    if (unavail > 0) status.numberUnavailable = unavail;
    try {
      api.updateStatus(R.daemonsets, ns, { ...ds, status });
    } catch {
      return { requeueAfter: 200 };
    }
  }

  private deletePod(ds: K<DaemonSet>, p: K<Pod>): void {
    try {
      this.deps.api.delete(R.pods, p.metadata.namespace, p.metadata.name!);
      this.deps.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE);
    } catch {
      // already gone
    }
  }
}

function nodeOf(p: Pod): string {
  if (p.spec?.nodeName) return p.spec.nodeName;
  const terms = p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return terms[0]?.matchFields?.find((f) => f.key === 'metadata.name')?.values?.[0] ?? '';
}
