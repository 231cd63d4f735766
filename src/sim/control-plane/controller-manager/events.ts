// How the controllers, the scheduler and the kubelets report Events: a function, so each part
// stays independent of the recorder's implementation (cluster.ts adapts the EventRecorder).
import type { KubeObject } from '../../api/types';
import type { EventRecorder } from '../events';

export interface EventSource {
  component: string; // 'kubelet', 'default-scheduler', 'replicaset-controller' …
  host?: string; // kubelet events carry the node name
}

export type RecordEvent = (involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource) => void;

/**
 * The controllers' RecordEvent over the shared EventRecorder (../events.ts). Recording is best effort,
 * as upstream: a terminating namespace refuses new Events and nothing else breaks. (Events expire
 * through the api-server's event TTL, apiserver/event-ttl.ts.)
 */
export function recordThrough(recorder: Pick<EventRecorder, 'record'>): RecordEvent {
  return (involved, type, reason, message, source) => {
    try {
      recorder.record(involved, type, reason, message, source);
    } catch {
      // best effort
    }
  };
}
