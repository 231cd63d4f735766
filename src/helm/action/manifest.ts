// A release's manifest: the rendered documents, each under `# Source: chart/templates/x.yaml`,
// sorted in Helm's install order (./kinds.ts), and applied to the cluster
// as Helm 4 applies them: server-side apply with field manager "helm", Helm's ownership label and
// annotations (pkg/action/validate.go setMetadataVisitor), and whatever the old manifest had that
// the new one lacks deleted, in uninstall order.
import { parseAllDocuments } from 'yaml';
import type { KubeClient } from '../../sim/api/client';
import type { KubeObject } from '../../sim/api/types';
import { resourceForKind } from '../../sim/api/resources';
import { isStatusError } from '../../sim/api/status';
import { HelmError } from '../release/storage';
import { byKind } from './kinds';


export interface ManifestObject {
  /** the template it came from: mychart/templates/service.yaml */
  source: string;
  object: KubeObject;
}

/** the objects of a manifest, in the order they appear */
export function manifestObjects(manifest: string): ManifestObject[] {
  const out: ManifestObject[] = [];
  for (const chunk of manifest.split(/^---\s*$/m)) {
    const source = /^# Source: (.*)$/m.exec(chunk)?.[1] ?? '';
    for (const doc of parseAllDocuments(chunk)) {
      const object = doc.toJS() as KubeObject | null;
      if (object && typeof object === 'object' && object.kind) out.push({ source, object });
    }
  }
  return out;
}

/** install order; uninstall is its reverse (unknown kinds go last on install, first on uninstall) */
export function sortForInstall<T extends { object: KubeObject }>(items: T[]): T[] {
  return byKind(items, (x) => x.object.kind);
}

const identity = (o: KubeObject, ns: string) => `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ns}/${o.metadata?.name}`;

function infoFor(o: KubeObject) {
  const info = resourceForKind(o.apiVersion, o.kind);
  if (!info) throw new HelmError(`resource mapping not found for name: "${o.metadata?.name ?? ''}" namespace: "${o.metadata?.namespace ?? ''}" from "": no matches for kind "${o.kind}" in version "${o.apiVersion}"\nensure CRDs are installed first`);
  return info;
}

/** Helm's ownership metadata on an object it is about to apply */
export function withReleaseMetadata(o: KubeObject, release: string, namespace: string): KubeObject {
  const m = o.metadata ?? {};
  return {
    ...o,
    metadata: {
      ...m,
      labels: { ...(m.labels ?? {}), 'app.kubernetes.io/managed-by': 'Helm' },
      annotations: { ...(m.annotations ?? {}), 'meta.helm.sh/release-name': release, 'meta.helm.sh/release-namespace': namespace },
    },
  };
}

/** Apply `next` over what `prev` created; returns the objects applied. */
export async function applyManifest(client: KubeClient, release: string, namespace: string, prev: string, next: string): Promise<KubeObject[]> {
  const wanted = sortForInstall(manifestObjects(next));
  for (const { object } of wanted) infoFor(object); // every kind known before anything is written
  const applied: KubeObject[] = [];
  for (const { object } of wanted) {
    const info = infoFor(object);
    const ns = info.namespaced ? (object.metadata?.namespace ?? namespace) : undefined;
    const body = withReleaseMetadata(object, release, namespace);
    applied.push(await client.patch(info, ns, object.metadata.name!, 'apply', body, { fieldManager: 'helm', force: true }));
  }
  const keep = new Set(wanted.map(({ object }) => identity(object, namespace)));
  const stale = sortForInstall(manifestObjects(prev).filter(({ object }) => !keep.has(identity(object, namespace)))).reverse();
  await deleteObjects(client, namespace, stale.map((s) => s.object));
  return applied;
}

/** delete a release's objects (uninstall order), ignoring those already gone */
export async function deleteObjects(client: KubeClient, namespace: string, objects: KubeObject[]): Promise<void> {
  for (const o of objects) {
    const info = resourceForKind(o.apiVersion, o.kind);
    if (!info) continue;
    try {
      await client.delete(info, info.namespaced ? (o.metadata?.namespace ?? namespace) : undefined, o.metadata.name!, { propagationPolicy: 'Background' });
    } catch (e) {
      if (!(isStatusError(e) && e.code === 404)) throw e;
    }
  }
}
