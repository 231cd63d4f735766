// How the controllers, the scheduler and the kubelets report Events: a function, so each part
// stays independent of the recorder's implementation (cluster.ts adapts the EventRecorder).
import type { KubeObject } from '../../api/types';
import type { SyncKubeApi } from '../../api/client';
import type { Clock } from '../../clock';
import { R } from '../../api/resources';
import { toRFC3339 } from '../../clock';

export interface EventSource {
  component: string; // 'kubelet', 'default-scheduler', 'replicaset-controller' …
  host?: string; // kubelet events carry the node name
}

export type RecordEvent = (involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource) => void;

/**
 * Writes core/v1 Events through the api, aggregating repeats (same object, reason and message)
 * into one Event with a growing count, as client-go's EventCorrelator does.
 * mirrors staging/src/k8s.io/client-go/tools/record/event.go and events_cache.go
 */
export const EVENT_TTL_MS = 60 * 60_000;

export function apiEventRecorder(api: SyncKubeApi, clock: Clock): RecordEvent {
  const seen = new Map<string, string>(); // aggregation key -> event name
  const keyOfEvent = new Map<string, string>(); // ns/name -> aggregation key
  let seq = 0;
  // the api-server's --event-ttl (1h): events expire, so a long session does not pile them up
  clock.on('event-ttl', (key) => {
    const agg = keyOfEvent.get(key);
    if (agg !== undefined) seen.delete(agg);
    keyOfEvent.delete(key);
    const i = key.indexOf('/');
    try {
      api.delete(R.events, key.slice(0, i), key.slice(i + 1));
    } catch {
      // already gone
    }
  });
  return (involved, type, reason, message, source) => {
    const m = involved.metadata;
    const ns = m.namespace || 'default';
    const aggKey = `${m.uid}|${type}|${reason}|${message}|${source.component}`;
    const now = toRFC3339(clock.now());
    const existing = seen.get(aggKey);
    if (existing) {
      try {
        const e = api.get(R.events, ns, existing) as { count?: number } & Parameters<SyncKubeApi['update']>[2];
        api.update(R.events, ns, { ...e, count: (e.count ?? 1) + 1, lastTimestamp: now });
        return;
      } catch {
        seen.delete(aggKey);
      }
    }
    const stamp = (BigInt(Math.floor(clock.now())) * 1_000_000n + BigInt(seq++ % 1_000_000)).toString(16);
    const name = `${m.name}.${stamp}`;
    try {
      api.create(R.events, ns, {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name, namespace: ns },
        involvedObject: { apiVersion: involved.apiVersion, kind: involved.kind, namespace: m.namespace, name: m.name, uid: m.uid, resourceVersion: m.resourceVersion },
        reason,
        message,
        source: source.host ? { component: source.component, host: source.host } : { component: source.component },
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
        type,
        eventTime: null,
        reportingComponent: source.component,
        reportingInstance: source.host ?? '',
      });
      seen.set(aggKey, name);
      keyOfEvent.set(`${ns}/${name}`, aggKey);
      clock.after(EVENT_TTL_MS, 'event-ttl', `${ns}/${name}`);
    } catch {
      // the namespace is going away: events are best effort, as upstream
    }
  };
}
