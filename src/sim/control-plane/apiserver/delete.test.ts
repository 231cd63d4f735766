import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import { deployment, errOf, newServer, pod } from './test-helpers';

describe('delete', () => {
  it('an unscheduled pod goes at once', () => {
    const { api } = newServer();
    api.create(R.pods, 'default', pod('p'));
    const gone = api.delete(R.pods, 'default', 'p');
    expect(gone.metadata.name).toBe('p');
    expect(errOf(() => api.get(R.pods, 'default', 'p')).code).toBe(404);
  });

  it('a pod on a node is marked Terminating with its grace period; grace 0 removes it', () => {
    const { api, clock } = newServer();
    api.create(R.pods, 'default', pod('p', { terminationGracePeriodSeconds: 45 }));
    api.bind('default', 'p', 'node-1');
    const marked = api.delete(R.pods, 'default', 'p');
    expect(marked.metadata.deletionTimestamp).toBe('2025-01-06T09:00:45Z');
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(45);
    expect(api.get(R.pods, 'default', 'p').metadata.deletionTimestamp).toBe('2025-01-06T09:00:45Z');
    clock.advance(5000);
    const shorter = api.delete(R.pods, 'default', 'p', { gracePeriodSeconds: 10 });
    expect(shorter.metadata.deletionTimestamp).toBe('2025-01-06T09:00:15Z');
    api.delete(R.pods, 'default', 'p', { gracePeriodSeconds: 0 });
    expect(errOf(() => api.get(R.pods, 'default', 'p')).code).toBe(404);
  });

  it('finalizers hold an object until an update removes them', () => {
    const { api } = newServer();
    api.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', finalizers: ['example.com/hold'] } });
    const marked = api.delete(R.configmaps, 'default', 'c');
    expect(marked.metadata.deletionTimestamp).toBe('2025-01-06T09:00:00Z');
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(0);
    const held = api.get(R.configmaps, 'default', 'c');
    expect(errOf(() => api.update(R.configmaps, 'default', { ...structuredClone(held), metadata: { ...held.metadata, finalizers: ['example.com/hold', 'more'] } })).code).toBe(422);
    const events: string[] = [];
    api.watch(R.configmaps, 'default', {}, (e) => events.push(e.type));
    api.update(R.configmaps, 'default', { ...structuredClone(held), metadata: { ...held.metadata, finalizers: [] } });
    expect(errOf(() => api.get(R.configmaps, 'default', 'c')).code).toBe(404);
    expect(events).toEqual(['DELETED']);
  });

  it('propagation policies: Foreground and Orphan add finalizers, Background deletes now', () => {
    const { api } = newServer();
    api.create(R.deployments, 'default', deployment('fg'));
    api.create(R.deployments, 'default', deployment('or'));
    api.create(R.deployments, 'default', deployment('bg'));
    expect(api.delete(R.deployments, 'default', 'fg', { propagationPolicy: 'Foreground' }).metadata.finalizers).toEqual(['foregroundDeletion']);
    expect(api.delete(R.deployments, 'default', 'or', { propagationPolicy: 'Orphan' }).metadata.finalizers).toEqual(['orphan']);
    api.delete(R.deployments, 'default', 'bg');
    expect(api.list(R.deployments, 'default').items.map((d) => [d.metadata.name, Boolean(d.metadata.deletionTimestamp)])).toEqual([
      ['fg', true],
      ['or', true],
    ]);
  });

  it('namespaces: Terminating until the kubernetes finalizer is removed; no new content meanwhile', () => {
    const { api } = newServer();
    api.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    const ns = api.delete(R.namespaces, undefined, 'team');
    expect(ns.status).toEqual({ phase: 'Terminating' });
    expect(errOf(() => api.create(R.configmaps, 'team', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }))).toMatchObject({
      code: 403,
      message: 'configmaps "c" is forbidden: unable to create new content in namespace team because it is being terminated',
    });
    expect(errOf(() => api.delete(R.namespaces, undefined, 'team')).code).toBe(409);
    const cur = api.get(R.namespaces, undefined, 'team');
    api.update(R.namespaces, undefined, { ...structuredClone(cur), spec: { finalizers: [] } });
    expect(errOf(() => api.get(R.namespaces, undefined, 'team')).code).toBe(404);
    expect(errOf(() => api.delete(R.namespaces, undefined, 'default'))).toMatchObject({ code: 403, message: 'namespaces "default" is forbidden: this namespace may not be deleted' });
  });

  it('dry run validates and defaults but stores nothing', () => {
    const { api } = newServer();
    const rv = api.currentResourceVersion();
    const p = api.create(R.pods, 'default', pod('p'), { dryRun: 'All' });
    expect((p.spec as { restartPolicy: string }).restartPolicy).toBe('Always');
    expect(p.metadata.resourceVersion).toBeUndefined();
    expect(api.currentResourceVersion()).toBe(rv);
    expect(errOf(() => api.get(R.pods, 'default', 'p')).code).toBe(404);
    expect(errOf(() => api.create(R.pods, 'default', pod('p', {}, []), { dryRun: 'All' })).code).toBe(422);
    api.create(R.pods, 'default', pod('q'));
    api.delete(R.pods, 'default', 'q', { dryRun: 'All' });
    expect(api.get(R.pods, 'default', 'q').metadata.name).toBe('q');
  });
});
