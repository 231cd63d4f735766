// Hiding the cluster's own workloads. AKS runs coredns, kube-proxy, konnectivity-agent, metrics-server
// and more in kube-system; `kubectl get pods` hides them (it shows one namespace), and so does the
// graph by default, so that a student's first Pod is not lost among twenty system pods.
import type { KubeObject } from '../../sim/api/types';
import type { ObjectsByKind } from './derive-cluster';

const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'gatekeeper-system', 'calico-system', 'tigera-operator']);

export function isSystemNamespace(ns: string | undefined): boolean {
  return !!ns && SYSTEM_NAMESPACES.has(ns);
}

// one filtered copy per source Map: the store replaces a kind's Map when it changes
const cache = new WeakMap<ReadonlyMap<string, KubeObject>, ReadonlyMap<string, KubeObject>>();

function withoutSystem(m: ReadonlyMap<string, KubeObject>): ReadonlyMap<string, KubeObject> {
  let out = cache.get(m);
  if (!out) {
    const kept = new Map<string, KubeObject>();
    for (const [k, o] of m) if (!isSystemNamespace(o.metadata.namespace)) kept.set(k, o);
    out = kept.size === m.size ? m : kept;
    cache.set(m, out);
  }
  return out;
}

/** The objects without those in system namespaces (Nodes, being cluster-scoped, all stay). */
export function hideSystem(objects: ObjectsByKind): ObjectsByKind {
  const out: Record<string, ReadonlyMap<string, KubeObject> | undefined> = {};
  for (const [kind, m] of Object.entries(objects)) out[kind] = m && kind !== 'Node' ? withoutSystem(m) : m;
  return out;
}
