import { describe, expect, it } from 'vitest';
import { Clock, Rng } from '../../clock';
import { R } from '../../api/resources';
import type { KubeObject, WatchEvent } from '../../api/types';
import { ApiServer } from './apiserver';
import { localClient } from '../../api/local-client';

function server(seed = 1) {
  const clock = new Clock();
  return { api: new ApiServer({ clock, rng: new Rng(seed) }), clock };
}

const cm = (name: string, data: Record<string, string> = {}, labels?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, labels },
  data,
});

function errOf(fn: () => unknown): { code: number; reason: string; message: string } {
  try {
    fn();
  } catch (e) {
    return (e as { status: { code: number; reason: string; message: string } }).status;
  }
  throw new Error('expected an error');
}

describe('ApiServer basics', () => {
  it('starts with the four system namespaces, Active, labelled and finalized', () => {
    const { api } = server();
    const names = api.list(R.namespaces, undefined).items.map((n) => n.metadata.name);
    expect(names).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    const ns = api.get(R.namespaces, undefined, 'kube-system');
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'kube-system' });
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(ns.status).toEqual({ phase: 'Active' });
  });

  it('creates with uid, creationTimestamp and a rising resourceVersion; get returns it', () => {
    const { api } = server();
    const before = Number(api.currentResourceVersion());
    const a = api.create(R.configmaps, 'default', cm('a'));
    expect(a.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.metadata.creationTimestamp).toBe('2025-01-06T09:00:00Z');
    expect(Number(a.metadata.resourceVersion)).toBe(before + 1);
    expect(a.metadata.namespace).toBe('default');
    expect(api.get(R.configmaps, 'default', 'a')).toEqual(a);
  });

  it('rejects duplicates, missing objects and missing namespaces with upstream messages', () => {
    const { api } = server();
    api.create(R.configmaps, 'default', cm('a'));
    expect(errOf(() => api.create(R.configmaps, 'default', cm('a')))).toMatchObject({ code: 409, reason: 'AlreadyExists', message: 'configmaps "a" already exists' });
    expect(errOf(() => api.get(R.configmaps, 'default', 'zz'))).toMatchObject({ code: 404, message: 'configmaps "zz" not found' });
    expect(errOf(() => api.create(R.configmaps, 'nope', cm('b')))).toMatchObject({ code: 404, message: 'namespaces "nope" not found' });
    const stale = { ...cm('b'), metadata: { name: 'b', resourceVersion: '5' } };
    expect(errOf(() => api.create(R.configmaps, 'default', stale))).toMatchObject({ code: 400, message: 'resourceVersion should not be set on objects to be created' });
  });

  it('lists one namespace, by label selector and field selector', () => {
    const { api } = server();
    api.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } });
    api.create(R.configmaps, 'default', cm('b', {}, { app: 'web' }));
    api.create(R.configmaps, 'default', cm('a', {}, { app: 'db' }));
    api.create(R.configmaps, 'other', cm('c', {}, { app: 'web' }));
    expect(api.list(R.configmaps, 'default').items.map((o) => o.metadata.name)).toEqual(['a', 'b']);
    expect(api.list(R.configmaps, undefined, { labelSelector: 'app=web' }).items.map((o) => o.metadata.name)).toEqual(['b', 'c']);
    expect(api.list(R.configmaps, undefined, { fieldSelector: 'metadata.namespace!=default' }).items.map((o) => o.metadata.name)).toEqual(['c']);
    expect(errOf(() => api.list(R.configmaps, undefined, { fieldSelector: 'data.x=1' }))).toMatchObject({ code: 400, message: 'field label not supported: data.x' });
  });

  it('owner references: required fields and a single controller', () => {
    const { api } = server();
    const ref = (name: string) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name, uid: `uid-${name}`, controller: true });
    const two = { ...cm('a'), metadata: { name: 'a', ownerReferences: [ref('x'), ref('y')] } };
    expect(errOf(() => api.create(R.configmaps, 'default', two)).message).toBe(
      'ConfigMap "a" is invalid: metadata.ownerReferences: Invalid value: []v1.OwnerReference{…}: Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/x and ReplicaSet/y',
    );
    const noUid = { ...cm('a'), metadata: { name: 'a', ownerReferences: [{ ...ref('x'), uid: '' }] } };
    expect(errOf(() => api.create(R.configmaps, 'default', noUid)).message).toBe('ConfigMap "a" is invalid: metadata.ownerReferences.uid: Invalid value: "": uid must not be empty');
  });

  it('update: optimistic concurrency, no-op updates keep the resourceVersion', () => {
    const { api } = server();
    const a = api.create(R.configmaps, 'default', cm('a', { k: '1' }));
    const b = api.update(R.configmaps, 'default', { ...structuredClone(a), data: { k: '2' } });
    expect(Number(b.metadata.resourceVersion)).toBeGreaterThan(Number(a.metadata.resourceVersion));
    expect(errOf(() => api.update(R.configmaps, 'default', { ...structuredClone(a), data: { k: '3' } }))).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message: 'Operation cannot be fulfilled on configmaps "a": the object has been modified; please apply your changes to the latest version and try again',
    });
    const same = api.update(R.configmaps, 'default', structuredClone(b));
    expect(same.metadata.resourceVersion).toBe(b.metadata.resourceVersion);
  });

  it('stored objects are frozen', () => {
    const { api } = server();
    const a = api.create(R.configmaps, 'default', cm('a', { k: '1' }));
    expect(() => {
      (a as unknown as { data: Record<string, string> }).data.k = 'x';
    }).toThrow(TypeError);
  });

  it('watch: live events, selector transitions, replay from a resourceVersion', () => {
    const { api } = server();
    const seen: string[] = [];
    const stop = api.watch(R.configmaps, 'default', { labelSelector: 'app=web' }, (ev: WatchEvent) => seen.push(`${ev.type} ${ev.object.metadata.name}`));
    const a = api.create(R.configmaps, 'default', cm('a', {}, { app: 'web' }));
    api.create(R.configmaps, 'default', cm('b', {}, { app: 'db' }));
    const a2 = api.update(R.configmaps, 'default', { ...structuredClone(a), metadata: { ...a.metadata, labels: { app: 'db' } } });
    api.update(R.configmaps, 'default', { ...structuredClone(a2), metadata: { ...a2.metadata, labels: { app: 'web' } } });
    api.delete(R.configmaps, 'default', 'a');
    stop();
    api.create(R.configmaps, 'default', cm('c', {}, { app: 'web' }));
    expect(seen).toEqual(['ADDED a', 'DELETED a', 'ADDED a', 'DELETED a']);

    const replay: string[] = [];
    api.watch(R.configmaps, undefined, { resourceVersion: a.metadata.resourceVersion }, (ev) => replay.push(`${ev.type} ${ev.object.metadata.name}`));
    expect(replay).toEqual(['ADDED b', 'MODIFIED a', 'MODIFIED a', 'DELETED a', 'ADDED c']);
  });

  it('watch from a resourceVersion older than the history is 410 Gone', () => {
    const api = new ApiServer({ clock: new Clock(), rng: new Rng(1), historySize: 3 });
    for (let i = 0; i < 5; i++) api.create(R.configmaps, 'default', cm(`c${i}`));
    const rv = Number(api.currentResourceVersion());
    expect(errOf(() => api.watch(R.configmaps, undefined, { resourceVersion: '1' }, () => {}))).toMatchObject({ code: 410, reason: 'Expired', message: `too old resource version: 1 (${rv - 3})` });
  });
});

