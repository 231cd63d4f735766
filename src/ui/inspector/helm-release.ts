// The Helm release an object belongs to, read from the cluster mirror the way helm reads it: the
// release Secrets (owner=helm, name=<release>) in the release's namespace, newest revision last.
// The manifest of a revision is decoded on demand (src/helm/release/codec.ts).
import type { KubeObject } from '../../sim/api/types';
import { decodeRelease } from '../../helm/release/codec';
import type { Release } from '../../helm/release/types';

export interface RevisionRef {
  version: number;
  status: string;
  secret: KubeObject;
}

export interface ReleaseRef {
  name: string;
  namespace: string;
  revisions: RevisionRef[];
}

/** the release an object belongs to: Helm's annotations, or the labels of a release Secret */
export function releaseOf(o: KubeObject): { name: string; namespace: string } | undefined {
  const a = o.metadata.annotations;
  if (a?.['meta.helm.sh/release-name']) return { name: a['meta.helm.sh/release-name'], namespace: a['meta.helm.sh/release-namespace'] ?? o.metadata.namespace ?? 'default' };
  const l = o.metadata.labels;
  if (o.kind === 'Secret' && l?.owner === 'helm' && l.name) return { name: l.name, namespace: o.metadata.namespace ?? 'default' };
  return undefined;
}

export function releaseRevisions(secrets: Map<string, KubeObject> | undefined, name: string, namespace: string): RevisionRef[] {
  const out: RevisionRef[] = [];
  for (const s of secrets?.values() ?? []) {
    const l = s.metadata.labels;
    if (s.metadata.namespace !== namespace || l?.owner !== 'helm' || l.name !== name) continue;
    out.push({ version: Number(l.version), status: l.status ?? '', secret: s });
  }
  return out.sort((a, b) => a.version - b.version);
}

export async function decodeRevision(secret: KubeObject): Promise<Release> {
  return decodeRelease(atob((secret as { data?: Record<string, string> }).data?.release ?? ''));
}

export interface DiffLine {
  op: ' ' | '+' | '-';
  text: string;
}

/** a line diff (longest common subsequence), unchanged runs kept to `context` lines around changes */
export function lineDiff(before: string, after: string, context = 3): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const all: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      all.push({ op: ' ', text: a[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) all.push({ op: '-', text: a[i++]! });
    else all.push({ op: '+', text: b[j++]! });
  }
  const near = all.map((_, k) => all.slice(Math.max(0, k - context), k + context + 1).some((l) => l.op !== ' '));
  return all.filter((_, k) => near[k]);
}
