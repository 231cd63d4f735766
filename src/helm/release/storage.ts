// Releases as Secrets, the way Helm's default storage driver keeps them (pkg/storage/driver/
// secrets.go, pkg/storage/storage.go): one Secret per revision named sh.helm.release.v1.NAME.vN, of
// type helm.sh/release.v1, labelled owner=helm, name, status, version and createdAt/modifiedAt.
import type { KubeClient } from '../../sim/api/client';
import type { KubeObject } from '../../sim/api/types';
import { R } from '../../sim/api/resources';
import { isStatusError } from '../../sim/api/status';
import { decodeRelease, encodeRelease } from './codec';
import type { Release } from './types';

const SYSTEM_LABELS = ['name', 'owner', 'status', 'version', 'createdAt', 'modifiedAt'];

export function releaseKey(name: string, version: number): string {
  return `sh.helm.release.v1.${name}.v${version}`;
}

/** Helm's errors, worded as the helm CLI prints them after "Error: " */
export class HelmError extends Error {}
export const errReleaseNotFound = () => new HelmError('release: not found');

export class ReleaseStorage {
  constructor(
    private readonly client: KubeClient,
    /** undefined = every namespace (helm list -A) */
    private readonly namespace: string | undefined,
    /** virtual epoch ms */
    private readonly now: () => number,
  ) {}

  private async secret(rel: Release, stampLabel: 'createdAt' | 'modifiedAt'): Promise<KubeObject> {
    const custom = Object.fromEntries(Object.entries(rel.labels ?? {}).filter(([k]) => !SYSTEM_LABELS.includes(k)));
    const labels = { ...custom, [stampLabel]: String(Math.floor(this.now() / 1000)), name: rel.name, owner: 'helm', status: rel.info.status ?? 'unknown', version: String(rel.version) };
    const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)));
    const release = btoa(await encodeRelease(rel)); // Secret data is base64 of the bytes
    return { apiVersion: 'v1', kind: 'Secret', metadata: { name: releaseKey(rel.name, rel.version), namespace: rel.namespace, labels: sorted }, type: 'helm.sh/release.v1', data: { release } } as KubeObject;
  }

  async create(rel: Release): Promise<void> {
    try {
      await this.client.create(R.secrets, rel.namespace, await this.secret(rel, 'createdAt'));
    } catch (e) {
      if (isStatusError(e) && e.code === 409) throw new HelmError('release: already exists');
      throw e;
    }
  }

  async update(rel: Release): Promise<void> {
    const obj = await this.secret(rel, 'modifiedAt');
    const current = await this.client.get(R.secrets, rel.namespace, obj.metadata.name!);
    await this.client.update(R.secrets, rel.namespace, { ...obj, metadata: { ...obj.metadata, resourceVersion: current.metadata.resourceVersion } });
  }

  async delete(rel: Release): Promise<void> {
    await this.client.delete(R.secrets, rel.namespace, releaseKey(rel.name, rel.version));
  }

  /** every revision of every release matching the labels, decoded (undecodable records skipped, as Helm does) */
  async query(labels: Record<string, string>): Promise<Release[]> {
    const selector = Object.entries({ owner: 'helm', ...labels }).map(([k, v]) => `${k}=${v}`).join(',');
    const list = await this.client.list(R.secrets, this.namespace, { labelSelector: selector });
    const out: Release[] = [];
    for (const item of list.items) {
      const data = (item as { data?: Record<string, string> }).data?.release;
      if (!data) continue;
      try {
        const rel = await decodeRelease(atob(data));
        rel.labels = item.metadata.labels ?? {};
        out.push(rel);
      } catch {
        // pkg/storage/driver: "list failed to decode release" is only logged
      }
    }
    return out;
  }

  /** a release's revisions, oldest first */
  async history(name: string): Promise<Release[]> {
    return (await this.query({ name })).sort((a, b) => a.version - b.version);
  }

  async get(name: string, version: number): Promise<Release> {
    const ns = this.namespace ?? 'default';
    try {
      const s = await this.client.get(R.secrets, ns, releaseKey(name, version));
      const rel = await decodeRelease(atob((s as { data?: Record<string, string> }).data?.release ?? ''));
      rel.labels = s.metadata.labels ?? {};
      return rel;
    } catch (e) {
      if (isStatusError(e) && e.code === 404) throw errReleaseNotFound();
      throw e;
    }
  }

  /** the newest revision (pkg/storage Last); throws release: not found */
  async last(name: string): Promise<Release> {
    const h = await this.history(name);
    if (!h.length) throw errReleaseNotFound();
    return h[h.length - 1]!;
  }

  /** the deployed revision, if any (pkg/storage Deployed) */
  async deployed(name: string): Promise<Release | undefined> {
    const h = (await this.history(name)).filter((r) => r.info.status === 'deployed');
    return h[h.length - 1];
  }
}
