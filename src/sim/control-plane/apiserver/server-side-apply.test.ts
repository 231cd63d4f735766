import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { deployment, errOf, newServer } from './test-helpers';

type Dep = KubeObject & { spec: { replicas: number; template: { spec: { containers: { name: string; image: string }[] } } } };
const applyCfg = (extra: Record<string, unknown> = {}, containers = [{ name: 'app', image: 'nginx:1' }]) =>
  ({ ...deployment('web', { template: { metadata: { labels: { app: 'web' } }, spec: { containers } }, ...extra }) }) as KubeObject;

describe('server-side apply', () => {
  it('creates what does not exist and records the applier in managedFields', () => {
    const { api, clock } = newServer();
    const d = api.patch(R.deployments, 'default', 'web', 'apply', applyCfg({ replicas: 2 }), { fieldManager: 'helm' }) as Dep;
    expect(d.spec.replicas).toBe(2);
    expect(d.metadata.managedFields).toEqual([
      expect.objectContaining({ manager: 'helm', operation: 'Apply', apiVersion: 'apps/v1', fieldsType: 'FieldsV1', time: '2025-01-06T09:00:00Z' }),
    ]);
    const f = d.metadata.managedFields![0].fieldsV1 as Record<string, Record<string, unknown>>;
    expect(f['f:spec']['f:replicas']).toEqual({});
    // applying the same configuration again writes nothing
    clock.advance(5000);
    const again = api.patch(R.deployments, 'default', 'web', 'apply', applyCfg({ replicas: 2 }), { fieldManager: 'helm' });
    expect(again.metadata.resourceVersion).toBe(d.metadata.resourceVersion);
  });

  it('fields the applier leaves out are removed; list items merge by key', () => {
    const { api } = newServer();
    api.patch(R.deployments, 'default', 'web', 'apply', applyCfg({ replicas: 2, minReadySeconds: 5 }, [{ name: 'app', image: 'nginx:1' }, { name: 'log', image: 'busybox' }]), { fieldManager: 'me' });
    const d = api.patch(R.deployments, 'default', 'web', 'apply', applyCfg({ replicas: 2 }, [{ name: 'app', image: 'nginx:2' }]), { fieldManager: 'me' }) as Dep & { spec: { minReadySeconds?: number } };
    expect(d.spec.minReadySeconds).toBeUndefined();
    expect(d.spec.template.spec.containers.map((c) => `${c.name}=${c.image}`)).toEqual(['app=nginx:2']);
    expect(d.metadata.generation).toBe(2);
  });

  it('another applier with a different value conflicts unless forced', () => {
    const { api } = newServer();
    api.patch(R.deployments, 'default', 'web', 'apply', applyCfg({ replicas: 2 }), { fieldManager: 'helm' });
    const err = errOf(() => api.patch(R.deployments, 'default', 'web', 'apply', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 5 } }, { fieldManager: 'kubectl' }));
    expect(err).toMatchObject({ code: 409, reason: 'Conflict', message: 'Apply failed with 1 conflict: conflict with "helm" using apps/v1: .spec.replicas' });
    const forced = api.patch(R.deployments, 'default', 'web', 'apply', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 5 } }, { fieldManager: 'kubectl', force: true }) as Dep;
    expect(forced.spec.replicas).toBe(5);
    const helm = forced.metadata.managedFields!.find((e) => e.manager === 'helm')!;
    expect((helm.fieldsV1 as Record<string, Record<string, unknown>>)['f:spec']['f:replicas']).toBeUndefined();
    // the same value is shared ownership, not a conflict
    api.patch(R.deployments, 'default', 'web', 'apply', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 5 } }, { fieldManager: 'third' });
  });

  it('needs a field manager', () => {
    const { api } = newServer();
    expect(errOf(() => api.patch(R.deployments, 'default', 'web', 'apply', applyCfg(), {}))).toMatchObject({ code: 400, message: 'fieldManager is required for apply requests' });
  });

  it('plain updates keep managedFields they leave out', () => {
    const { api } = newServer();
    const d = api.patch(R.deployments, 'default', 'web', 'apply', applyCfg(), { fieldManager: 'helm' });
    const copy = structuredClone(d);
    delete (copy.metadata as { managedFields?: unknown }).managedFields;
    const u = api.update(R.deployments, 'default', { ...copy, metadata: { ...copy.metadata, labels: { x: 'y' } } });
    expect(u.metadata.managedFields).toEqual(d.metadata.managedFields);
  });
});
