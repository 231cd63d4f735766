// What a DELETE does to one object: remove it now, or only mark it (deletionTimestamp) because it
// is a pod that terminates gracefully or because finalizers must run first.
// mirrors staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go (BeforeDelete),
// pkg/registry/core/pod/strategy.go (CheckGracefulDelete) and
// staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go (deletion finalizers)
import type { DeleteOptions } from '../../api/client';
import type { KubeObject } from '../../api/types';
import { toRFC3339 } from '../../clock';
import { mutableMeta } from '../../api/meta';

export const FOREGROUND_FINALIZER = 'foregroundDeletion';
export const ORPHAN_FINALIZER = 'orphan';

export type DeletePlan = { action: 'remove' } | { action: 'mark'; object: KubeObject } | { action: 'unchanged' };

interface PodLike {
  spec?: { nodeName?: string; terminationGracePeriodSeconds?: number };
  status?: { phase?: string };
}

/** The grace period a delete gets: pods on a node terminate gracefully, everything else goes at once. */
export function gracePeriodFor(obj: KubeObject, opts: DeleteOptions): number {
  if (obj.kind !== 'Pod') return 0;
  const pod = obj as KubeObject & PodLike;
  let grace = opts.gracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
  if (grace < 0) grace = 1; // upstream: a negative period means "as soon as possible"
  if (!pod.spec?.nodeName) return 0; // never scheduled: nothing to stop
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return 0; // already terminated
  return grace;
}

/** Finalizers after applying the propagation policy (deletionFinalizersForGarbageCollection). */
export function finalizersFor(current: readonly string[], policy: DeleteOptions['propagationPolicy']): string[] {
  const f = [...current];
  const without = (name: string) => f.filter((x) => x !== name);
  if (policy === 'Foreground') return [...without(ORPHAN_FINALIZER).filter((x) => x !== FOREGROUND_FINALIZER), FOREGROUND_FINALIZER];
  if (policy === 'Orphan') return [...without(FOREGROUND_FINALIZER).filter((x) => x !== ORPHAN_FINALIZER), ORPHAN_FINALIZER];
  if (policy === 'Background') return without(ORPHAN_FINALIZER).filter((x) => x !== FOREGROUND_FINALIZER);
  return f;
}

/** Whether a marked object may now leave the store (ShouldDeleteDuringUpdate). */
export function readyToRemove(obj: KubeObject): boolean {
  const m = obj.metadata;
  if (!m.deletionTimestamp) return false;
  if ((m.finalizers ?? []).length > 0) return false;
  if (obj.kind === 'Namespace' && ((obj.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []).length > 0) return false;
  return (m.deletionGracePeriodSeconds ?? 0) === 0;
}

export function planDelete(obj: KubeObject, opts: DeleteOptions, nowMs: number): DeletePlan {
  const grace = gracePeriodFor(obj, opts);
  const finalizers = finalizersFor(obj.metadata.finalizers ?? [], opts.propagationPolicy);
  const m = obj.metadata;
  if (m.deletionTimestamp) {
    // Already being deleted: a shorter grace period brings the deadline forward; nothing else changes.
    const current = m.deletionGracePeriodSeconds ?? 0;
    if (grace >= current && sameList(finalizers, m.finalizers ?? [])) return { action: 'unchanged' };
    const next = markable(obj);
    setFinalizers(next, finalizers);
    if (grace < current) {
      mutableMeta(next).deletionGracePeriodSeconds = grace;
      mutableMeta(next).deletionTimestamp = toRFC3339(nowMs + grace * 1000);
    }
    return readyToRemove(next) ? { action: 'remove' } : { action: 'mark', object: next };
  }
  const nsFinalizers = obj.kind === 'Namespace' ? ((obj.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []) : [];
  if (finalizers.length === 0 && grace === 0 && nsFinalizers.length === 0) return { action: 'remove' };
  const next = markable(obj);
  setFinalizers(next, finalizers);
  mutableMeta(next).deletionTimestamp = toRFC3339(nowMs + grace * 1000);
  mutableMeta(next).deletionGracePeriodSeconds = grace;
  if (obj.kind === 'Namespace') next.status = { ...(next.status as object | undefined), phase: 'Terminating' };
  return { action: 'mark', object: next };
}

/** A copy to mark: only metadata (and a Namespace's status, replaced whole) change, so the rest is shared. */
function markable(obj: KubeObject): KubeObject {
  return { ...obj, metadata: { ...obj.metadata } };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function setFinalizers(obj: KubeObject, finalizers: string[]): void {
  if (finalizers.length) obj.metadata.finalizers = finalizers;
  else delete obj.metadata.finalizers;
}
