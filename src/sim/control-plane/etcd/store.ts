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

export const DEFAULT_HISTORY = 50_000;

type NsMap = Map<string, Map<string, KubeObject>>;

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
  private delivering = false;

  constructor(opts: { historySize?: number; startRevision?: number } = {}) {
    this.history = new Array(opts.historySize ?? DEFAULT_HISTORY);
    this.rv = opts.startRevision ?? 0;
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
    if (namespace !== undefined) {
      const m = byNs.get(namespace);
      if (m) for (const o of m.values()) out.push(o);
      return out.sort(byName);
    }
    for (const ns of [...byNs.keys()].sort()) {
      const items = [...byNs.get(ns)!.values()].sort(byName);
      for (const o of items) out.push(o);
    }
    return out;
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

  /** Store a new object; returns the stored (frozen) copy with its resourceVersion. */
  create(resource: string, obj: KubeObject): KubeObject {
    const ns = obj.metadata.namespace ?? '';
    const stored = this.stamp(obj);
    let byNs = this.data.get(resource);
    if (!byNs) this.data.set(resource, (byNs = new Map()));
    let m = byNs.get(ns);
    if (!m) byNs.set(ns, (m = new Map()));
    m.set(obj.metadata.name!, stored);
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

  private at(i: number): StoreEvent {
    return this.history[(this.head + i) % this.history.length]!;
  }

  private stamp(obj: KubeObject): KubeObject {
    this.rv++;
    const copy = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(this.rv) } };
    return deepFreeze(copy);
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

function byName(a: KubeObject, b: KubeObject): number {
  const x = a.metadata.name!;
  const y = b.metadata.name!;
  return x < y ? -1 : x > y ? 1 : 0;
}
