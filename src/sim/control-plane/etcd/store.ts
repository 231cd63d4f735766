// The simulated etcd: every object of every kind, one global revision counter (resourceVersion),
// and a bounded history of changes from which watches replay.
// mirrors staging/src/k8s.io/apiserver/pkg/storage/etcd3/store.go (revisions, compaction → 410 Gone)
import type { KubeObject, WatchEventType } from '../../api/types';
import { StatusError } from '../../api/status';
import { deepFreeze } from './deep';

export type StoreEventType = Exclude<WatchEventType, 'BOOKMARK'>;

export interface StoreEvent {
  rv: number;
  type: StoreEventType;
  /** `group/resource`, e.g. `/pods`, `apps/deployments` */
  resource: string;
  object: KubeObject;
  /** the object before the change (MODIFIED and DELETED) */
  prev?: KubeObject;
}

export type StoreListener = (ev: StoreEvent) => void;

export interface StoreSnapshot {
  revision: number;
  objects: Array<{ resource: string; object: KubeObject }>;
}

export const DEFAULT_HISTORY = 50_000;

type NsMap = Map<string, Map<string, KubeObject>>;

/** A secondary index: objects of one resource by a derived value (e.g. pods by spec.nodeName). */
interface Index {
  fn: (o: KubeObject) => string | undefined;
  byValue: Map<string, Map<string, KubeObject>>; // value → `ns\0name` → object
}

export class Store {
  private rv: number;
  private readonly data = new Map<string, NsMap>();
  private readonly counts = new Map<string, number>();
  // ring buffer of recent events, oldest at `head`
  private readonly history: (StoreEvent | undefined)[];
  private head = 0;
  private size = 0;
  private readonly listeners = new Map<string, Set<StoreListener>>();
  private readonly pending: StoreEvent[] = [];
  // names per (resource, namespace) in sorted order, rebuilt lazily after creates and deletes
  private readonly sortedNames = new Map<string, string[]>();
  private readonly indexes = new Map<string, Map<string, Index>>();
  private delivering = false;

  /**
   * Freeze what is stored, so that a caller mutating an object it was handed throws at once. Tests
   * run with it (the default); the playground and benchmarks turn it off, since frozen objects cost
   * about a quarter of a big rollout's time, and rely on the tests for the same guarantee.
   */
  private readonly freeze: boolean;

  constructor(opts: { historySize?: number; startRevision?: number; freeze?: boolean } = {}) {
    this.history = new Array(opts.historySize ?? DEFAULT_HISTORY);
    this.rv = opts.startRevision ?? 0;
    this.freeze = opts.freeze ?? true;
  }

  /** whether stored objects are frozen (see `freeze`) */
  get freezes(): boolean {
    return this.freeze;
  }

  revision(): number {
    return this.rv;
  }

  get(resource: string, namespace: string, name: string): KubeObject | undefined {
    return this.data.get(resource)?.get(namespace)?.get(name);
  }

  /** Objects of one resource, in one namespace or (namespace undefined) all, sorted by namespace/name like etcd keys. */
  list(resource: string, namespace?: string): KubeObject[] {
    const byNs = this.data.get(resource);
    if (!byNs) return [];
    const out: KubeObject[] = [];
    const namespaces = namespace !== undefined ? [namespace] : [...byNs.keys()].sort();
    for (const ns of namespaces) {
      const m = byNs.get(ns);
      if (!m) continue;
      for (const name of this.sorted(resource, ns, m)) out.push(m.get(name)!);
    }
    return out;
  }

  /** Register a secondary index; later writes keep it current. */
  addIndex(resource: string, name: string, fn: (o: KubeObject) => string | undefined): void {
    let forResource = this.indexes.get(resource);
    if (!forResource) this.indexes.set(resource, (forResource = new Map()));
    const idx: Index = { fn, byValue: new Map() };
    forResource.set(name, idx);
    for (const o of this.list(resource)) {
      const v = fn(o);
      if (v !== undefined) this.indexAdd(idx, v, `${o.metadata.namespace ?? ''}\u0000${o.metadata.name}`, o);
    }
  }

