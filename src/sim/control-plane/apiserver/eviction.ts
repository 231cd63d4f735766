// The pods/eviction subresource: a delete that respects PodDisruptionBudgets (what `kubectl drain`
// calls). mirrors pkg/registry/core/pod/storage/eviction.go
import type { DeleteOptions } from '../../api/client';
import type { KubeObject } from '../../api/types';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { StatusError } from '../../api/status';
import { selectorFromLabelSelector } from '../../api/labels';
import type { Store } from '../etcd/store';
import { R } from '../../api/resources';
import { storeKey } from './resolve';

export const PDB_KEY = storeKey(R.poddisruptionbudgets);

interface Pdb {
  metadata: KubeObject['metadata'];
  spec?: { selector?: LabelSelector };
  status?: { disruptionsAllowed?: number; currentHealthy?: number; desiredHealthy?: number; disruptedPods?: Record<string, string> };
}

/** Pending, finished and already-deleting pods are deleted without asking the budgets (canIgnorePDB). */
function canIgnoreBudgets(pod: KubeObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return Boolean(pod.metadata.deletionTimestamp) || phase === 'Pending' || phase === 'Succeeded' || phase === 'Failed';
}

/**
 * Decide whether `pod` may be evicted. Returns the budget to charge (with disruptionsAllowed
 * already decremented), undefined when no budget applies; throws 429 when a budget forbids it.
 */
export function checkBudgets(store: Store, pod: KubeObject, nowRFC3339: string): KubeObject | undefined {
  if (canIgnoreBudgets(pod)) return undefined;
  const pdbs = (store.list(PDB_KEY, pod.metadata.namespace) as unknown as Pdb[]).filter((p) => {
    const sel = p.spec?.selector;
    // an empty selector matches nothing for PDBs in policy/v1beta1 but everything in v1
    return sel !== undefined && selectorFromLabelSelector(sel)(pod.metadata.labels);
  });
  if (pdbs.length === 0) return undefined;
  if (pdbs.length > 1) {
    throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 500, reason: 'InternalError', message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.' });
  }
  const pdb = pdbs[0];
  const st = pdb.status ?? {};
  if ((st.disruptionsAllowed ?? 0) <= 0) {
    throw new StatusError({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      code: 429,
      reason: 'TooManyRequests',
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      details: { causes: [{ reason: 'DisruptionBudget', message: `The disruption budget ${pdb.metadata.name} needs ${st.desiredHealthy ?? 0} healthy pods and has ${st.currentHealthy ?? 0} currently` }] },
    });
  }
  const charged = structuredClone(pdb) as Pdb;
  charged.status = { ...st, disruptionsAllowed: (st.disruptionsAllowed ?? 0) - 1, disruptedPods: { ...st.disruptedPods, [pod.metadata.name!]: nowRFC3339 } };
  return charged as unknown as KubeObject;
}

/** The body the api-server answers a successful eviction with. */
export function evictionSucceeded(): KubeObject {
  return { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Success', code: 201 } as unknown as KubeObject;
}

/** An Eviction body (policy/v1) posted to the pods endpoint: its name and delete options. */
export function asEviction(obj: KubeObject): { name: string; deleteOptions: DeleteOptions } | undefined {
  if (obj.kind !== 'Eviction' || !String(obj.apiVersion).startsWith('policy/')) return undefined;
  return { name: obj.metadata?.name ?? '', deleteOptions: (obj.deleteOptions as DeleteOptions | undefined) ?? {} };
}
