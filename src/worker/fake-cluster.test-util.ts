// A tiny stand-in api-server for the host's tests: real Clock, objects in a map, watches per
// resource. It keeps the host's tests independent of the simulator's own progress.
import { Clock } from '../sim/clock';
import type { KubeClient } from '../sim/api/client';
import type { GroupVersionResource, KubeObject, WatchEvent } from '../sim/api/types';
import type { HostCluster } from './session';

export class FakeApi {
  private rv = 1;
  private objects = new Map<string, KubeObject>();
  private watchers = new Map<string, Set<(ev: WatchEvent) => void>>();

  constructor() {
    this.put('namespaces', 'ADDED', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  }

  listAll(): KubeObject[] {
    return [...this.objects.values()];
  }

  currentResourceVersion(): string {
    return String(this.rv);
  }

  watch(gvr: GroupVersionResource, _ns: string | undefined, _opts: unknown, onEvent: (ev: WatchEvent) => void): () => void {
    const set = this.watchers.get(gvr.resource) ?? new Set();
    this.watchers.set(gvr.resource, set);
    set.add(onEvent);
    return () => set.delete(onEvent);
  }

  put(resource: string, type: 'ADDED' | 'MODIFIED' | 'DELETED', obj: KubeObject): void {
    const o = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(++this.rv) } };
    const key = `${resource}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    if (type === 'DELETED') this.objects.delete(key);
    else this.objects.set(key, o);
    for (const fn of this.watchers.get(resource) ?? []) fn({ type, object: o });
  }
}

export function fakeCluster(): HostCluster & { api: FakeApi } {
  const clock = new Clock();
  const api = new FakeApi();
  return { clock, api, client: {} as KubeClient, advance: (ms) => clock.advance(ms) };
}