  hasIndex(resource: string, name: string): boolean {
    return this.indexes.get(resource)?.has(name) ?? false;
  }

  /** Objects whose index value equals `value`, sorted by namespace/name. */
  byIndex(resource: string, name: string, value: string): KubeObject[] {
    const idx = this.indexes.get(resource)?.get(name);
    if (!idx) throw new Error(`store: no index ${name} on ${resource}`);
    const m = idx.byValue.get(value);
    if (!m) return [];
    return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, o]) => o);
  }

  count(resource: string): number {
    return this.counts.get(resource) ?? 0;
  }

  /** Every stored object (for snapshots and the UI's initial sync). */
  all(): KubeObject[] {
    const out: KubeObject[] = [];
    for (const resource of [...this.data.keys()].sort()) out.push(...this.list(resource));
    return out;
  }

  /** Plain data for snapshots: every object with its resource key, and the revision. */
  snapshot(): StoreSnapshot {
    const objects: StoreSnapshot['objects'] = [];
    for (const resource of [...this.data.keys()].sort()) for (const object of this.list(resource)) objects.push({ resource, object });
    return { revision: this.rv, objects };
  }

  /** Fill an empty store from a snapshot (no watch events; the history starts empty). */
  load(s: StoreSnapshot): void {
    if (this.rv !== 0 || this.data.size > 0) throw new Error('store: load into a non-empty store');
    for (const { resource, object } of s.objects) {
      const ns = object.metadata.namespace ?? '';
      let byNs = this.data.get(resource);
      if (!byNs) this.data.set(resource, (byNs = new Map()));
      let m = byNs.get(ns);
      if (!m) byNs.set(ns, (m = new Map()));
      const stored = structuredClone(object);
      if (this.freeze) deepFreeze(stored);
      m.set(object.metadata.name!, stored);
      this.reindex(resource, undefined, stored);
      this.counts.set(resource, this.count(resource) + 1);
    }
    this.rv = s.revision;
  }

  /**
   * Store a new object; returns the stored (frozen) copy with its resourceVersion. `owned`: the
   * caller hands over an object (and metadata) nobody else holds, so it is stamped in place.
   */
  create(resource: string, obj: KubeObject, owned = false): KubeObject {
    const ns = obj.metadata.namespace ?? '';
    const stored = owned ? this.stampOwned(obj) : this.stamp(obj);
    let byNs = this.data.get(resource);
    if (!byNs) this.data.set(resource, (byNs = new Map()));
    let m = byNs.get(ns);
    if (!m) byNs.set(ns, (m = new Map()));
    m.set(obj.metadata.name!, stored);
    this.sortedNames.delete(`${resource}\u0000${ns}`);
    this.reindex(resource, undefined, stored);
    this.counts.set(resource, this.count(resource) + 1);
    this.emit({ rv: this.rv, type: 'ADDED', resource, object: stored });
    return stored;
  }

  /** Replace an existing object (the caller has checked it exists and resolved conflicts). */
  update(resource: string, obj: KubeObject): KubeObject {
    const ns = obj.metadata.namespace ?? '';
    const m = this.data.get(resource)?.get(ns);
    const prev = m?.get(obj.metadata.name!);
    if (!m || !prev) throw new Error(`store: update of missing ${resource} ${ns}/${obj.metadata.name}`);
    const stored = this.stamp(obj);
    m.set(obj.metadata.name!, stored);
    this.reindex(resource, prev, stored);
    this.emit({ rv: this.rv, type: 'MODIFIED', resource, object: stored, prev });
    return stored;
  }

  /** Remove an object; the DELETED event carries it with the deletion's resourceVersion, as etcd3 does. */
  delete(resource: string, namespace: string, name: string): KubeObject | undefined {
    const m = this.data.get(resource)?.get(namespace);
    const prev = m?.get(name);
    if (!m || !prev) return undefined;
    m.delete(name);
    if (m.size === 0) this.data.get(resource)!.delete(namespace);
    this.sortedNames.delete(`${resource}\u0000${namespace}`);
    this.reindex(resource, prev, undefined);
    this.counts.set(resource, this.count(resource) - 1);
    const gone = this.stamp(prev);
    this.emit({ rv: this.rv, type: 'DELETED', resource, object: gone, prev });
    return gone;
  }

  /** Listen to every change of one resource (`*` for all), synchronously after each write. */
  subscribe(resource: string, fn: StoreListener): () => void {
    let set = this.listeners.get(resource);
    if (!set) this.listeners.set(resource, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
    };
  }

  /**
   * The events after `rv` (exclusive) for one resource, oldest first; 410 Gone when `rv` is older
   * than the retained history.
   */
  eventsSince(rv: number, resource?: string): StoreEvent[] {
    const oldest = this.size === 0 ? this.rv + 1 : this.at(0).rv;
    if (rv < oldest - 1) {
      throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 410, reason: 'Expired', message: `too old resource version: ${rv} (${oldest - 1})` });
    }
    // binary search for the first event with rv > requested
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at(mid).rv <= rv) lo = mid + 1;
      else hi = mid;
    }
    const out: StoreEvent[] = [];
    for (let i = lo; i < this.size; i++) {
      const e = this.at(i);
      if (resource === undefined || e.resource === resource) out.push(e);
    }
    return out;
  }

  private sorted(resource: string, ns: string, m: Map<string, KubeObject>): string[] {
    const key = `${resource}\u0000${ns}`;
    let names = this.sortedNames.get(key);
    if (!names) this.sortedNames.set(key, (names = [...m.keys()].sort()));
    return names;
  }

  private reindex(resource: string, prev: KubeObject | undefined, next: KubeObject | undefined): void {
    const forResource = this.indexes.get(resource);
    if (!forResource) return;
    const o = (next ?? prev)!;
    const key = `${o.metadata.namespace ?? ''}\u0000${o.metadata.name}`;
    for (const idx of forResource.values()) {
      const before = prev && idx.fn(prev);
      const after = next && idx.fn(next);
      if (before !== undefined && before === after) {
        idx.byValue.get(after)!.set(key, next!); // the usual status write: same value, new object
        continue;
      }
      if (before !== undefined) {
        const m = idx.byValue.get(before);
        m?.delete(key);
        if (m && m.size === 0) idx.byValue.delete(before);
      }
      if (after !== undefined) this.indexAdd(idx, after, key, next!);
    }
  }

  private indexAdd(idx: Index, v: string, key: string, o: KubeObject): void {
    let m = idx.byValue.get(v);
    if (!m) idx.byValue.set(v, (m = new Map()));
    m.set(key, o);
  }

  private at(i: number): StoreEvent {
    return this.history[(this.head + i) % this.history.length]!;
  }

  private stampOwned(obj: KubeObject): KubeObject {
    this.rv++;
    (obj.metadata as { resourceVersion?: string }).resourceVersion = String(this.rv);
    return this.freeze ? deepFreeze(obj) : obj;
  }

  private stamp(obj: KubeObject): KubeObject {
    this.rv++;
    const copy = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(this.rv) } };
    return this.freeze ? deepFreeze(copy) : copy;
  }

  private emit(ev: StoreEvent): void {
    const cap = this.history.length;
    if (cap > 0) {
      if (this.size < cap) {
        this.history[(this.head + this.size) % cap] = ev;
        this.size++;
      } else {
        this.history[this.head] = ev;
        this.head = (this.head + 1) % cap;
      }
    }
    // A listener that writes must not have its event overtake the one being delivered: queue
    // nested writes and deliver in revision order.
    this.pending.push(ev);
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let e = this.pending.shift(); e; e = this.pending.shift()) {
        for (const key of [e.resource, '*']) {
          const set = this.listeners.get(key);
          if (set) for (const fn of [...set]) fn(e);
        }
      }
    } finally {
      this.delivering = false;
      this.pending.length = 0;
    }
  }
}
