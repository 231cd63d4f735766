// Recording core/v1 Events through client-go's event correlator (dedup, aggregation, spam filter).
// mirrors staging/src/k8s.io/client-go/tools/record/{event.go,events_cache.go}
import type { Clock, Rng } from '../clock';
import type { SyncKubeApi } from '../api/client';
import type { KubeObject } from '../api/types';
import { R } from '../api/resources';
import { isStatusError } from '../api/status';
import { Lru } from './lru';

export type EventType = 'Normal' | 'Warning';
export interface EventSource {
  component: string;
  host?: string;
}

const CACHE_SIZE = 4096; // upstream's LRU size for each of the correlator's caches
/** EventAggregator: ten different messages for one (source, object, type, reason) within ten minutes */
const AGGREGATE_MAX_EVENTS = 10;
const AGGREGATE_INTERVAL_MS = 10 * 60 * 1000;
/** EventSourceObjectSpamFilter: a source may burst 25 events about one object, then 1 per 5 minutes */
const SPAM_BURST = 25;
const SPAM_QPS = 1 / 300;

interface Recent {
  namespace: string;
  name: string;
}

interface Aggregate {
  /** the distinct messages seen (one string until a second arrives: most objects get one per reason) */
  messages: string | Set<string>;
  at: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** adds a message to an aggregate; returns how many distinct messages it holds */
function addMessage(agg: Aggregate, message: string): number {
  if (typeof agg.messages === 'string') {
    if (agg.messages === message) return 1;
    agg.messages = new Set([agg.messages]);
  }
  agg.messages.add(message);
  return agg.messages.size;
}

/**
 * Records Events as client-go's EventCorrelator does before they reach the api-server: the same
 * event again bumps count on the existing Event; the tenth different message for one source, object
 * and reason within ten minutes becomes one "(combined from similar events): …" Event that later
 * ones bump; and a source may send 25 events about one object, then one every five minutes (the
 * rest are dropped, as upstream drops them).
 */
export class EventRecorder {
  /** eventLogger: what each event key was last recorded as */
  private readonly recent = new Lru<Recent>(CACHE_SIZE);
  private readonly aggregates = new Lru<Aggregate>(CACHE_SIZE);
  private readonly buckets = new Lru<Bucket>(CACHE_SIZE);

  constructor(
    private readonly api: SyncKubeApi,
    private readonly clock: Clock,
    private readonly rng: Rng,
  ) {}

  /** Record an event about `involved`; returns the stored Event, or undefined when the spam filter drops it. */
  record(involved: KubeObject, type: EventType, reason: string, message: string, source: EventSource, opts: { fieldPath?: string } = {}): KubeObject | undefined {
    const m = involved.metadata;
    const namespace = m.namespace || 'default';
    const now = this.clock.now();
    const host = source.host ?? '';
    // getEventKey / EventAggregatorByReasonFunc / getSpamKey (events_cache.go); the uid stands for
    // the object's namespace and name (shorter keys: ~50,000 events hash them while 10,000 pods start)
    const spamKey = `${source.component}\u0000${host}\u0000${involved.kind}\u0000${m.uid ?? `${m.namespace ?? ''}/${m.name ?? ''}`}`;
    const aggregateKey = `${spamKey}\u0000${type}\u0000${reason}`;
    let key = `${aggregateKey}\u0000${opts.fieldPath ?? ''}\u0000${message}`;
    let agg = this.aggregates.get(aggregateKey);
    if (!agg || now - agg.at > AGGREGATE_INTERVAL_MS) this.aggregates.set(aggregateKey, (agg = { messages: message, at: now }));
    const distinct = addMessage(agg, message);
    agg.at = now;
    let text = message;
    if (distinct >= AGGREGATE_MAX_EVENTS) {
      const set = agg.messages as Set<string>;
      set.delete(set.values().next().value!); // PopAny: keep the set at the maximum
      key = aggregateKey;
      text = `(combined from similar events): ${message}`;
    }
    if (!this.accept(spamKey, now)) return undefined;
    const prev = this.recent.get(key);
    if (prev) {
      const bumped = this.bump(prev, text);
      if (bumped) return bumped;
    }
    const ev = this.create(involved, namespace, type, reason, text, source, opts.fieldPath);
    this.recent.set(key, { namespace, name: ev.metadata.name! });
    return ev;
  }

  /** the spam filter's token bucket for one source and object */
  private accept(key: string, now: number): boolean {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = { tokens: SPAM_BURST, at: now }));
    b.tokens = Math.min(SPAM_BURST, b.tokens + ((now - b.at) / 1000) * SPAM_QPS);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private bump(prev: Recent, message: string): KubeObject | undefined {
    try {
      const old = this.api.get(R.events, prev.namespace, prev.name) as KubeObject & { count?: number };
      // the logger's patch: count, lastTimestamp and (for a combined event) the latest message
      const ev = { ...old, count: (old.count ?? 1) + 1, lastTimestamp: this.clock.nowRFC3339(), message };
      return this.api.update(R.events, prev.namespace, ev);
    } catch (e) {
      if (isStatusError(e) && e.code === 404) return undefined; // the Event was deleted: start anew
      throw e;
    }
  }

  private create(involved: KubeObject, namespace: string, type: EventType, reason: string, message: string, source: EventSource, fieldPath: string | undefined): KubeObject {
    const m = involved.metadata;
    const now = this.clock.nowRFC3339();
    const involvedObject: Record<string, string> = { kind: involved.kind, name: m.name ?? '', uid: m.uid ?? '', apiVersion: involved.apiVersion, resourceVersion: m.resourceVersion ?? '' };
    if (m.namespace) involvedObject.namespace = m.namespace;
    if (fieldPath) involvedObject.fieldPath = fieldPath;
    for (let attempt = 0; ; attempt++) {
      const event: KubeObject = {
        apiVersion: 'v1',
        kind: 'Event',
        // upstream names events `<object>.<unix nanoseconds in hex>`
        metadata: { name: `${m.name}.${this.nanosHex()}`, namespace },
        involvedObject,
        reason,
        message,
        type,
        source: source.host ? { component: source.component, host: source.host } : { component: source.component },
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
        eventTime: null,
        reportingComponent: source.component,
        reportingInstance: source.host ?? '',
      };
      try {
        return this.api.create(R.events, namespace, event);
      } catch (e) {
        if (!(isStatusError(e) && e.code === 409 && attempt < 3)) throw e;
      }
    }
  }

  private nanosHex(): string {
    return nanosHex(this.clock.now(), this.rng.int(1_000_000));
  }


}

/**
 * `ms * 1e6 + ns` as 16 hex digits, the suffix upstream gives event names. The value passes 2^53, so
 * it is built from two exact halves (A * 2^28 + B) rather than with a BigInt per event.
 */
export function nanosHex(ms: number, ns: number): string {
  const lo = ms % 2 ** 22;
  const hi = (ms - lo) / 2 ** 22; // ms * 1e6 = hi * 15625 * 2^28 + lo * 1e6
  const rest = lo * 1_000_000 + ns;
  const a = hi * 15625 + Math.floor(rest / 2 ** 28);
  const b = rest % 2 ** 28;
  return (a.toString(16) + b.toString(16).padStart(7, '0')).padStart(16, '0');
}
