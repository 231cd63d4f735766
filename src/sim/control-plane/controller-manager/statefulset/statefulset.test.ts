import { describe, expect, it } from 'vitest';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { testCluster } from '../../../node/kubelet/test-helpers';

type P = KubeObject & { spec: { hostname?: string; subdomain?: string; containers: Array<{ image: string }>; volumes?: Array<{ name: string; persistentVolumeClaim?: { claimName: string } }> }; status?: { phase?: string } };

function sts(replicas: number, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      serviceName: 'nginx',
      replicas,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } },
      ...extra,
    },
  };
}

const live = (c: ReturnType<typeof testCluster>) => (c.api.list(R.pods, 'default').items as P[]).filter((p) => !p.metadata.deletionTimestamp);
const names = (c: ReturnType<typeof testCluster>) => live(c).map((p) => p.metadata.name).sort();
const reasons = (c: ReturnType<typeof testCluster>) =>
  (c.api.list(R.events, 'default').items as Array<KubeObject & { message?: string; source?: { component?: string } }>)
    .filter((e) => e.source?.component === 'statefulset-controller')
    .map((e) => e.message);

describe('StatefulSet controller', () => {
  it('creates pods one by one in ordinal order, each with its identity labels, hostname and subdomain', () => {
    const c = testCluster();
    c.api.create(R.statefulsets, 'default', sts(3));
    c.advance(300);
    expect(names(c)).toEqual(['web-0']); // web-1 waits for web-0 to be Running and Ready
    c.advance(60_000);
    expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
    const p1 = live(c).find((p) => p.metadata.name === 'web-1')!;
    expect(p1.metadata.labels).toMatchObject({ app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-1', 'apps.kubernetes.io/pod-index': '1' });
    expect(p1.metadata.labels?.['controller-revision-hash']).toMatch(/^web-[0-9a-z]+$/);
    expect(p1.spec).toMatchObject({ hostname: 'web-1', subdomain: 'nginx' });
    expect(reasons(c).filter((m) => m?.startsWith('create Pod'))).toEqual([
      'create Pod web-0 in StatefulSet web successful',
      'create Pod web-1 in StatefulSet web successful',
      'create Pod web-2 in StatefulSet web successful',
    ]);
    const s = c.api.get(R.statefulsets, 'default', 'web') as KubeObject & { status: Record<string, unknown> };
    expect(s.status).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    expect(s.status.currentRevision).toBe(s.status.updateRevision);
  });

  it('creates every pod at once with the Parallel policy', () => {
    const c = testCluster();
    c.api.create(R.statefulsets, 'default', sts(3, { podManagementPolicy: 'Parallel' }));
    c.advance(300);
    expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('scales down from the highest ordinal, one pod at a time, and keeps the claims', () => {
    const c = testCluster();
    c.api.create(R.statefulsets, 'default', sts(3, {
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    }));
    c.advance(120_000);
    expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
    const claims = () => c.api.list(R.persistentvolumeclaims, 'default').items.map((x) => x.metadata.name).sort();
    expect(claims()).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    const p2 = live(c).find((p) => p.metadata.name === 'web-2')!;
    expect(p2.spec.volumes).toContainEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-2' } });
    expect(reasons(c)).toContain('create Claim www-web-0 Pod web-0 in StatefulSet web success');
    c.api.patch(R.statefulsets, 'default', 'web', 'merge', { spec: { replicas: 1 } });
    c.advance(500);
    expect(names(c)).toEqual(['web-0', 'web-1']); // web-2 goes first; web-1 waits until it is gone
    c.advance(60_000);
    expect(names(c)).toEqual(['web-0']);
    const deletes = reasons(c).filter((m) => m?.startsWith('delete Pod'));
    expect(deletes).toEqual(['delete Pod web-2 in StatefulSet web successful', 'delete Pod web-1 in StatefulSet web successful']);
    expect(claims()).toEqual(['www-web-0', 'www-web-1', 'www-web-2']); // Retain
  });

  it('rolls a new template in reverse ordinal order and respects the partition', () => {
    const c = testCluster();
    c.api.create(R.statefulsets, 'default', sts(3, { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } }));
    c.advance(60_000);
    const before = reasons(c).length;
    c.api.patch(R.statefulsets, 'default', 'web', 'merge', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } } });
    c.advance(120_000);
    const image = (n: string) => live(c).find((p) => p.metadata.name === n)!.spec.containers[0].image;
    expect([image('web-0'), image('web-1'), image('web-2')]).toEqual(['nginx:1.26', 'nginx:1.27', 'nginx:1.27']);
    expect(reasons(c).slice(before).filter((m) => m?.startsWith('delete Pod'))).toEqual([
      'delete Pod web-2 in StatefulSet web successful',
      'delete Pod web-1 in StatefulSet web successful',
    ]);
    const s = c.api.get(R.statefulsets, 'default', 'web') as KubeObject & { status: Record<string, unknown> };
    expect(s.status).toMatchObject({ replicas: 3, updatedReplicas: 2, currentReplicas: 1 });
    expect(s.status.currentRevision).not.toBe(s.status.updateRevision);
  });

  it('leaves pods alone with OnDelete until they are deleted', () => {
    const c = testCluster();
    c.api.create(R.statefulsets, 'default', sts(2, { updateStrategy: { type: 'OnDelete' } }));
    c.advance(60_000);
    c.api.patch(R.statefulsets, 'default', 'web', 'merge', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } } });
    c.advance(60_000);
    expect(live(c).map((p) => p.spec.containers[0].image)).toEqual(['nginx:1.26', 'nginx:1.26']);
    c.api.delete(R.pods, 'default', 'web-1');
    c.advance(60_000);
    const img = Object.fromEntries(live(c).map((p) => [p.metadata.name, p.spec.containers[0].image]));
    expect(img).toEqual({ 'web-0': 'nginx:1.26', 'web-1': 'nginx:1.27' });
  });
});
