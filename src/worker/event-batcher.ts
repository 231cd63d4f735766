// Collects the api-server's watch events between frames and hands them over as one batch.
// Several changes to one object within a frame collapse into one event (the mirror only needs the
// latest state), which keeps a 10,000-pod rollout from flooding the main thread.
import type { KubeObject, WatchEvent } from '../sim/api/types';
import type { MirrorEvent } from './protocol';

function keyOf(o: KubeObject): string {
  return `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
}

export class EventBatcher {
  private events: MirrorEvent[] = [];
  /** object key → index in `events` of its latest ADDED/MODIFIED event in this batch */
  private live = new Map<string, number>();

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

  /** The batch so far, emptying the batcher. */
  take(): MirrorEvent[] {
    const out = this.events;
    this.events = [];
    this.live.clear();
    return out;
  }

  clear(): void {
    this.take();
  }
}
