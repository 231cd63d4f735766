// The async KubeClient over the in-process api-server: what the worker, kubectl and lesson checks
// use. Results are deep copies, so callers can never mutate the store's frozen objects.
import type { KubeClient, SyncKubeApi } from './client';
import type { WatchEvent } from './types';

export function localClient(api: SyncKubeApi, afterCall?: () => void): KubeClient {
  // Errors surface as rejected promises, like a remote api-server's.
  const run = <T>(fn: () => T, write: boolean): Promise<T> => {
    try {
      const out = structuredClone(fn());
      if (write) afterCall?.();
      return Promise.resolve(out);
    } catch (e) {
      return Promise.reject(e);
    }
  };
  return {
    create: (gvr, ns, obj, opts) => run(() => api.create(gvr, ns, obj, opts), true),
    get: (gvr, ns, name) => run(() => api.get(gvr, ns, name), false),
    list: (gvr, ns, opts) => run(() => api.list(gvr, ns, opts), false),
    watch: (gvr, ns, opts, onEvent) => api.watch(gvr, ns, opts, (ev: WatchEvent) => onEvent(structuredClone(ev))),
    update: (gvr, ns, obj, opts) => run(() => api.update(gvr, ns, obj, opts), true),
    updateStatus: (gvr, ns, obj) => run(() => api.updateStatus(gvr, ns, obj), true),
    patch: (gvr, ns, name, type, patch, opts) => run(() => api.patch(gvr, ns, name, type, patch, opts), true),
    delete: (gvr, ns, name, opts) => run(() => api.delete(gvr, ns, name, opts), true),
    getScale: (gvr, ns, name) => run(() => api.getScale(gvr, ns, name), false),
    updateScale: (gvr, ns, name, replicas) => run(() => api.updateScale(gvr, ns, name, replicas), true),
    logs: (ns, pod, opts) => run(() => api.logs(ns, pod, opts), false),
    exec: (ns, pod, opts) => run(() => api.exec(ns, pod, opts), false),
  };
}
