// The kubelet's heartbeats: its node Lease in kube-node-lease, renewed every 10 s (a quarter of
// leaseDurationSeconds 40), and stopping/starting a node's kubelet (a VM that goes down and comes
// back). mirrors staging/src/k8s.io/component-helpers/apimachinery/lease/controller.go and
// pkg/kubelet/nodelease (the Node as the Lease's owner)
import type { KubeObject } from '../../api/types';
import { R } from '../../api/resources';
import { toMicroTime } from '../../clock';
import type { Kubelets } from './kubelet';

export const LEASE_NAMESPACE = 'kube-node-lease';
export const LEASE_DURATION_SECONDS = 40;
/** renewIntervalFraction 0.25 of the lease duration */
export const LEASE_RENEW_MS = LEASE_DURATION_SECONDS * 250;

function leaseFor(node: KubeObject, now: number): KubeObject {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name: node.metadata.name,
      namespace: LEASE_NAMESPACE,
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.metadata.name!, uid: node.metadata.uid! }],
    },
    spec: { holderIdentity: node.metadata.name, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: toMicroTime(now) },
  };
}

/** Renews (or creates) the node's Lease and schedules the next renewal, unless the kubelet is stopped. */
export function renewLease(k: Kubelets, name: string): void {
  const st = k.nodes.get(name);
  if (!st || st.stopped) return;
  const { api, clock } = k.deps;
  const now = clock.now();
  try {
    const lease = api.get(R.leases, LEASE_NAMESPACE, name);
    api.update(R.leases, LEASE_NAMESPACE, { ...lease, spec: { ...(lease.spec as object), holderIdentity: name, renewTime: toMicroTime(now) } });
  } catch {
    try {
      api.create(R.leases, LEASE_NAMESPACE, leaseFor(api.get(R.nodes, undefined, name), now));
    } catch {
      return; // the node was deleted: no more renewals
    }
  }
  clock.after(LEASE_RENEW_MS, 'kubelet', `lease|${name}|${st.epoch}`);
}

/**
 * The node's VM stops: its kubelet posts nothing more (no Lease renewals, no status) and its
 * containers do nothing; the node-lifecycle controller notices after the grace period.
 */
export function stopKubelet(k: Kubelets, name: string): boolean {
  const st = k.nodes.get(name);
  if (!st || st.stopped) return false;
  st.stopped = true;
  st.epoch++;
  return true;
}

/**
 * The VM is back: the kubelet renews its Lease, reports Ready again (NodeReady) and syncs every pod
 * bound to the node afresh — terminating the ones deleted meanwhile, starting the others' containers
 * again (a reboot; restart counts are not carried over, a simplification).
 */
export function startKubelet(k: Kubelets, name: string): boolean {
  const st = k.nodes.get(name);
  if (!st || !st.stopped) return false;
  st.stopped = false;
  st.epoch++;
  const now = k.deps.clock.now();
  st.readySince = now;
  renewLease(k, name);
  k.reportNode(name);
  try {
    const node = k.deps.api.get(R.nodes, undefined, name);
    k.deps.record(node, 'Normal', 'NodeReady', `Node ${name} status is now: NodeReady`, { component: 'kubelet', host: name });
  } catch {
    // the node is gone
  }
  k.resyncNode(name);
  return true;
}
