// A web server serves the index.html a ConfigMap volume mounts over its document root (nginx's
// /usr/share/nginx/html, httpd's htdocs), as the stable/nginx chart's indexHtml does; without one,
// the image's own page.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster';
import { R } from '../api/resources';
import type { KubeObject } from '../api/types';

function pod(name: string, image: string, mountPath?: string): KubeObject {
  const mount = mountPath ? { volumeMounts: [{ name: 'html', mountPath }] } : {};
  const volumes = mountPath ? { volumes: [{ name: 'html', configMap: { name: 'page' } }] } : {};
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: name } }, spec: { containers: [{ name: 'web', image, ...mount }], ...volumes } } as KubeObject;
}

const get = (c: ReturnType<typeof createCluster>, name: string) => {
  const ip = (c.api.get(R.pods, 'default', name) as { status?: { podIP?: string } }).status?.podIP;
  const r = c.network.request({ url: `http://${ip}/`, fromNamespace: 'default' });
  return r.ok ? r.body : r.message;
};

describe('the page a web server serves', () => {
  it('is the mounted index.html when a ConfigMap covers the document root', () => {
    const c = createCluster({ seed: 3 });
    c.api.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'page' }, data: { 'index.html': '<h1>Hello AKS</h1>\n' } } as KubeObject);
    c.api.create(R.pods, 'default', pod('mounted', 'nginx:1.27', '/usr/share/nginx/html'));
    c.api.create(R.pods, 'default', pod('apache', 'httpd:2.4', '/usr/local/apache2/htdocs'));
    c.api.create(R.pods, 'default', pod('elsewhere', 'nginx:1.27', '/etc/nginx/extra'));
    c.api.create(R.pods, 'default', pod('plain', 'nginx:1.27'));
    c.advance(30_000);
    expect(get(c, 'mounted')).toBe('<h1>Hello AKS</h1>\n');
    expect(get(c, 'apache')).toBe('<h1>Hello AKS</h1>\n');
    expect(get(c, 'elsewhere')).toContain('<title>Welcome to nginx!</title>');
    expect(get(c, 'plain')).toContain('<title>Welcome to nginx!</title>');
  });
});
