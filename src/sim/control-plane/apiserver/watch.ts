// Watch: replay from a resourceVersion, then follow live changes, filtered by namespace and
// selectors. An object that starts or stops matching arrives as ADDED or DELETED, as the watch
// cache does (staging/src/k8s.io/apiserver/pkg/storage/cacher/cache_watcher.go).
import type { KubeObject, WatchEvent } from '../../api/types';
import type { LabelSelectorFn } from '../../api/labels';
import type { Store, StoreEvent } from '../etcd/store';
import type { FieldSelectorFn } from './field-selectors';
import { badRequest } from '../../api/status';

export interface WatchFilter {
  namespace?: string;
  label?: LabelSelectorFn;
  field?: FieldSelectorFn;
}

export function matchesFilter(f: WatchFilter, o: KubeObject): boolean {
  if (f.namespace !== undefined && (o.metadata.namespace ?? '') !== f.namespace) return false;
  if (f.label && !f.label(o.metadata.labels)) return false;
  if (f.field && !f.field(o)) return false;
  return true;
}

function translate(f: WatchFilter, ev: StoreEvent): WatchEvent | undefined {
  const was = ev.prev !== undefined && matchesFilter(f, ev.prev);
  if (ev.type === 'DELETED') return was ? { type: 'DELETED', object: ev.object } : undefined;
  const is = matchesFilter(f, ev.object);
  if (ev.type === 'ADDED') return is ? { type: 'ADDED', object: ev.object } : undefined;
  if (is && was) return { type: 'MODIFIED', object: ev.object };
  if (is) return { type: 'ADDED', object: ev.object };
  if (was) return { type: 'DELETED', object: ev.object };
  return undefined;
}

/**
 * Start a watch. `resourceVersion` omitted or '' = from now; '0' = the current objects as ADDED,
 * then changes; 'N' = every change after N (410 Gone if N is older than the history).
 * Replayed events are delivered before watch() returns.
 */
export function startWatch(store: Store, resource: string, f: WatchFilter, resourceVersion: string | undefined, onEvent: (ev: WatchEvent) => void): () => void {
  let initial: WatchEvent[] = [];
  if (resourceVersion === '0') {
    initial = store.list(resource, f.namespace).filter((o) => matchesFilter(f, o)).map((o) => ({ type: 'ADDED', object: o }));
  } else if (resourceVersion) {
    if (!/^\d+$/.test(resourceVersion)) throw badRequest(`invalid resource version: ${resourceVersion}`);
    for (const ev of store.eventsSince(Number(resourceVersion), resource)) {
      const w = translate(f, ev);
      if (w) initial.push(w);
    }
  }
  // Writes made by onEvent while we replay are queued and delivered after the replay.
  let replaying = true;
  const queued: WatchEvent[] = [];
  let stopped = false;
  const unsubscribe = store.subscribe(resource, (ev) => {
    if (stopped) return;
    const w = translate(f, ev);
    if (!w) return;
    if (replaying) queued.push(w);
    else onEvent(w);
  });
  try {
    for (const w of initial) if (!stopped) onEvent(w);
    while (queued.length && !stopped) onEvent(queued.shift()!);
  } finally {
    replaying = false;
  }
  return () => {
    stopped = true;
    unsubscribe();
  };
}
