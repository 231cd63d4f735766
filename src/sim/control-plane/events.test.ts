import { describe, expect, it } from 'vitest';
import { Clock, Rng } from '../clock';
import { R } from '../api/resources';
import { ApiServer } from './apiserver/apiserver';
import { EventRecorder } from './events';

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
    const ev = rec.record(pod, 'Normal', 'Scheduled', 'Successfully assigned default/web to node-1', { component: 'default-scheduler' });
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

  it('aggregates repeats within ten minutes, then starts a new Event', () => {
    const { clock, api, pod, rec } = setup();
    const src = { component: 'kubelet', host: 'node-1' };
    const first = rec.record(pod, 'Warning', 'BackOff', 'Back-off restarting failed container', src);
    clock.advance(60_000);
    const second = rec.record(pod, 'Warning', 'BackOff', 'Back-off restarting failed container', src);
    expect(second.metadata.name).toBe(first.metadata.name);
    expect(second).toMatchObject({ count: 2, firstTimestamp: '2025-01-06T09:00:00Z', lastTimestamp: '2025-01-06T09:01:00Z' });
    rec.record(pod, 'Warning', 'BackOff', 'another message', src);
    clock.advance(11 * 60_000);
    const later = rec.record(pod, 'Warning', 'BackOff', 'Back-off restarting failed container', src);
    expect(later.metadata.name).not.toBe(first.metadata.name);
    expect(api.list(R.events, 'default').items).toHaveLength(3);
  });

  it('events about cluster-scoped objects go to default', () => {
    const { api, rec } = setup();
    const ns = api.get(R.namespaces, undefined, 'kube-public');
    const ev = rec.record(ns, 'Normal', 'Test', 'x', { component: 'test' });
    expect(ev.metadata.namespace).toBe('default');
    expect((ev.involvedObject as { namespace?: string }).namespace).toBeUndefined();
  });
});
