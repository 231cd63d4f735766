// How the controllers, the scheduler and the kubelets report Events: a function, so each part
// stays independent of the recorder's implementation (cluster.ts adapts the EventRecorder).
import type { KubeObject } from '../../api/types';
import type { SyncKubeApi } from '../../api/client';
import type { Clock } from '../../clock';
import { R } from '../../api/resources';
import type { EventRecorder } from '../events';

export interface EventSource {
  component: string; // 'kubelet', 'default-scheduler', 'replicaset-controller' …
  host?: string; // kubelet events carry the node name
}

export type RecordEvent = (involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource) => void;

/** the api-server's --event-ttl: events expire, so a long session does not pile them up */
export const EVENT_TTL_MS = 60 * 60_000;

/**
 * The controllers' RecordEvent over the shared EventRecorder (../events.ts), plus the api-server's
 * event TTL: each new Event is deleted an hour after it was first recorded. Recording is best effort,
 * as upstream: a terminating namespace refuses new Events and nothing else breaks.
 */
export function recordThrough(recorder: Pick<EventRecorder, 'record'>, api: SyncKubeApi, clock: Clock): RecordEvent {
  clock.on('event-ttl', (key) => {
    const i = key.indexOf('/');
    try {
      api.delete(R.events, key.slice(0, i), key.slice(i + 1));
    } catch {
      // already gone
    }
  });
  return (involved, type, reason, message, source) => {
    try {
      const ev = recorder.record(involved, type, reason, message, source) as KubeObject & { count?: number };
      if ((ev.count ?? 1) === 1) clock.after(EVENT_TTL_MS, 'event-ttl', `${ev.metadata.namespace}/${ev.metadata.name}`);
    } catch {
      // best effort
    }
  };
}
