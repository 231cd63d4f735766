import { describe, expect, it } from 'vitest';
import type { Endpoints, Pod } from 'kubernetes-types/core/v1';
import { createCluster } from '../cluster';
import { R } from '../api/resources';
import type { KubeObject } from '../api/types';

// Pods named like a StatefulSet's, with hostname and subdomain set by hand, behind a headless Service.
function pod(name: string, subdomain: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: 'nginx' } }, spec: { hostname: name, subdomain, containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } as KubeObject;
}

function setup() {
  const c = createCluster({ seed: 11 });
  c.api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx' }, spec: { clusterIP: 'None', selector: { app: 'nginx' }, ports: [{ name: 'web', port: 80 }] } } as KubeObject);
  c.api.create(R.pods, 'default', pod('web-0', 'nginx'));
  c.api.create(R.pods, 'default', pod('web-1', 'nginx'));
  c.api.create(R.pods, 'default', pod('other', 'elsewhere'));
  c.advance(30_000);
  const ip = (n: string) => (c.api.get(R.pods, 'default', n) as unknown as Pod).status?.podIP;
  return { c, ip };
}

describe('headless Service DNS', () => {
  it('publishes the hostname of pods whose subdomain names the Service in its Endpoints', () => {
    const { c } = setup();
    const ep = c.api.get(R.endpoints, 'default', 'nginx') as unknown as Endpoints;
    const hosts = (ep.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.hostname ?? '-'));
    expect(hosts.sort()).toEqual(['-', 'web-0', 'web-1']);
  });

  it('resolves <pod>.<service>[.<ns>.svc.cluster.local] to that pod, through the search path', () => {
    const { c, ip } = setup();
    for (const host of ['web-0.nginx', 'web-0.nginx.default', 'web-0.nginx.default.svc', 'web-0.nginx.default.svc.cluster.local']) {
      const r = c.network.request({ url: `http://${host}/`, fromNamespace: 'default' });
      expect(r.ok && r.remote?.ip).toBe(ip('web-0'));
    }
    const r1 = c.network.request({ url: 'http://web-1.nginx.default.svc.cluster.local/', fromNamespace: 'kube-system' });
    expect(r1.ok && r1.remote?.ip).toBe(ip('web-1'));
    expect(c.network.request({ url: 'http://web-1.nginx/', fromNamespace: 'kube-system' })).toEqual({ ok: false, code: 6, message: 'Could not resolve host: web-1.nginx' });
    // a pod without the Service's subdomain has no name under it; a missing ordinal neither
    expect(c.network.request({ url: 'http://other.nginx/', fromNamespace: 'default' }).ok).toBe(false);
    expect(c.network.request({ url: 'http://web-7.nginx/', fromNamespace: 'default' }).ok).toBe(false);
  });

  it('still answers the Service name itself with one of its pods', () => {
    const { c, ip } = setup();
    const r = c.network.request({ url: 'http://nginx/', fromNamespace: 'default' });
    expect(r.ok && [ip('web-0'), ip('web-1'), ip('other')].includes(r.remote?.ip)).toBe(true);
  });
});
