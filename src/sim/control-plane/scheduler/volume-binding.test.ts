import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { testCluster } from '../../node/kubelet/test-helpers';

const pod = (claim: string): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'db' }, spec: { containers: [{ name: 'db', image: 'nginx:1.27', volumeMounts: [{ name: 'data', mountPath: '/data' }] }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: claim } }] } }) as KubeObject;

describe('VolumeBinding PreFilter', () => {
  it('keeps a pod whose claim is missing Pending with upstream’s message, and schedules it once the claim exists', () => {
    const c = testCluster();
    const nodes = c.api.list(R.nodes, undefined).items.length;
    c.api.create(R.pods, 'default', pod('data-db'));
    c.advance(2_000);
    let p = c.api.get(R.pods, 'default', 'db') as unknown as Pod;
    expect(p.spec?.nodeName).toBeUndefined();
    const cond = p.status?.conditions?.find((x) => x.type === 'PodScheduled');
    expect(cond).toMatchObject({ status: 'False', reason: 'Unschedulable', message: `0/${nodes} nodes are available: persistentvolumeclaim "data-db" not found. preemption: 0/${nodes} nodes are available: ${nodes} Preemption is not helpful for scheduling.` });
    const events = c.api.list(R.events, 'default').items as Array<KubeObject & { reason?: string; message?: string }>;
    expect(events.some((e) => e.reason === 'FailedScheduling' && e.message === cond?.message)).toBe(true);
    c.api.create(R.persistentvolumeclaims, 'default', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-db' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } as KubeObject);
    c.advance(60_000);
    p = c.api.get(R.pods, 'default', 'db') as unknown as Pod;
    expect(p.spec?.nodeName).toBeDefined();
    expect(p.status?.phase).toBe('Running');
  });

  it('with a WaitForFirstConsumer class, picks a node for the claim first and binds the pod there once the volume is provisioned', () => {
    const c = testCluster();
    c.api.create(R.persistentvolumeclaims, 'default', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-db' }, spec: { storageClassName: 'managed-csi', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } as KubeObject);
    c.api.create(R.pods, 'default', pod('data-db'));
    c.advance(1_500);
    const claim = () => c.api.get(R.persistentvolumeclaims, 'default', 'data-db') as KubeObject & { spec: { volumeName?: string }; status: { phase?: string } };
    const selected = claim().metadata.annotations?.['volume.kubernetes.io/selected-node'];
    expect(selected).toMatch(/^aks-/);
    expect(claim().status.phase).toBe('Pending');
    expect((c.api.get(R.pods, 'default', 'db') as unknown as Pod).spec?.nodeName).toBeUndefined(); // PreBind waits
    c.advance(30_000);
    expect(claim().status.phase).toBe('Bound');
    const p = c.api.get(R.pods, 'default', 'db') as unknown as Pod;
    expect(p.spec?.nodeName).toBe(selected);
    expect(p.status?.phase).toBe('Running');
  });

  it('keeps a pod whose Immediate claim is not bound yet Pending with upstream’s message', () => {
    const c = testCluster();
    c.api.create(R.persistentvolumeclaims, 'default', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-db' }, spec: { storageClassName: 'no-such-class', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } as KubeObject);
    c.api.create(R.pods, 'default', pod('data-db'));
    c.advance(2_000);
    const p = c.api.get(R.pods, 'default', 'db') as unknown as Pod;
    expect(p.spec?.nodeName).toBeUndefined();
    expect(p.status?.conditions?.find((x) => x.type === 'PodScheduled')?.message).toMatch(/^0\/\d+ nodes are available: pod has unbound immediate PersistentVolumeClaims\. preemption: /);
  });
});