describe('ApiServer patch and determinism', () => {
  it('patch: merge, json and strategic through the verbs; generation counts spec changes', () => {
    const { api } = server();
    api.create(R.deployments, 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'nginx:1' }, { name: 'log', image: 'busybox' }] } } },
    });
    const m = api.patch(R.deployments, 'default', 'web', 'merge', { spec: { replicas: 3 } });
    expect((m.spec as { replicas: number }).replicas).toBe(3);
    expect(m.metadata.generation).toBe(2);
    const j = api.patch(R.deployments, 'default', 'web', 'json', [{ op: 'replace', path: '/spec/replicas', value: 4 }]);
    expect((j.spec as { replicas: number }).replicas).toBe(4);
    const s = api.patch(R.deployments, 'default', 'web', 'strategic', JSON.stringify({ spec: { template: { spec: { containers: [{ name: 'app', image: 'nginx:2' }] } } } }));
    const containers = (s.spec as { template: { spec: { containers: { name: string; image: string }[] } } }).template.spec.containers;
    expect(containers.map((c) => `${c.name}=${c.image}`)).toEqual(['app=nginx:2', 'log=busybox']);
    expect(s.metadata.generation).toBe(4);
    const labelsOnly = api.patch(R.deployments, 'default', 'web', 'merge', { metadata: { labels: { team: 'a' } } });
    expect(labelsOnly.metadata.generation).toBe(4);
    expect(errOf(() => api.patch(R.deployments, 'default', 'web', 'merge', { spec: { replicas: -1 } })).code).toBe(422);
    expect(errOf(() => api.patch(R.deployments, 'default', 'nope', 'merge', {})).message).toBe('deployments.apps "nope" not found');
  });

  it('same seed and same calls give byte-identical objects', () => {
    const run = () => {
      const { api } = server(42);
      api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'web-' }, spec: { containers: [{ name: 'a', image: 'nginx' }] } });
      api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80 }] } });
      return JSON.stringify(api.listAll());
    };
    expect(run()).toBe(run());
    const other = (() => {
      const { api } = server(43);
      api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'web-' }, spec: { containers: [{ name: 'a', image: 'nginx' }] } });
      return JSON.stringify(api.listAll());
    })();
    expect(other).not.toBe(run());
  });

  it('localClient returns copies and calls afterCall after writes', async () => {
    const { api } = server();
    let writes = 0;
    const client = localClient(api, () => writes++);
    const created = await client.create(R.configmaps, 'default', cm('a', { k: '1' }));
    (created as unknown as { data: Record<string, string> }).data.k = 'mutated';
    expect((api.get(R.configmaps, 'default', 'a') as unknown as { data: Record<string, string> }).data.k).toBe('1');
    await client.get(R.configmaps, 'default', 'a');
    expect(writes).toBe(1);
    await expect(client.get(R.configmaps, 'default', 'zz')).rejects.toMatchObject({ status: { code: 404 } });
  });
});
