import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/types';
import { eventRow, eventsFor, eventsFrom } from './events';

const NOW = Date.UTC(2025, 0, 6, 9, 10, 0);

function ev(name: string, o: { kind?: string; obj?: string; uid?: string; reason: string; last: string; first?: string; count?: number; type?: string; component?: string; host?: string }): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Event', metadata: { name, namespace: 'default', uid: `ev-${name}` },
    involvedObject: { kind: o.kind ?? 'Pod', namespace: 'default', name: o.obj ?? 'web', uid: o.uid },
    reason: o.reason, message: `${o.reason} happened`, type: o.type ?? 'Normal', count: o.count ?? 1,
    firstTimestamp: o.first ?? o.last, lastTimestamp: o.last, source: { component: o.component ?? 'kubelet', host: o.host },
  };
}

describe('events', () => {
  const events = new Map<string, KubeObject>([
    ['default/b', ev('b', { reason: 'Pulled', last: '2025-01-06T09:01:00Z', host: 'aks-node-0' })],
    ['default/a', ev('a', { reason: 'Scheduled', last: '2025-01-06T09:00:00Z', component: 'default-scheduler' })],
    ['default/c', ev('c', { reason: 'BackOff', last: '2025-01-06T09:09:00Z', first: '2025-01-06T09:02:00Z', count: 5, type: 'Warning' })],
    ['default/d', ev('d', { obj: 'other', reason: 'Scheduled', last: '2025-01-06T09:00:00Z', component: 'default-scheduler' })],
    ['default/e', ev('e', { kind: 'ReplicaSet', reason: 'SuccessfulCreate', last: '2025-01-06T09:00:00Z', component: 'replicaset-controller' })],
    ['default/f', ev('f', { uid: 'old-uid', reason: 'Killing', last: '2025-01-06T08:59:00Z' })],
  ]);

  it('keeps the events of one object, oldest first, and drops those of an earlier object with the same name', () => {
    const rows = eventsFor({ kind: 'Pod', namespace: 'default', name: 'web' }, 'uid-web', events).map((e) => e.reason);
    expect(rows).toEqual(['Scheduled', 'Pulled', 'BackOff']);
  });

  it('formats rows as kubectl describe does', () => {
    const [scheduled, pulled, backoff] = eventsFor({ kind: 'Pod', namespace: 'default', name: 'web' }, 'uid-web', events).map((e) => eventRow(e as never, NOW));
    expect(scheduled).toMatchObject({ type: 'Normal', reason: 'Scheduled', age: '10m', from: 'default-scheduler' });
    expect(pulled).toMatchObject({ age: '9m', from: 'kubelet', message: 'Pulled happened' });
    expect(backoff).toMatchObject({ type: 'Warning', age: '60s (x5 over 8m)' });
  });

  it('finds the events a component reported', () => {
    expect(eventsFrom((c) => c === 'default-scheduler', events).map((e) => e.metadata?.name)).toEqual(['a', 'd']);
  });
});
