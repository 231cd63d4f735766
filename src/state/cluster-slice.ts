// The main thread's mirror of the simulated cluster: every object of every kind, kept current by
// the worker's list-then-watch batches. One generic handler for all kinds; views derive from it.
import type { StateCreator } from 'zustand';
import type { KubeObject } from '../sim/api/types';
import type { ClockState, MirrorEvent } from '../worker/protocol';
import { applyDelta } from '../worker/delta';

/** `${namespace}/${name}`, with '' as the namespace of cluster-scoped objects */
export function objectKey(o: { metadata: { namespace?: string; name?: string } }): string {
  return `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
}

export type WorkerStatus = 'starting' | 'ready' | 'crashed';

export interface ClusterSlice {
  /** kind → (namespace/name → object). A kind's Map is replaced (never mutated) when it changes. */
  objects: Record<string, Map<string, KubeObject>>;
  resourceVersion: string;
  clock: ClockState;
  workerStatus: WorkerStatus;
  crashMessage?: string;
  replaceAll(objects: KubeObject[], resourceVersion: string, clock: ClockState): void;
  applyEvents(events: MirrorEvent[], resourceVersion: string, clock: ClockState): void;
  setClock(clock: ClockState): void;
  setWorkerStatus(status: WorkerStatus, message?: string): void;
}

export const createClusterSlice: StateCreator<ClusterSlice, [], [], ClusterSlice> = (set) => ({
  objects: {},
  resourceVersion: '0',
  clock: { now: 0, paused: false, speed: 1 },
  workerStatus: 'starting',
  replaceAll(objects, resourceVersion, clock) {
    const byKind: Record<string, Map<string, KubeObject>> = {};
    for (const o of objects) (byKind[o.kind] ??= new Map()).set(objectKey(o), o);
    set({ objects: byKind, resourceVersion, clock, workerStatus: 'ready', crashMessage: undefined });
  },
  applyEvents(events, resourceVersion, clock) {
    set((s) => {
      const next = { ...s.objects };
      const copied = new Set<string>();
      for (const ev of events) {
        const kind = ev.type === 'PATCHED' ? ev.kind : ev.object.kind;
        if (!copied.has(kind)) {
          next[kind] = new Map(next[kind] ?? []);
          copied.add(kind);
        }
        if (ev.type === 'PATCHED') {
          // the delta is against the version this mirror holds; a new object shares the unchanged parts
          const prev = next[kind].get(ev.key);
          if (prev) next[kind].set(ev.key, applyDelta(prev, ev.delta));
        } else if (ev.type === 'DELETED') next[kind].delete(objectKey(ev.object));
        else next[kind].set(objectKey(ev.object), ev.object);
      }
      return { objects: next, resourceVersion, clock };
    });
  },
  setClock(clock) {
    set({ clock });
  },
  setWorkerStatus(workerStatus, crashMessage) {
    set({ workerStatus, crashMessage });
  },
});
