import { describe, expect, it } from 'vitest';
import type { Ingress } from 'kubernetes-types/networking/v1';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { createCluster } from '../../cluster';
import { matchIngress } from './rules';

const echo = (name: string, text: string): KubeObject[] => [
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'echo', image: 'hashicorp/http-echo', args: [`-text=${text}`] }] } } },
  },
  { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: { app: name }, ports: [{ port: 80, targetPort: 5678 }] } },
];

const ing = (name: string, rules: object[], annotations?: Record<string, string>): Ingress => ({ metadata: { name, namespace: 'default', annotations }, spec: { ingressClassName: 'nginx', rules } }) as Ingress;
const rule = (host: string | undefined, paths: Array<[string, string, string]>) => ({ ...(host ? { host } : {}), http: { paths: paths.map(([path, pathType, svc]) => ({ path, pathType, backend: { service: { name: svc, port: { number: 80 } } } })) } });

describe('ingress rules', () => {
  it('prefers exact hosts, the longest path, whole path elements and Exact over Prefix', () => {
    const a = ing('a', [rule('foo.example.com', [['/', 'Prefix', 'root'], ['/api', 'Prefix', 'api'], ['/api/v2', 'Exact', 'v2']]), rule(undefined, [['/', 'Prefix', 'any']])]);
    const w = ing('w', [rule('*.example.com', [['/', 'Prefix', 'wild']])]);
    const pick = (host: string, path: string) => matchIngress([a, w], host, path)?.backend.service?.name;
    expect(pick('foo.example.com', '/api/users')).toBe('api');
    expect(pick('foo.example.com', '/apis')).toBe('root');
    expect(pick('foo.example.com', '/api/v2')).toBe('v2');
    expect(pick('foo.example.com', '/api/v2/x')).toBe('api');
    expect(pick('bar.example.com', '/x')).toBe('wild');
    expect(pick('a.b.example.com', '/x')).toBe('any');
    expect(pick('10.1.2.3', '/')).toBe('any');
    expect(matchIngress([ing('n', [rule('h', [['/only', 'Exact', 'x']])])], 'h', '/other')).toBeUndefined();
  });

  it('rewrites with regex captures', () => {
    const r = ing('r', [rule(undefined, [['/app1(/|$)(.*)', 'ImplementationSpecific', 'one']])], { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' });
    expect(matchIngress([r], 'x', '/app1/hello')).toMatchObject({ path: '/hello' });
    expect(matchIngress([r], 'x', '/app1')).toMatchObject({ path: '/' });
  });
});

describe('ingress-nginx in the cluster', () => {
  it('routes curl through the controller Service by host and path, and publishes the address', () => {
    const c = createCluster({ seed: 7 });
    for (const o of [...echo('apple', 'apple'), ...echo('banana', 'banana')]) c.api.create(o.kind === 'Service' ? R.services : R.deployments, 'default', o);
    c.api.create(R.ingresses, 'default', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', ...ing('fruit', [rule('fruit.example.com', [['/apple', 'Prefix', 'apple'], ['/banana', 'Prefix', 'banana']])]) } as KubeObject);
    c.advance(60_000);
    const svc = c.api.get(R.services, 'ingress-nginx', 'ingress-nginx-controller') as KubeObject & { status: { loadBalancer: { ingress?: Array<{ ip: string }> } } };
    const ip = svc.status.loadBalancer.ingress?.[0]?.ip;
    expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const stored = c.api.get(R.ingresses, 'default', 'fruit') as KubeObject & Ingress;
    expect(stored.status?.loadBalancer?.ingress).toEqual([{ ip }]);
    const get = (path: string, host?: string) => c.network.request({ url: `http://${ip}${path}`, fromNamespace: 'default', ...(host ? { host } : {}) });
    expect(get('/apple', 'fruit.example.com')).toMatchObject({ ok: true, status: 200, body: 'apple\n' });
    expect(get('/banana/x', 'fruit.example.com')).toMatchObject({ ok: true, status: 200, body: 'banana\n' });
    const miss = get('/apple');
    expect(miss).toMatchObject({ ok: true, status: 404 });
    if (miss.ok) expect(miss.body).toContain('<hr><center>nginx</center>');
    expect(c.network.recentPaths().at(-2)?.map((h) => h.kind)).toEqual(['client', 'service', 'pod', 'service', 'pod']);
  });

  it('rejects a path without pathType as the api-server does', () => {
    const c = createCluster({ seed: 1, addons: false });
    expect(() =>
      c.api.create(R.ingresses, 'default', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'bad' }, spec: { rules: [{ http: { paths: [{ path: '/', backend: { service: { name: 's', port: { number: 80 } } } }] } }] } }),
    ).toThrow(/spec.rules\[0\].http.paths\[0\].pathType: Required value: pathType must be specified/);
  });
});
