// A work queue on the virtual clock: enqueue(key) runs sync(key) after a small latency, at most
// once per pending key; sync may ask to run again later. Timers are data (kind + key), so a
// snapshot of the clock holds the queue. mirrors client-go util/workqueue (delaying, deduplicating)
import type { Clock } from '../../clock';

export interface SyncResult {
  /** run sync(key) again after this many ms */
  requeueAfter?: number;
}

export type SyncFn = (key: string) => SyncResult | void;

export class WorkQueue {
  /** when each key is due; a timer that fires earlier or later than this is stale */
  private readonly due = new Map<string, number>();
  private readonly kind: string;

  constructor(
    private readonly clock: Clock,
    name: string,
    private readonly sync: SyncFn,
    /** the controller's reaction time: nothing in the cluster is instantaneous */
    private readonly latencyMs = 20,
  ) {
    this.kind = `controller:${name}`;
    clock.on(this.kind, (key, now) => this.fire(key, now));
  }

  enqueue(key: string, delayMs = this.latencyMs): void {
    const at = this.clock.now() + delayMs;
    const current = this.due.get(key);
    if (current !== undefined && current <= at) return;
    this.due.set(key, at);
    this.clock.after(delayMs, this.kind, key);
  }

  pending(): number {
    return this.due.size;
  }

  private fire(key: string, now: number): void {
    const at = this.due.get(key);
    if (at === undefined || at > now) return; // superseded
    this.due.delete(key);
    const r = this.sync(key);
    if (r && r.requeueAfter !== undefined) this.enqueue(key, Math.max(1, r.requeueAfter));
  }
}
