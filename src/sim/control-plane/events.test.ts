import { describe, expect, it } from 'vitest';
import { Clock, Rng } from '../clock';
import { R } from '../api/resources';
import { ApiServer } from './apiserver/apiserver';
import { EventRecorder, nanosHex } from './events';

function setup() {
  const clock = new Clock();
  const rng = new Rng(7);
  const api = new ApiServer({ clock, rng });
  const pod = api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'a', image: 'nginx' }] } });
  return { clock, api, pod, rec: new EventRecorder(api, clock, rng) };
}

describe('EventRecorder', () => {
  it('creates a core/v1 Event about the object', () => {
    const { api, pod, rec } = setup();
    const ev = rec.record(pod, 'Normal', 'Scheduled', 'Successfully assigned default/web to node-1', { component: 'default-scheduler' })!;
    expect(ev.metadata.name).toMatch(/^web\.[0-9a-f]{16}$/);
    expect(ev).toMatchObject({
      involvedObject: { kind: 'Pod', namespace: 'default', name: 'web', uid: pod.metadata.uid, apiVersion: 'v1', resourceVersion: pod.metadata.resourceVersion },
      reason: 'Scheduled',
      type: 'Normal',
      count: 1,
      firstTimestamp: '2025-01-06T09:00:00Z',
      lastTimestamp: '2025-01-06T09:00:00Z',
      source: { component: 'default-scheduler' },
      reportingComponent: 'default-scheduler',
    });
    expect(api.list(R.events, 'default', { fieldSelector: `involvedObject.name=web,involvedObject.uid=${pod.metadata.uid}` }).items).toHaveLength(1);
  });

  it('counts the same event again on one Event, however much later (client-go eventLogger)', () => {
    const { clock, api, pod, rec } = setup();
    const src = { component: 'kubelet', host: 'node-1' };
    const first = rec.record(pod, 'Warning', 'BackOff', 'Back-off restarting failed container', src)!;
    clock.advance(60_000);
    const second = rec.record(pod, 'Warning', 'BackOff', 'Back-off restarting failed container', src)!;
    expect(second.metadata.name).toBe(first.metadata.name);
    expect(second).toMatchObject({ count: 2, firstTimestamp: '2025-01-06T09:00:00Z', lastTimestamp: '2025-01-06T09:01:00Z' });
    rec.record(pod, 'Warning', 'BackOff', 'another message', src);
    clock.advance(11 * 60_000);
    const later = rec.record(pod, 'Warning', 'BackOff', 'Back-off restarting failed container', src)!;
    expect(later).toMatchObject({ count: 3, metadata: { name: first.metadata.name } });
    expect(api.list(R.events, 'default').items).toHaveLength(2);
  });

  it('combines the tenth different message for one object and reason into one counted Event', () => {
    const { api, pod, rec } = setup();
    const src = { component: 'replicaset-controller' };
    for (let i = 1; i <= 14; i++) rec.record(pod, 'Normal', 'SuccessfulCreate', `Created pod: web-${i}`, src);
    const events = api.list(R.events, 'default').items as unknown as Array<{ message: string; count: number }>;
    // nine as they came, then one combined Event counting the rest, with the latest message
    expect(events).toHaveLength(10);
    const combined = events.find((e) => e.message.startsWith('(combined'));
    expect(combined).toMatchObject({ message: '(combined from similar events): Created pod: web-14', count: 5 });
  });

  it('drops what one source says about one object beyond a burst of 25, then allows one per five minutes', () => {
    const { clock, api, pod, rec } = setup();
    const src = { component: 'kubelet', host: 'node-1' };
    const results = Array.from({ length: 30 }, (_, i) => rec.record(pod, 'Normal', `Reason${i}`, 'm', src));
    expect(results.filter((r) => r === undefined)).toHaveLength(5);
    expect(rec.record(pod, 'Normal', 'Other', 'm', { component: 'default-scheduler' })).toBeDefined(); // another source has its own budget
    clock.advance(299_000);
    expect(rec.record(pod, 'Normal', 'Late', 'm', src)).toBeUndefined();
    clock.advance(1_000);
    expect(rec.record(pod, 'Normal', 'Late', 'm', src)).toBeDefined();
    expect(api.list(R.events, 'default').items).toHaveLength(27);
  });

  it('events about cluster-scoped objects go to default', () => {
    const { api, rec } = setup();
    const ns = api.get(R.namespaces, undefined, 'kube-public');
    const ev = rec.record(ns, 'Normal', 'Test', 'x', { component: 'test' })!;
    expect(ev.metadata.namespace).toBe('default');
    expect((ev.involvedObject as { namespace?: string }).namespace).toBeUndefined();
  });
});

describe('nanosHex', () => {
  it('equals the exact BigInt arithmetic upstream event names use', () => {
    for (const [ms, ns] of [[0, 0], [1, 999_999], [1736154000000, 123_456], [1736154000000 + 987_654_321, 999_999], [2 ** 22 - 1, 1], [253402300799999, 999_999]]) {
      const exact = (BigInt(ms) * 1_000_000n + BigInt(ns)).toString(16).padStart(16, '0');
      expect(nanosHex(ms, ns)).toBe(exact);
    }
  });
});
