import { describe, expect, it } from 'vitest';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { isStatusError } from '../../../api/status';
import { testCluster } from '../../../node/kubelet/test-helpers';

const claim: KubeObject = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } as KubeObject;
const pod: KubeObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'db' }, spec: { containers: [{ name: 'db', image: 'nginx:1.27' }], volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }] } } as KubeObject;

function exists(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (isStatusError(e) && e.code === 404) return false;
    throw e;
  }
}

describe('PVC protection', () => {
  it('keeps a claim in use Terminating until its pod is gone, then deletes it and its volume', () => {
    const c = testCluster();
    const created = c.api.create(R.persistentvolumeclaims, 'default', claim);
    expect(created.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    c.api.create(R.pods, 'default', pod);
    c.advance(60_000);
    const bound = c.api.get(R.persistentvolumeclaims, 'default', 'data') as KubeObject & { spec: { volumeName?: string } };
    const pv = bound.spec.volumeName!;
    expect(pv).toMatch(/^pvc-/);
    c.api.delete(R.persistentvolumeclaims, 'default', 'data');
    c.advance(10_000);
    const held = c.api.get(R.persistentvolumeclaims, 'default', 'data');
    expect(held.metadata.deletionTimestamp).toBeDefined();
    expect(exists(() => c.api.get(R.persistentvolumes, undefined, pv))).toBe(true);
    c.api.delete(R.pods, 'default', 'db');
    c.advance(60_000);
    expect(exists(() => c.api.get(R.persistentvolumeclaims, 'default', 'data'))).toBe(false);
    expect(exists(() => c.api.get(R.persistentvolumes, undefined, pv))).toBe(false);
  });

  it('lets an unused claim go at once', () => {
    const c = testCluster();
    c.api.create(R.persistentvolumeclaims, 'default', claim);
    c.api.delete(R.persistentvolumeclaims, 'default', 'data');
    c.advance(1_000);
    expect(exists(() => c.api.get(R.persistentvolumeclaims, 'default', 'data'))).toBe(false);
  });
});
