// Virtual time and seeded randomness: the only sources of time and chance in the simulator.
// Timers are data (a kind and a key, not a closure) so that a cluster can be snapshotted and
// restored: a component registers a handler per timer kind, and the clock calls it when due.

export interface TimerData {
  at: number; // virtual epoch milliseconds
  seq: number; // ties at the same `at` run in the order they were set
  kind: string; // e.g. 'kubelet', 'controller:deployment'
  key: string; // what the handler should look at, e.g. 'default/myapp-pod'
}

export type TimerHandler = (key: string, now: number) => void;

/** Default start of virtual time: a fixed instant, so output is reproducible. */
export const DEFAULT_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

export class Clock {
  private nowMs: number;
  private seq = 0;
  private heap: TimerData[] = [];
  private handlers = new Map<string, TimerHandler>();
  /** Called after each timer callback, e.g. to let controllers settle. */
  afterEach: (() => void) | undefined;

  constructor(start = DEFAULT_EPOCH) {
    this.nowMs = start;
  }

  now(): number {
    return this.nowMs;
  }

  /** RFC 3339 at second precision, as metav1.Time serialises: 2025-01-06T09:00:00Z */
  nowRFC3339(): string {
    return toRFC3339(this.nowMs);
  }

  on(kind: string, handler: TimerHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Run `kind` with `key` after `delayMs` of virtual time. */
  after(delayMs: number, kind: string, key: string): void {
    this.push({ at: this.nowMs + Math.max(0, delayMs), seq: this.seq++, kind, key });
  }

  pending(): number {
    return this.heap.length;
  }

  /** When the next timer is due, or undefined if none. */
  nextAt(): number | undefined {
    return this.heap[0]?.at;
  }

  /** Move time forward by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void {
    this.advanceTo(this.nowMs + ms);
  }

  advanceTo(when: number): void {
    // virtual time is whole milliseconds (event names, RFC 3339 stamps and timers rely on it)
    const target = Math.floor(when);
    while (this.heap.length > 0 && this.heap[0].at <= target) {
      const t = this.pop();
      this.nowMs = Math.max(this.nowMs, t.at);
      const handler = this.handlers.get(t.kind);
      if (handler) handler(t.key, this.nowMs);
      this.afterEach?.();
    }
    this.nowMs = Math.max(this.nowMs, target);
  }

  /** Plain data for snapshots. */
  snapshot(): { now: number; seq: number; timers: TimerData[] } {
    return { now: this.nowMs, seq: this.seq, timers: this.heap.map((t) => ({ ...t })) };
  }

  restore(s: { now: number; seq: number; timers: TimerData[] }): void {
    this.nowMs = s.now;
    this.seq = s.seq;
    this.heap = [];
    for (const t of s.timers) this.push({ ...t });
  }

  private less(a: TimerData, b: TimerData): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(t: TimerData): void {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): TimerData {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

let lastSecond = NaN;
let lastText = '';
/** Timestamps are written thousands of times per virtual second at scale: remember the last one. */
export function toRFC3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastText = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
  }
  return lastText;
}

/** metav1.MicroTime as the API writes it (Lease renewTime): 2025-01-06T09:00:00.123000Z */
export function toMicroTime(ms: number): string {
  const whole = Math.floor(ms);
  return `${toRFC3339(whole).slice(0, -1)}.${String(whole % 1000).padStart(3, '0')}000Z`;
}

const HEX = '0123456789abcdef';

/**
 * Seeded random numbers (sfc32), with its state as plain data for snapshots.
 * Everything random in the simulator (generated names, uids, jitter, IPs) draws from one Rng.
 */
export class Rng {
  // the state as four fields, not an array: uids draw 32 numbers each, and an array per draw was garbage
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number | string = 1) {
    // Spread the seed over the state with splitmix32, then warm up.
    let h = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
    const next = () => {
      h = (h + 0x9e3779b9) | 0;
      let z = h;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.restore([next(), next(), next(), next()]);
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const b = this.b;
    let c = this.c;
    const t = (((this.a + b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    this.c = (c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** integer in [0, n) */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** n characters drawn from `alphabet` */
  string(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /** An RFC 4122 version 4 UUID, as the api-server assigns to metadata.uid */
  uuid(): string {
    let s = '';
    for (let i = 0; i < 32; i++) {
      let v = this.int(16);
      if (i === 12) v = 4;
      if (i === 16) v = (v & 0x3) | 0x8;
      if (i === 8 || i === 12 || i === 16 || i === 20) s += '-';
      s += HEX[v];
    }
    return s;
  }

  snapshot(): number[] {
    return [this.a, this.b, this.c, this.d];
  }

  restore(state: number[]): void {
    [this.a, this.b, this.c, this.d] = state;
  }
}

function hashString(s: string): number {
  // fnv-1a 32
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The inverse of toRFC3339 (metav1.Time as stored in objects), in epoch ms; NaN if malformed. */
export function fromRFC3339(s: string): number {
  // controllers parse the same few second-precision stamps thousands of times (every pod's Ready
  // condition on each ReplicaSet sync): remember recent ones
  let ms = parsed.get(s);
  if (ms === undefined) {
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(s, (ms = Date.parse(s)));
  }
  return ms;
}
const parsed = new Map<string, number>();
