// Recording core/v1 Events, with the kubelet's aggregation: the same (object, reason, message)
// within ten minutes bumps count and lastTimestamp on one Event instead of creating another.
// mirrors staging/src/k8s.io/client-go/tools/record/{event.go,events_cache.go}
import type { Clock, Rng } from '../clock';
import type { SyncKubeApi } from '../api/client';
import type { KubeObject } from '../api/types';
import { R } from '../api/resources';
import { isStatusError } from '../api/status';

export type EventType = 'Normal' | 'Warning';
export interface EventSource {
  component: string;
  host?: string;
}

const AGGREGATION_WINDOW_MS = 10 * 60 * 1000;
const CACHE_SIZE = 4096; // upstream's LRU size for the event cache

interface Recent {
  namespace: string;
  name: string;
  at: number;
}

export class EventRecorder {
  private readonly recent = new Map<string, Recent>();

  constructor(
    private readonly api: SyncKubeApi,
    private readonly clock: Clock,
    private readonly rng: Rng,
  ) {}

  /** Record an event about `involved`; returns the stored Event. */
  record(involved: KubeObject, type: EventType, reason: string, message: string, source: EventSource, opts: { fieldPath?: string } = {}): KubeObject {
    const m = involved.metadata;
    const namespace = m.namespace || 'default';
    const key = [m.uid, involved.kind, namespace, m.name, opts.fieldPath ?? '', type, reason, message, source.component, source.host ?? ''].join('\u0000');
    const now = this.clock.now();
    const prev = this.recent.get(key);
    if (prev && now - prev.at <= AGGREGATION_WINDOW_MS) {
      const bumped = this.bump(prev, now);
      if (bumped) return bumped;
    }
    const ev = this.create(involved, namespace, type, reason, message, source, opts.fieldPath);
    this.remember(key, { namespace, name: ev.metadata.name!, at: now });
    return ev;
  }

  private bump(prev: Recent, now: number): KubeObject | undefined {
    try {
      const ev = structuredClone(this.api.get(R.events, prev.namespace, prev.name)) as KubeObject & { count?: number; lastTimestamp?: string };
      ev.count = (ev.count ?? 1) + 1;
      ev.lastTimestamp = this.clock.nowRFC3339();
      prev.at = now;
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
    const nanos = BigInt(this.clock.now()) * 1_000_000n + BigInt(this.rng.int(1_000_000));
    return nanos.toString(16).padStart(16, '0');
  }

  private remember(key: string, r: Recent): void {
    this.recent.delete(key);
    this.recent.set(key, r);
    if (this.recent.size > CACHE_SIZE) this.recent.delete(this.recent.keys().next().value!);
  }
}
