// A shared informer: one list+watch per resource, a local cache, indexes and event handlers.
// Handlers must only enqueue work (level-based controllers read the cache in sync()).
// mirrors staging/src/k8s.io/client-go/tools/cache/shared_informer.go and thread_safe_store.go (indexers)
import type { SyncKubeApi } from '../../api/client';
import type { GroupVersionResource, KubeObject } from '../../api/types';

export type Handler<T extends KubeObject> = (type: 'ADDED' | 'MODIFIED' | 'DELETED', obj: T, old: T | undefined) => void;
export type IndexFn<T extends KubeObject> = (obj: T) => readonly string[];

export function keyOf(o: KubeObject): string {
  const ns = o.metadata.namespace;
  return ns ? `${ns}/${o.metadata.name}` : (o.metadata.name ?? '');
}

export function splitKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf('/');
  return i < 0 ? { namespace: '', name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

export class Informer<T extends KubeObject = KubeObject> {
  private readonly items = new Map<string, T>();
  private readonly handlers: Array<Handler<T>> = [];
  private readonly indexes = new Map<string, { fn: IndexFn<T>; map: Map<string, Map<string, T>> }>();
  private stop: (() => void) | undefined;

  constructor(
    private readonly api: SyncKubeApi,
    readonly gvr: GroupVersionResource,
  ) {}

  start(): void {
    if (this.stop) return;
    this.stop = this.api.watch(this.gvr, undefined, { resourceVersion: '0' }, (ev) => {
      if (ev.type === 'BOOKMARK') return;
      const obj = ev.object as T;
      const key = keyOf(obj);
      const old = this.items.get(key);
      if (ev.type === 'DELETED') this.items.delete(key);
      else this.items.set(key, obj);
      this.reindex(key, old, ev.type === 'DELETED' ? undefined : obj);
      const type = ev.type === 'DELETED' ? 'DELETED' : old ? 'MODIFIED' : 'ADDED';
      for (const h of this.handlers) h(type, obj, old);
    });
  }

  shutdown(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /** Handlers added after start() see only later events; add them before. */
  onEvent(h: Handler<T>): void {
    this.handlers.push(h);
  }

  /** Adds an index; a second call with the same name keeps the first (controllers share informers). */
  addIndex(name: string, fn: IndexFn<T>): void {
    if (this.indexes.has(name)) return;
    const map = new Map<string, Map<string, T>>();
    for (const [k, o] of this.items) for (const v of fn(o)) addTo(map, v, k, o);
    this.indexes.set(name, { fn, map });
  }

  get(key: string): T | undefined {
    return this.items.get(key);
  }

  list(): T[] {
    return [...this.items.values()];
  }

  size(): number {
    return this.items.size;
  }

  /**
   * The objects whose index `name` yields `value`, in the order they joined it (an update that keeps
   * the index value keeps the place): deterministic, since the same calls produce the same events in
   * the same order (and no sort at 10,000 pods).
   */
  byIndex(name: string, value: string): T[] {
    const objects = this.indexes.get(name)?.map.get(value);
    return objects ? [...objects.values()] : [];
  }

  /** How many objects index `name` maps to `value` (cheap: no array). */
  countByIndex(name: string, value: string): number {
    return this.indexes.get(name)?.map.get(value)?.size ?? 0;
  }

  private reindex(key: string, old: T | undefined, next: T | undefined): void {
    for (const { fn, map } of this.indexes.values()) {
      const before = old ? fn(old) : NO_VALUES;
      const after = next ? fn(next) : NO_VALUES;
      if (next && sameValues(before, after)) {
        // the usual update (a status write): same index values, so only the object changes
        for (const v of after) map.get(v)?.set(key, next);
        continue;
      }
      for (const v of before) {
        const m = map.get(v);
        m?.delete(key);
        if (m && m.size === 0) map.delete(v);
      }
      if (next) for (const v of after) addTo(map, v, key, next);
    }
  }
}

const NO_VALUES: readonly string[] = [];

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function addTo<T>(map: Map<string, Map<string, T>>, v: string, key: string, o: T): void {
  let m = map.get(v);
  if (!m) map.set(v, (m = new Map()));
  m.set(key, o);
}

/** One informer per resource, shared by every controller (client-go's SharedInformerFactory). */
export class InformerFactory {
  private readonly informers = new Map<string, Informer>();
  constructor(private readonly api: SyncKubeApi) {}

  for<T extends KubeObject>(gvr: GroupVersionResource): Informer<T> {
    const k = `${gvr.group}/${gvr.resource}`;
    let inf = this.informers.get(k);
    if (!inf) this.informers.set(k, (inf = new Informer(this.api, gvr)));
    return inf as unknown as Informer<T>;
  }

  startAll(): void {
    for (const inf of this.informers.values()) inf.start();
  }
}

/** index function: the uid of the controlling owner (ownerReferences[controller=true]) */
export function controllerUid(o: KubeObject): string[] {
  const ref = (o.metadata.ownerReferences ?? []).find((r) => r.controller);
  return ref ? [ref.uid] : [];
}

/** index function: every owner uid */
export function ownerUids(o: KubeObject): string[] {
  return (o.metadata.ownerReferences ?? []).map((r) => r.uid);
}

/** index function: the namespace */
export function namespaceIndex(o: KubeObject): string[] {
  return [o.metadata.namespace ?? ''];
}

/** A typed Kubernetes object that is also a KubeObject (metadata present): K<Pod>, K<Node> … */
export type K<T> = T & KubeObject;
