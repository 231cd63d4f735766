import { describe, expect, it } from 'vitest';
import { Clock, Rng } from '../../clock';
import { R } from '../../api/resources';
import { EventRecorder } from '../events';
import { ApiServer } from './apiserver';
import { errOf, newServer, pod, service } from './test-helpers';

describe('snapshots', () => {
  it('a restored api-server holds the same objects, revision and allocations', () => {
    const { api } = newServer();
    api.create(R.pods, 'default', pod('p'));
    api.create(R.services, 'default', service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }));
    const snap = JSON.parse(JSON.stringify(api.snapshot()));
    const restored = new ApiServer({ clock: new Clock(), rng: new Rng(1), snapshot: snap });
    expect(restored.listAll()).toEqual(api.listAll());
    expect(restored.currentResourceVersion()).toBe(api.currentResourceVersion());
    expect(errOf(() => restored.create(R.services, 'default', service('other', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }))).message).toContain('provided port is already allocated');
    const next = restored.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } });
    expect(Number(next.metadata.resourceVersion)).toBe(Number(api.currentResourceVersion()) + 1);
  });
});

describe('event TTL', () => {
  it('events expire an hour after their last write', () => {
    const { api, clock } = newServer();
    const p = api.create(R.pods, 'default', pod('p'));
    const rec = new EventRecorder(api, clock, new Rng(2));
    rec.record(p, 'Normal', 'A', 'first', { component: 'test' });
    clock.advance(30 * 60_000);
    rec.record(p, 'Normal', 'B', 'second', { component: 'test' });
    clock.advance(31 * 60_000);
    expect(api.list(R.events, 'default').items.map((e) => e.reason)).toEqual(['B']);
    clock.advance(30 * 60_000);
    expect(api.list(R.events, 'default').items).toEqual([]);
  });
});
