// The disruption controller: keeps each PodDisruptionBudget's status current — how many of its
// pods are healthy, how many must be, and so how many evictions are allowed now. The eviction
// subresource (../../apiserver/eviction.ts) reads disruptionsAllowed and charges it.
// mirrors pkg/controller/disruption/disruption.go (trySync, getExpectedPodCount, countHealthyPods,
// updatePdbStatus, buildDisruptedPodMap)
import type { Pod } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../../api/types';
import { R } from '../../../api/resources';
import { selectorFromLabelSelector } from '../../../api/labels';
import { fromRFC3339 } from '../../../clock';
import type { Informer, K } from '../informer';
import { keyOf, namespaceIndex } from '../informer';
import { WorkQueue } from '../queue';
import { controllerRef, isPodReady } from '../pod-utils';
import type { ControllerDeps } from '../manager';

type IntOrString = number | string;
interface Pdb extends KubeObject {
  spec?: { selector?: LabelSelector; minAvailable?: IntOrString; maxUnavailable?: IntOrString };
  status?: PdbStatus;
}
interface PdbStatus {
  observedGeneration?: number;
  disruptedPods?: Record<string, string>;
  disruptionsAllowed: number;
  currentHealthy: number;
  desiredHealthy: number;
  expectedPods: number;
  conditions?: Array<Record<string, unknown>>;
}

/** an evicted pod the budget still counts as disrupted until it is gone, or for at most 2 minutes */
const DELETION_TIMEOUT_MS = 2 * 60_000;

/** intstr.GetScaledValueFromIntOrPercent */
function scaled(v: IntOrString, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  const pct = Number.parseInt(v.replace('%', ''), 10);
  return roundUp ? Math.ceil((pct * total) / 100) : Math.floor((pct * total) / 100);
}

export class DisruptionController {
  private readonly pdbs: Informer<K<Pdb>>;
  private readonly pods: Informer<K<Pod>>;
  private readonly queue: WorkQueue;

  constructor(
    private readonly deps: ControllerDeps,
    /** a pod's controller, for the expected scale of percentage budgets */
    private readonly lookup: (kind: string, namespace: string, name: string) => KubeObject | undefined,
  ) {
    this.pdbs = deps.informers.for<K<Pdb>>(R.poddisruptionbudgets);
    this.pods = deps.informers.for<K<Pod>>(R.pods);
    this.pdbs.addIndex('namespace', namespaceIndex);
    this.pods.addIndex('namespace', namespaceIndex);
    this.queue = new WorkQueue(deps.clock, 'disruption', (key) => this.sync(key), 10);
    this.pdbs.onEvent((_t, pdb) => this.queue.enqueue(keyOf(pdb)));
    this.pods.onEvent((_t, pod) => {
      for (const pdb of this.pdbs.byIndex('namespace', pod.metadata.namespace ?? '')) if (this.selects(pdb, pod)) this.queue.enqueue(keyOf(pdb));
    });
  }

  private selects(pdb: Pdb, pod: K<Pod>): boolean {
    const sel = pdb.spec?.selector;
    return sel !== undefined && selectorFromLabelSelector(sel)(pod.metadata.labels);
  }

  /** getExpectedPodCount: the pods themselves for an integer minAvailable, else their controllers' scale */
  private expected(pdb: Pdb, pods: Array<K<Pod>>): { expected: number; desired: number } {
    const { minAvailable, maxUnavailable } = pdb.spec ?? {};
    if (maxUnavailable === undefined && typeof minAvailable === 'number') return { expected: pods.length, desired: minAvailable };
    const seen = new Set<string>();
    let expected = 0;
    for (const pod of pods) {
      const ref = controllerRef(pod);
      if (!ref) {
        expected += 1; // upstream refuses unmanaged pods for percentages; the simulator counts them as one each
        continue;
      }
      if (seen.has(ref.uid)) continue;
      seen.add(ref.uid);
      const owner = this.lookup(ref.kind, pod.metadata.namespace ?? '', ref.name);
      expected += (owner?.spec as { replicas?: number } | undefined)?.replicas ?? 1;
    }
    if (maxUnavailable !== undefined) return { expected, desired: Math.max(0, expected - scaled(maxUnavailable, expected, true)) };
    return { expected, desired: scaled(minAvailable ?? 0, expected, true) };
  }

  private sync(key: string): { requeueAfter?: number } | void {
    const pdb = this.pdbs.get(key);
    if (!pdb || pdb.metadata.deletionTimestamp) return;
    const { clock, api } = this.deps;
    const now = clock.now();
    const pods = this.pods.byIndex('namespace', pdb.metadata.namespace ?? '').filter((p) => this.selects(pdb, p));
    // buildDisruptedPodMap: evictions not yet visible as a deleting pod still count as disruptions
    const disrupted: Record<string, string> = {};
    let recheck: number | undefined;
    for (const [name, at] of Object.entries(pdb.status?.disruptedPods ?? {})) {
      const pod = pods.find((p) => p.metadata.name === name);
      if (!pod || pod.metadata.deletionTimestamp) continue;
      const expires = fromRFC3339(at) + DELETION_TIMEOUT_MS;
      if (expires <= now) continue;
      disrupted[name] = at;
      recheck = Math.min(recheck ?? Infinity, expires - now);
    }
    const healthy = pods.filter((p) => !p.metadata.deletionTimestamp && !disrupted[p.metadata.name ?? ''] && isPodReady(p)).length;
    const { expected, desired } = this.expected(pdb, pods);
    const allowed = Math.max(0, healthy - desired);
    const old = pdb.status;
    const cond = (old?.conditions ?? []).find((c) => c.type === 'DisruptionAllowed');
    const condStatus = allowed > 0 ? 'True' : 'False';
    const condition = {
      type: 'DisruptionAllowed',
      status: condStatus,
      reason: allowed > 0 ? 'SufficientPods' : 'InsufficientPods',
      message: '',
      observedGeneration: pdb.metadata.generation,
      lastTransitionTime: cond?.status === condStatus ? cond.lastTransitionTime : clock.nowRFC3339(),
    };
    const status: PdbStatus = {
      observedGeneration: pdb.metadata.generation,
      ...(Object.keys(disrupted).length ? { disruptedPods: disrupted } : {}),
      disruptionsAllowed: allowed,
      currentHealthy: healthy,
      desiredHealthy: desired,
      expectedPods: expected,
      conditions: [condition],
    };
    if (JSON.stringify(status) !== JSON.stringify(old)) {
      try {
        api.updateStatus(R.poddisruptionbudgets, pdb.metadata.namespace, { ...pdb, status } as KubeObject);
      } catch {
        return { requeueAfter: 1000 }; // an eviction charged the budget meanwhile: recount
      }
    }
    if (recheck !== undefined) return { requeueAfter: recheck };
  }
}
