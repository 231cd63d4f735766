// Collects the api-server's watch events between frames and hands them over as one batch.
// Several changes to one object within a frame collapse into one event (the mirror only needs the
// latest state), which keeps a 10,000-pod rollout from flooding the main thread. It also remembers
// the version of each object it last handed over, so that a modified object travels as a delta
// against it (./delta.ts) and a deleted one as its name alone: the main thread receives a fraction
// of the bytes, and structured clone's cost on the receiving side is proportional to them.
import type { KubeObject, WatchEvent } from '../sim/api/types';
import { diffObject } from './delta';
import type { MirrorEvent, MirrorObjectEvent } from './protocol';

function keyOf(o: KubeObject): string {
  return `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
}

/** What the mirror needs of a deleted object: which one it was. */
function slim(o: KubeObject): KubeObject {
  const metadata: KubeObject['metadata'] = { name: o.metadata.name };
  if (o.metadata.namespace !== undefined) metadata.namespace = o.metadata.namespace;
  return { apiVersion: o.apiVersion, kind: o.kind, metadata };
}

export class EventBatcher {
  private events: MirrorObjectEvent[] = [];
  /** object key → index in `events` of its latest ADDED/MODIFIED event in this batch */
  private live = new Map<string, number>();
  /** object key → the object as the main thread has it (the api-server's objects are immutable) */
  private sent = new Map<string, KubeObject>();

  /** The objects the main thread starts from (the `sync` notice's list). */
  seed(objects: readonly KubeObject[]): void {
    this.sent.clear();
    for (const o of objects) this.sent.set(keyOf(o), o);
  }

  push(ev: WatchEvent): void {
    if (ev.type === 'BOOKMARK') return;
    const key = keyOf(ev.object);
    const at = this.live.get(key);
    if (ev.type === 'DELETED') {
      this.live.delete(key);
      this.events.push({ type: 'DELETED', object: ev.object });
      return;
    }
    if (at !== undefined) {
      // keep the first event's type (ADDED stays ADDED) and its place, with the newest object
      this.events[at] = { type: this.events[at].type, object: ev.object };
      return;
    }
    this.live.set(key, this.events.length);
    this.events.push({ type: ev.type, object: ev.object });
  }

  get size(): number {
    return this.events.length;
  }

  /** The batch so far, emptying the batcher: MODIFIED objects the main thread has become deltas. */
  take(): MirrorEvent[] {
    const out: MirrorEvent[] = [];
    for (const ev of this.events) {
      const o = ev.object;
      const key = keyOf(o);
      if (ev.type === 'DELETED') {
        this.sent.delete(key);
        out.push({ type: 'DELETED', object: slim(o) });
        continue;
      }
      const prev = this.sent.get(key);
      this.sent.set(key, o);
      if (ev.type === 'MODIFIED' && prev) {
        out.push({ type: 'PATCHED', kind: o.kind, key: `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`, delta: diffObject(prev, o) });
      } else out.push(ev);
    }
    this.events = [];
    this.live.clear();
    return out;
  }

  /** Forget everything, including what the main thread holds (a new session seeds again). */
  clear(): void {
    this.events = [];
    this.live.clear();
    this.sent.clear();
  }
}
