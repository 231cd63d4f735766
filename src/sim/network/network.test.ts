import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster';
import { R } from '../api/resources';
import type { KubeObject } from '../api/types';
import { curl, wget } from './curl';

function deployment(name: string, image: string, replicas: number, args?: string[]): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image, ...(args ? { args } : {}) }] } } },
  } as KubeObject;
}

function service(name: string, port: number, targetPort: number | string, type = 'ClusterIP'): KubeObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { type, selector: { app: name }, ports: [{ port, targetPort, protocol: 'TCP' }] } } as KubeObject;
}

function setup() {
  const c = createCluster({ seed: 7 });
  c.api.create(R.deployments, 'default', deployment('web', 'nginx:1.27', 3));
  c.api.create(R.services, 'default', service('web', 8080, 80));
  c.api.create(R.deployments, 'default', deployment('echo', 'hashicorp/http-echo', 1, ['-text=hi there', '-listen=:9000']));
  c.api.create(R.services, 'default', service('echo', 80, 9000, 'NodePort'));
  c.advance(30_000);
  return c;
}

describe('pod network', () => {
  it('resolves every DNS form of a Service from the caller namespace and serves nginx', () => {
    const c = setup();
    for (const host of ['web', 'web.default', 'web.default.svc', 'web.default.svc.cluster.local']) {
      const r = c.network.request({ url: `http://${host}:8080/`, fromNamespace: 'default' });
      expect(r.ok && r.status === 200 && r.body.includes('<title>Welcome to nginx!</title>')).toBe(true);
    }
    // the short name uses the caller's search path: from kube-system, `web` is not there
    expect(c.network.request({ url: 'http://web:8080/', fromNamespace: 'kube-system' })).toEqual({ ok: false, code: 6, message: 'Could not resolve host: web' });
    expect(c.network.request({ url: 'http://web.default:8080/', fromNamespace: 'kube-system' }).ok).toBe(true);
  });

  it('routes to a random ready endpoint, deterministically, and records the path', () => {
    const pods = new Set<string>();
    const c = setup();
    for (let i = 0; i < 30; i++) c.network.request({ url: 'web:8080', fromNamespace: 'default', from: 't' });
    for (const p of c.network.recentPaths()) pods.add(p[2].name);
    expect(pods.size).toBe(3);
    expect(c.network.recentPaths()[0].map((h) => h.kind)).toEqual(['client', 'service', 'pod']);
    const again = setup();
    for (let i = 0; i < 30; i++) again.network.request({ url: 'web:8080', fromNamespace: 'default', from: 't' });
    expect(again.network.recentPaths().map((p) => p[2].name.split('-').length)).toEqual(c.network.recentPaths().map((p) => p[2].name.split('-').length));
  });

  it('tells listeners each request path as it is taken, until they unsubscribe', () => {
    const c = setup();
    const seen: string[] = [];
    const off = c.network.onPath((hops) => seen.push(hops.map((h) => `${h.kind}:${h.name}`).join(' > ')));
    c.network.request({ url: 'http://web:8080/', fromNamespace: 'default', from: 'jump' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^client:jump > service:default\/web > pod:default\/web-[a-z0-9]+-[a-z0-9]{5}$/);
    off();
    c.network.request({ url: 'http://web:8080/', fromNamespace: 'default' });
    expect(seen).toHaveLength(1);
  });

  it('answers on the NodePort of any node and 404s unknown nginx paths', () => {
    const c = setup();
    const svc = c.api.get(R.services, 'default', 'echo') as { spec?: { nodePort?: number; ports?: { nodePort?: number }[] } };
    const nodePort = svc.spec?.ports?.[0].nodePort;
    const node = c.api.list(R.nodes, '').items[0] as { status?: { addresses?: { type: string; address: string }[] } };
    const ip = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
    const r = c.network.request({ url: `http://${ip}:${nodePort}/anything`, fromNamespace: 'default' });
    expect(r.ok && r.body).toBe('hi there\n');
    const missing = c.network.request({ url: 'http://web:8080/nope', fromNamespace: 'default' });
    expect(missing.ok && missing.status).toBe(404);
  });
});

describe('curl and wget', () => {
  const send = () => ({ ok: true as const, status: 200, reason: 'OK', headers: [['Server', 'nginx/1.27.3']] as [string, string][], body: 'hello\n' });
  const fail = () => ({ ok: false as const, code: 6, message: 'Could not resolve host: web' });
  it('prints bodies, headers and write-out like curl 8', () => {
    expect(curl(['-s', 'web'], send).stdout).toBe('hello\n');
    expect(curl(['-I', 'web'], send).stdout).toBe('HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\n\r\n');
    expect(curl(['-so', '/dev/null', '-w', '%{http_code}', 'web'], send).stdout).toBe('200');
    expect(curl(['-s', '-o', '/dev/null', 'web'], send).stdout).toBe('');
    const v = curl(['-v', 'web'], () => ({ ...send(), remote: { host: 'web', ip: '10.0.1.2', port: 80 } }));
    expect(v.stderr.split('\n').slice(0, 4)).toEqual(['*   Trying 10.0.1.2:80...', '* Connected to web (10.0.1.2) port 80 (#0)', '> GET / HTTP/1.1', '> Host: web']);
    expect(curl(['web'], fail)).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: web\n', exitCode: 6 });
    expect(curl(['-s', 'web'], fail)).toEqual({ stdout: '', stderr: '', exitCode: 6 });
  });
  it('busybox wget -qO- prints the body; bad hosts are bad addresses', () => {
    expect(wget(['-qO-', 'http://web'], send)).toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 });
    expect(wget(['-qO-', 'http://web'], fail).stderr).toBe("wget: bad address 'web'\n");
  });
});
