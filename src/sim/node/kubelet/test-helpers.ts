// Helpers for tests that drive a whole cluster: create objects, list events in order.
import { createCluster, type Cluster } from '../../cluster';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { fromRFC3339 } from '../../clock';

export function testCluster(seed: number | string = 1): Cluster {
  return createCluster({ seed, addons: false });
}

export function pod(name: string, container: Record<string, unknown>, spec: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'main', ...container }], ...spec } };
}

export interface EventView {
  reason: string;
  message: string;
  type: string;
  count: number;
  /** seconds since `since` */
  at: number;
}

export function eventsFor(c: Cluster, namespace: string, name: string, since: number): EventView[] {
  const items = c.api.list(R.events, namespace).items as Array<KubeObject & { involvedObject: { name: string }; reason: string; message: string; type: string; count: number; firstTimestamp: string }>;
  return items
    // events are stamped at second precision: keep those of `since`'s second and later
    .filter((e) => e.involvedObject.name === name && fromRFC3339(e.firstTimestamp) >= Math.floor(since / 1000) * 1000)
    // same-second events in the order they were written (their resourceVersion), not by their names
    .sort((a, b) => fromRFC3339(a.firstTimestamp) - fromRFC3339(b.firstTimestamp) || Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion))
    .map((e) => ({ reason: e.reason, message: e.message, type: e.type, count: e.count, at: (fromRFC3339(e.firstTimestamp) - since) / 1000 }));
}

export function getPod(c: Cluster, name: string, namespace = 'default'): KubeObject & { spec: Record<string, never> & { nodeName?: string }; status: { phase: string; podIP?: string; conditions: Array<{ type: string; status: string }>; containerStatuses: Array<{ state: Record<string, { reason?: string; exitCode?: number; message?: string }>; lastState: Record<string, { exitCode?: number }>; restartCount: number; ready: boolean; started?: boolean }> } } {
  return c.api.get(R.pods, namespace, name) as never;
}
