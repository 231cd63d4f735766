// A small in-memory KubeClient for the CLI's unit tests: stores what it is given, stamps metadata
// like the api-server (uid, resourceVersion, creationTimestamp), throws the api-server's Status errors.
// Only equality label selectors (`a=b,c=d`). Tests that need controllers use createCluster().
import type { DeleteOptions, KubeClient, ListOptions, LogOptions, PatchType, Scale, WriteOptions } from '../../sim/api/client';
import { RESOURCES } from '../../sim/api/resources';
import { alreadyExists, notFound } from '../../sim/api/status';
import type { GroupVersionResource, KubeList, KubeObject } from '../../sim/api/types';
import { toRFC3339 } from '../../sim/clock';
import { mergeJson } from './merge-json';

export class FakeClient implements KubeClient {
  readonly store = new Map<string, KubeObject>();
  readonly logsByPod = new Map<string, string>();
  private rv = 1;
  private uid = 0;
  constructor(public now: () => number) {}

  private key(gvr: GroupVersionResource, ns: string | undefined, name: string): string {
    return `${gvr.group}/${gvr.resource}/${ns ?? ''}/${name}`;
  }

  private kindOf(gvr: GroupVersionResource) {
    return RESOURCES.find((r) => r.group === gvr.group && r.resource === gvr.resource)!;
  }

  /** Puts an object in place as-is (status included), as a controller would have left it. */
  seed(gvr: GroupVersionResource, obj: KubeObject): KubeObject {
    const stored = { ...obj, metadata: { creationTimestamp: toRFC3339(this.now()), uid: `uid-${++this.uid}`, ...obj.metadata, resourceVersion: String(++this.rv) } };
    this.store.set(this.key(gvr, obj.metadata.namespace, obj.metadata.name!), stored);
    return stored;
  }

  async create(gvr: GroupVersionResource, ns: string | undefined, obj: KubeObject, opts?: WriteOptions): Promise<KubeObject> {
    const k = this.key(gvr, ns, obj.metadata.name!);
    if (this.store.has(k)) throw alreadyExists(gvr, obj.metadata.name!);
    const created = { ...obj, metadata: { ...obj.metadata, namespace: ns, uid: `uid-${++this.uid}`, resourceVersion: String(++this.rv), creationTimestamp: toRFC3339(this.now()) } };
    if (opts?.dryRun !== 'All') this.store.set(k, created);
    return structuredClone(created);
  }

  async get(gvr: GroupVersionResource, ns: string | undefined, name: string): Promise<KubeObject> {
    const o = this.store.get(this.key(gvr, ns, name));
    if (!o) throw notFound(gvr, name);
    return structuredClone(o);
  }

  async list(gvr: GroupVersionResource, ns: string | undefined, opts?: ListOptions): Promise<KubeList> {
    const prefix = `${gvr.group}/${gvr.resource}/`;
    const wanted = (opts?.labelSelector ?? '').split(',').filter((s) => s !== '').map((s) => s.split('='));
    const items = [...this.store.entries()]
      .filter(([k, o]) => k.startsWith(prefix) && (ns === undefined || o.metadata.namespace === ns))
      .filter(([, o]) => wanted.every(([lk, lv]) => o.metadata.labels?.[lk] === lv))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, o]) => {
        const { apiVersion: _a, kind: _k, ...rest } = structuredClone(o);
        return rest as KubeObject;
      });
    const info = this.kindOf(gvr);
    return { apiVersion: gvr.group ? `${gvr.group}/${gvr.version}` : gvr.version, kind: info.listKind, metadata: { resourceVersion: String(this.rv) }, items };
  }

  watch(): () => void {
    return () => undefined;
  }

  async update(gvr: GroupVersionResource, ns: string | undefined, obj: KubeObject): Promise<KubeObject> {
    const k = this.key(gvr, ns, obj.metadata.name!);
    if (!this.store.has(k)) throw notFound(gvr, obj.metadata.name!);
    const updated = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(++this.rv) } };
    this.store.set(k, updated);
    return structuredClone(updated);
  }

  async updateStatus(gvr: GroupVersionResource, ns: string | undefined, obj: KubeObject): Promise<KubeObject> {
    return this.update(gvr, ns, obj);
  }

  async patch(gvr: GroupVersionResource, ns: string | undefined, name: string, _type: PatchType, patch: unknown, opts?: WriteOptions): Promise<KubeObject> {
    const k = this.key(gvr, ns, name);
    const current = this.store.get(k);
    if (!current) throw notFound(gvr, name);
    const merged = mergeJson(current, patch) as KubeObject;
    const changed = JSON.stringify(merged) !== JSON.stringify(current);
    const result = changed ? { ...merged, metadata: { ...merged.metadata, resourceVersion: String(++this.rv) } } : merged;
    if (opts?.dryRun !== 'All') this.store.set(k, result);
    return structuredClone(result);
  }

  async delete(gvr: GroupVersionResource, ns: string | undefined, name: string, _opts?: DeleteOptions): Promise<KubeObject> {
    const k = this.key(gvr, ns, name);
    const o = this.store.get(k);
    if (!o) throw notFound(gvr, name);
    this.store.delete(k);
    return o;
  }

  async getScale(): Promise<Scale> {
    throw new Error('not in the fake');
  }

  async updateScale(): Promise<Scale> {
    throw new Error('not in the fake');
  }

  async logs(ns: string, pod: string, opts?: LogOptions): Promise<string> {
    await this.get({ group: '', version: 'v1', resource: 'pods' }, ns, pod);
    const text = this.logsByPod.get(`${ns}/${pod}${opts?.container ? `/${opts.container}` : ''}`) ?? '';
    if (opts?.tailLines === undefined) return text;
    const lines = text.split('\n').filter((l, i, a) => !(i === a.length - 1 && l === ''));
    return lines.slice(Math.max(0, lines.length - opts.tailLines)).map((l) => `${l}\n`).join('');
  }
}
