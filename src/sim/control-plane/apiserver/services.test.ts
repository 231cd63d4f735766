import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { errOf, newServer, service } from './test-helpers';

type Svc = { spec: { clusterIP: string; clusterIPs: string[]; ports: { port: number; nodePort?: number; targetPort: number; protocol: string }[]; [k: string]: unknown } };
const spec = (o: KubeObject) => (o as unknown as Svc).spec;

describe('services', () => {
  it('the kubernetes Service exists at 10.0.0.1', () => {
    const { api } = newServer();
    const k = api.get(R.services, 'default', 'kubernetes');
    expect(spec(k)).toMatchObject({ clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 443 }], type: 'ClusterIP' });
    expect(k.metadata.labels).toEqual({ component: 'apiserver', provider: 'kubernetes' });
  });

  it('defaults a ClusterIP service and allocates an address in 10.0.0.0/16', () => {
    const { api } = newServer();
    const s = api.create(R.services, 'default', service('web'));
    const sp = spec(s);
    expect(sp).toMatchObject({ type: 'ClusterIP', sessionAffinity: 'None', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] });
    expect(sp.clusterIP).toMatch(/^10\.0\.\d+\.\d+$/);
    expect(sp.clusterIPs).toEqual([sp.clusterIP]);
    expect(sp.externalTrafficPolicy).toBeUndefined();
    expect(s.status).toEqual({ loadBalancer: {} });
  });

  it('NodePort services get node ports; a taken port is 422', () => {
    const { api } = newServer();
    const a = api.create(R.services, 'default', service('a', { type: 'NodePort', ports: [{ port: 80, nodePort: 30007 }, { name: 'x', port: 81 }].map((p, i) => ({ ...p, name: p.name ?? `p${i}` })) }));
    const ports = spec(a).ports;
    expect(ports[0].nodePort).toBe(30007);
    expect(ports[1].nodePort).toBeGreaterThanOrEqual(30000);
    expect(ports[1].nodePort).toBeLessThanOrEqual(32767);
    expect(spec(a).externalTrafficPolicy).toBe('Cluster');
    expect(errOf(() => api.create(R.services, 'default', service('b', { type: 'NodePort', ports: [{ port: 80, nodePort: 30007 }] })))).toMatchObject({
      code: 422,
      message: 'Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30007: provided port is already allocated',
    });
    expect(errOf(() => api.create(R.services, 'default', service('c', { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] }))).message).toBe(
      'Service "c" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
    // deleting the service frees its port
    api.delete(R.services, 'default', 'a');
    expect(spec(api.create(R.services, 'default', service('b', { type: 'NodePort', ports: [{ port: 80, nodePort: 30007 }] }))).ports[0].nodePort).toBe(30007);
  });

  it('an update that omits allocated values keeps them', () => {
    const { api } = newServer();
    const a = api.create(R.services, 'default', service('a', { type: 'NodePort' }));
    const np = spec(a).ports[0].nodePort;
    const ip = spec(a).clusterIP;
    const b = api.update(R.services, 'default', { ...service('a', { type: 'NodePort' }), metadata: { name: 'a', labels: { x: 'y' } } });
    expect(spec(b).ports[0].nodePort).toBe(np);
    expect(spec(b).clusterIP).toBe(ip);
    expect(errOf(() => api.update(R.services, 'default', { ...structuredClone(b), spec: { ...spec(b), clusterIP: '10.0.9.9', clusterIPs: ['10.0.9.9'] } } as KubeObject)).message).toBe(
      'Service "a" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.0.9.9"}: may not change once set',
    );
  });

  it('headless and ExternalName services hold no address; NodePort → ClusterIP frees the port', () => {
    const { api } = newServer();
    expect(spec(api.create(R.services, 'default', service('h', { clusterIP: 'None' })))).toMatchObject({ clusterIP: 'None', clusterIPs: ['None'] });
    const ext = spec(api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext' }, spec: { type: 'ExternalName', externalName: 'example.com' } }));
    expect(ext.clusterIP).toBeUndefined();
    const np = api.create(R.services, 'default', service('np', { type: 'NodePort', ports: [{ port: 80, nodePort: 30100 }] }));
    const asClusterIP = api.update(R.services, 'default', { ...structuredClone(np), spec: { ...spec(np), type: 'ClusterIP' } } as KubeObject);
    expect(spec(asClusterIP).ports[0].nodePort).toBeUndefined();
    expect(spec(api.create(R.services, 'default', service('again', { type: 'NodePort', ports: [{ port: 80, nodePort: 30100 }] }))).ports[0].nodePort).toBe(30100);
  });

  it('LoadBalancer services get node ports too', () => {
    const { api } = newServer();
    const lb = spec(api.create(R.services, 'default', service('lb', { type: 'LoadBalancer' })));
    expect(lb).toMatchObject({ allocateLoadBalancerNodePorts: true, externalTrafficPolicy: 'Cluster' });
    expect(lb.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
  });

  it('validation messages', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.services, 'default', service('1web'))).message).toContain('Service "1web" is invalid: metadata.name: Invalid value: "1web": a DNS-1035 label must consist of');
    expect(errOf(() => api.create(R.services, 'default', service('a', { ports: [] }))).message).toBe('Service "a" is invalid: spec.ports: Required value');
    expect(errOf(() => api.create(R.services, 'default', service('a', { ports: [{ port: 80 }, { port: 81 }] }))).message).toBe('Service "a" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: Required value]');
    expect(errOf(() => api.create(R.services, 'default', service('a', { ports: [{ port: 0 }] }))).message).toContain('spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive');
    expect(errOf(() => api.create(R.services, 'default', service('a', { type: 'Foo' }))).message).toBe(
      'Service "a" is invalid: spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    );
    expect(errOf(() => api.create(R.services, 'default', service('a', { ports: [{ port: 80, nodePort: 30001 }] }))).message).toBe(
      "Service \"a\" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    );
    expect(errOf(() => api.create(R.services, 'default', service('a', { clusterIP: '10.0.0.1' }))).message).toBe(
      'Service "a" is invalid: spec.clusterIPs[0]: Invalid value: "10.0.0.1": failed to allocate IP 10.0.0.1: provided IP is already allocated',
    );
  });
});
