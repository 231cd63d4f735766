// WordPress answers only once its database is reachable (catalogue ServerNeeds): until then every
// page, its readiness probe's too, is "Error establishing a database connection" with a 500, so the
// pod stays unready; a database Service with a ready endpoint makes it serve its install page.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster';
import { R } from '../api/resources';
import type { KubeObject } from '../api/types';

const probe = { httpGet: { path: '/', port: 80 }, periodSeconds: 5 };

function wordpress(): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'wp', labels: { app: 'wp' } },
    spec: { containers: [{ name: 'wordpress', image: 'wordpress:6.6-apache', env: [{ name: 'WORDPRESS_DB_HOST', value: 'db:3306' }], readinessProbe: probe }] },
  } as KubeObject;
}

function database(): KubeObject[] {
  return [
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'db', labels: { app: 'db' } }, spec: { containers: [{ name: 'mariadb', image: 'mariadb:11.4', env: [{ name: 'MARIADB_ROOT_PASSWORD', value: 'x' }], readinessProbe: { tcpSocket: { port: 3306 }, periodSeconds: 5 } }] } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'db' }, spec: { selector: { app: 'db' }, ports: [{ port: 3306 }] } },
  ] as KubeObject[];
}

describe('a server that needs its database', () => {
  it('is unready with a 500 until the database Service has a ready endpoint', () => {
    const c = createCluster({ seed: 4 });
    c.api.create(R.pods, 'default', wordpress());
    c.advance(60_000);
    const pod = () => c.api.get(R.pods, 'default', 'wp') as unknown as { status: { podIP: string; containerStatuses: { ready: boolean }[] } };
    expect(pod().status.containerStatuses[0]!.ready).toBe(false);
    const down = c.network.request({ url: `http://${pod().status.podIP}/`, fromNamespace: 'default' });
    expect(down.ok && down.status).toBe(500);
    expect(down.ok && down.body).toContain('<h1>Error establishing a database connection</h1>');
    const events = c.api.list(R.events, 'default').items.map((e) => (e as unknown as { message: string }).message);
    expect(events).toContain('Readiness probe failed: HTTP probe failed with statuscode: 500');

    for (const o of database()) c.api.create(o.kind === 'Pod' ? R.pods : R.services, 'default', o);
    c.advance(60_000);
    expect(pod().status.containerStatuses[0]!.ready).toBe(true);
    const up = c.network.request({ url: `http://${pod().status.podIP}/`, fromNamespace: 'default' });
    expect(up.ok && up.status).toBe(200);
    expect(up.ok && up.body).toContain('<title>WordPress &rsaquo; Installation</title>');
  });
});
