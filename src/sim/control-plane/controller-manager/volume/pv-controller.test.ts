// Dynamic provisioning with AKS's StorageClasses: the default class, WaitForFirstConsumer, binding,
// and what happens to the volume when the claim goes.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../cluster';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';

type Claim = KubeObject & { spec: { storageClassName?: string; volumeName?: string }; status?: { phase?: string; capacity?: { storage?: string } } };
type Volume = KubeObject & { spec: { claimRef?: { name?: string }; persistentVolumeReclaimPolicy?: string }; status?: { phase?: string } };

const claim = (name: string, storageClassName?: string) =>
  ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } }, ...(storageClassName ? { storageClassName } : {}) } }) as never;
const pod = (name: string, claimName: string) =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }] } }) as never;

describe('persistent volumes', () => {
  it('gives a claim without a class the default one, waits for its first consumer, then provisions and binds', () => {
    const c = createCluster({ seed: 2 });
    expect((c.api.create(R.persistentvolumeclaims, 'default', claim('data')) as Claim).spec.storageClassName).toBe('default');
    c.advance(30_000);
    expect((c.api.get(R.persistentvolumeclaims, 'default', 'data') as Claim).status?.phase).toBe('Pending');
    const reasons = () => (c.api.list(R.events, 'default').items as Array<KubeObject & { reason?: string }>).map((e) => e.reason);
    expect(reasons()).toContain('WaitForFirstConsumer');

    c.api.create(R.pods, 'default', pod('app', 'data'));
    c.advance(2_000);
    // scheduled, but the pod waits for its volume
    expect((c.api.get(R.pods, 'default', 'app') as KubeObject & { status?: { phase?: string } }).status?.phase).toBe('Pending');
    c.advance(30_000);
    const bound = c.api.get(R.persistentvolumeclaims, 'default', 'data') as Claim;
    expect(bound.status).toMatchObject({ phase: 'Bound', capacity: { storage: '5Gi' } });
    expect(bound.spec.volumeName).toBe(`pvc-${bound.metadata.uid}`);
    const pv = c.api.get(R.persistentvolumes, undefined, bound.spec.volumeName!) as Volume;
    expect(pv).toMatchObject({ spec: { claimRef: { name: 'data' }, persistentVolumeReclaimPolicy: 'Delete' }, status: { phase: 'Bound' } });
    expect(reasons()).toEqual(expect.arrayContaining(['ExternalProvisioning', 'Provisioning', 'ProvisioningSucceeded']));
    expect((c.api.get(R.pods, 'default', 'app') as KubeObject & { status?: { phase?: string } }).status?.phase).toBe('Running');

    c.api.delete(R.pods, 'default', 'app', { gracePeriodSeconds: 0 });
    c.api.delete(R.persistentvolumeclaims, 'default', 'data');
    c.advance(1_000);
    expect(() => c.api.get(R.persistentvolumes, undefined, pv.metadata.name!)).toThrow(/not found/);
  });

  it('binds an Immediate class at once, and says so when the class does not exist', () => {
    const c = createCluster({ seed: 3 });
    c.api.create(R.persistentvolumeclaims, 'default', claim('files', 'azurefile-csi'));
    c.api.create(R.persistentvolumeclaims, 'default', claim('lost', 'no-such-class'));
    c.advance(20_000);
    expect((c.api.get(R.persistentvolumeclaims, 'default', 'files') as Claim).status?.phase).toBe('Bound');
    expect((c.api.get(R.persistentvolumeclaims, 'default', 'lost') as Claim).status?.phase).toBe('Pending');
    const failed = (c.api.list(R.events, 'default').items as Array<KubeObject & { reason?: string; message?: string }>).find((e) => e.reason === 'ProvisioningFailed');
    expect(failed?.message).toBe('storageclass.storage.k8s.io "no-such-class" not found');
  });
});
