import { describe, expect, it } from 'vitest';
import { R } from '../../../api/resources';
import type { KubeObject } from '../../../api/types';
import { createCluster } from '../../../cluster';

type Slice = KubeObject & { endpoints?: Array<{ addresses: string[]; conditions: { ready: boolean }; targetRef: { name: string } }>; ports?: Array<{ port: number }> };

describe('EndpointSlice controller', () => {
  it('keeps one slice per Service with ready endpoints, and a placeholder without ports when none', () => {
    const c = createCluster({ seed: 2, addons: false });
    c.api.create(R.deployments, 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
    });
    c.api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
    c.advance(20_000);
    const slices = () => c.api.list(R.endpointslices, 'default', { labelSelector: 'kubernetes.io/service-name=web' }).items as Slice[];
    const [first] = slices();
    expect(slices()).toHaveLength(1);
    expect(first.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
    expect(first.ports?.map((p) => p.port)).toEqual([80]);
    expect(first.endpoints?.every((e) => e.conditions.ready && e.targetRef.name.startsWith('web-'))).toBe(true);
    expect(first.endpoints).toHaveLength(2);

    c.api.patch(R.deployments, 'default', 'web', 'merge', { spec: { replicas: 0 } });
    c.advance(40_000);
    const [placeholder] = slices();
    expect(slices()).toHaveLength(1);
    expect(placeholder.metadata.name).toBe(first.metadata.name);
    expect(placeholder.ports).toEqual([]);
    expect(placeholder.endpoints).toEqual([]);
  });
});
