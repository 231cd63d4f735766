// A node pool's VM scale set instances as real simulator Nodes: an instance is created (its kubelet
// registers after a boot delay), cordoned and drained through the eviction API (PodDisruptionBudgets
// apply, as `kubectl drain` and AKS's drain do), reimaged to another version (Node gone, then back
// with the same name) or deleted. Delays are virtual time on the Clock.
import type { Pod } from 'kubernetes-types/core/v1';
import { R } from '../api/resources';
import type { KubeObject } from '../api/types';
import type { Clock, Rng } from '../clock';
import type { ApiServer } from '../control-plane/apiserver/apiserver';
import type { RecordEvent } from '../control-plane/controller-manager/events';
import type { Kubelets } from '../node/kubelet/kubelet';
import { stopKubelet } from '../node/kubelet/heartbeat';
import { poolNodes, type PoolOptions } from '../node/aks-pool';

/** creating → Running (Ready); reimaging/deleting while the VM is down */
export type InstanceState = 'creating' | 'running' | 'draining' | 'reimaging' | 'deleting';

export interface Instance {
  name: string;
  /** the VMSS instance id (vmss<6 base-36>) */
  id: number;
  state: InstanceState;
  /** v1.32.6 */
  version: string;
  nodeImageVersion: string;
  surge?: boolean;
}

/** VM boot + kubelet registration, and a reimage, in virtual ms (AKS takes minutes; kept short) */
export const CREATE_MS = 75_000;
export const REIMAGE_MS = 90_000;
export const DELETE_MS = 30_000;

export interface VmssDeps {
  api: ApiServer;
  clock: Clock;
  rng: Rng;
  kubelets: Kubelets;
  record: RecordEvent;
}

export const AKS_SOURCE = { component: 'aks-upgrade' } as const;

/** the kubelet's NodeConfig for instance `id` of a pool (names as ../node/aks-pool.ts makes them) */
export function instanceConfig(d: VmssDeps, o: PoolOptions, id: number, version: string, nodeIndex: number, image: string) {
  const [cfg] = poolNodes(d.rng, { ...o, count: id + 1, firstIndex: nodeIndex - id }).slice(id);
  cfg.kubeletVersion = `v${version}`;
  cfg.labels['kubernetes.azure.com/node-image-version'] = image;
  return cfg;
}

export function nodeOf(d: VmssDeps, name: string): KubeObject | undefined {
  try {
    return d.api.get(R.nodes, undefined, name);
  } catch {
    return undefined;
  }
}

export function event(d: VmssDeps, name: string, type: 'Normal' | 'Warning', reason: string, message: string): void {
  const node = nodeOf(d, name);
  if (node) d.record(node, type, reason, message, AKS_SOURCE);
}

export function cordon(d: VmssDeps, name: string, on = true): void {
  const node = nodeOf(d, name);
  if (!node) return;
  const spec = { ...(node.spec as object), unschedulable: on ? true : undefined };
  d.api.update(R.nodes, undefined, { ...node, spec });
}

function podsOn(d: VmssDeps, name: string): Pod[] {
  return d.api.list(R.pods, undefined, { fieldSelector: `spec.nodeName=${name}` }).items as unknown as Pod[];
}

const isDaemon = (p: Pod) => p.metadata?.ownerReferences?.some((o) => o.kind === 'DaemonSet') ?? false;
const isDone = (p: Pod) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';

export interface DrainStep {
  /** pods still on the node (not DaemonSet-owned, not finished) */
  left: number;
  /** the first eviction refused by a budget: pod and message */
  blocked?: { pod: string; namespace: string; message: string };
}

/** one pass of a drain: evict every pod not already terminating; DaemonSet pods stay (as --ignore-daemonsets) */
export function drainStep(d: VmssDeps, name: string): DrainStep {
  let left = 0;
  let blocked: DrainStep['blocked'];
  for (const p of podsOn(d, name)) {
    if (isDaemon(p) || isDone(p)) continue;
    left++;
    if (p.metadata?.deletionTimestamp) continue;
    try {
      d.api.evict(p.metadata!.namespace!, p.metadata!.name!);
    } catch (e) {
      const message = (e as { message?: string }).message ?? String(e);
      blocked ??= { pod: p.metadata!.name!, namespace: p.metadata!.namespace!, message };
    }
  }
  return { left, blocked };
}

/** the VM goes down: its kubelet stops and the pods left on it (DaemonSet ones) are removed */
export function stopVm(d: VmssDeps, name: string): void {
  stopKubelet(d.kubelets, name);
  for (const p of podsOn(d, name)) {
    try {
      d.api.delete(R.pods, p.metadata!.namespace!, p.metadata!.name!, { gracePeriodSeconds: 0 });
    } catch {
      // already gone
    }
  }
}

/** the VM and its Node go */
export function removeNode(d: VmssDeps, name: string): void {
  stopVm(d, name);
  try {
    d.api.delete(R.nodes, undefined, name);
  } catch {
    // already gone
  }
  d.kubelets.nodes.delete(name);
}
