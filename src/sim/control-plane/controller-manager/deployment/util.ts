// Deployment arithmetic and bookkeeping: surge/unavailable fenceposts, the new ReplicaSet's size,
// the pod-template-hash, revision annotations, completeness.
// mirrors pkg/controller/deployment/util/deployment_util.go and pod_util.go (ComputeHash)
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { NAME_ALPHABET } from '../../../api/names';

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const HASH_LABEL = 'pod-template-hash';

/** `25%` of `total`, rounded up (surge) or down (unavailable); a plain number as is. */
export function scaledValue(v: number | string | undefined, total: number, roundUp: boolean): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) {
    if (/^\d+$/.test(v)) return Number(v);
    throw new Error(`invalid value for IntOrString: invalid type: string is not a percentage`);
  }
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

/** ResolveFenceposts: [maxSurge, maxUnavailable]; both 0 makes maxUnavailable 1. */
export function resolveFenceposts(maxSurge: number | string | undefined, maxUnavailable: number | string | undefined, desired: number): [number, number] {
  const surge = scaledValue(maxSurge, desired, true);
  let unavailable = scaledValue(maxUnavailable, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

function isRolling(d: Deployment): boolean {
  return (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
}

export function maxSurge(d: Deployment): number {
  if (!isRolling(d)) return 0;
  const ru = d.spec?.strategy?.rollingUpdate;
  return resolveFenceposts(ru?.maxSurge ?? '25%', ru?.maxUnavailable ?? '25%', d.spec?.replicas ?? 1)[0];
}

export function maxUnavailable(d: Deployment): number {
  const replicas = d.spec?.replicas ?? 1;
  if (!isRolling(d) || replicas === 0) return 0;
  const ru = d.spec?.strategy?.rollingUpdate;
  const u = resolveFenceposts(ru?.maxSurge ?? '25%', ru?.maxUnavailable ?? '25%', replicas)[1];
  return Math.min(u, replicas);
}

export const specReplicas = (rs: ReplicaSet | undefined): number => rs?.spec?.replicas ?? 0;
export const sumSpec = (rss: ReplicaSet[]): number => rss.reduce((n, r) => n + specReplicas(r), 0);
export const sumStatus = (rss: ReplicaSet[], f: 'replicas' | 'readyReplicas' | 'availableReplicas'): number => rss.reduce((n, r) => n + (r.status?.[f] ?? 0), 0);

/**
 * NewRSNewReplicas for RollingUpdate: grow the new ReplicaSet up to replicas + maxSurge pods in all.
 * 10 replicas, maxSurge 3, all 10 in the old RS: the new RS starts at 3 (13 total).
 */
export function newRSNewReplicas(d: Deployment, all: ReplicaSet[], newRS: ReplicaSet): number {
  const replicas = d.spec?.replicas ?? 1;
  if (!isRolling(d)) return replicas;
  const total = sumSpec(all);
  const maxTotal = replicas + maxSurge(d);
  if (total >= maxTotal) return specReplicas(newRS);
  return specReplicas(newRS) + Math.min(maxTotal - total, replicas - specReplicas(newRS));
}

/** updated == replicas == status.replicas == available, and the newest generation was observed */
export function deploymentComplete(d: Deployment, st: NonNullable<Deployment['status']>): boolean {
  const replicas = d.spec?.replicas ?? 1;
  return (st.updatedReplicas ?? 0) === replicas && (st.replicas ?? 0) === replicas && (st.availableReplicas ?? 0) === replicas && (st.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
}

/** fnv-1a 32 */
function fnv32a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * ComputeHash: fnv32a over the template (here its canonical JSON; upstream hashes Go's printed
 * struct, so the letters differ from a real cluster's) and the collisionCount, then each decimal
 * digit mapped through rand.SafeEncodeString's alphabet: 7d4b9c8f5-style names.
 */
export function podTemplateHash(template: PodTemplateSpec | undefined, collisionCount?: number): string {
  let h = fnv32a(canonical(template ?? {}));
  if (collisionCount !== undefined) h = fnv32a(String(collisionCount), h);
  return [...String(h)].map((c) => NAME_ALPHABET[c.charCodeAt(0) % NAME_ALPHABET.length]).join('');
}

/** templates equal ignoring the pod-template-hash label (EqualIgnoreHash) */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  const strip = (t: PodTemplateSpec | undefined) => {
    const c = structuredClone(t ?? {});
    if (c.metadata?.labels) delete c.metadata.labels[HASH_LABEL];
    return canonical(c);
  };
  return strip(a) === strip(b);
}

export function revisionOf(o: { metadata?: { annotations?: Record<string, string> } } | undefined): number {
  const v = Number(o?.metadata?.annotations?.[REVISION] ?? '0');
  return Number.isFinite(v) ? v : 0;
}
