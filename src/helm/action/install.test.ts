import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim/cluster';
import { R } from '../../sim/api/resources';
import { ReleaseStorage } from '../release/storage';
import type { ChartRecord } from '../release/types';
import type { ActionEnv } from './lifecycle';
import { install, upgrade, type ChartToInstall } from './install';
import { coalesce } from '../values';

const record: ChartRecord = { metadata: { apiVersion: 'v2', name: 'web', version: '0.1.0', appVersion: '1.0' }, lock: null, templates: [], values: { replicas: 1, port: 80 }, schema: null, files: [] };

/** a stand-in for the template engine: a ConfigMap per value, and a Service unless port is 0 */
const chart: ChartToInstall = {
  record,
  render: (config, rel, chartValues) => render(coalesce(chartValues ?? record.values, config), rel),
};

function render(values: Record<string, unknown>, rel: { name: string; revision: number }): Record<string, string> {
  return {
    'web/templates/NOTES.txt': `revision ${rel.revision}`,
    'web/templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${rel.name}-cfg\ndata:\n  replicas: "${values.replicas}"\n`,
    'web/templates/svc.yaml': values.port ? `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${values.svcName ?? rel.name}\nspec:\n  ports:\n  - port: ${values.port}\n` : '',
  };
}

function setup() {
  const c = createCluster({ seed: 3 });
  const env: ActionEnv = { client: c.client, namespace: 'default', now: () => c.clock.now(), stamp: (ms) => new Date(ms).toISOString() };
  return { c, env, storage: new ReleaseStorage(c.client, 'default', env.now) };
}

describe('install and upgrade', () => {
  it('install applies the objects with Helm\'s ownership metadata and stores revision 1 deployed', async () => {
    const { c, env, storage } = setup();
    const rel = await install(env, 'shop', chart, { replicas: 2 });
    expect([rel.version, rel.info.status, rel.info.description, rel.info.notes]).toEqual([1, 'deployed', 'Install complete', 'revision 1']);
    const cm = c.api.get(R.configmaps, 'default', 'shop-cfg');
    expect(cm.metadata.labels).toEqual({ 'app.kubernetes.io/managed-by': 'Helm' });
    expect(cm.metadata.annotations).toEqual({ 'meta.helm.sh/release-name': 'shop', 'meta.helm.sh/release-namespace': 'default' });
    expect((cm as unknown as { data: Record<string, string> }).data).toEqual({ replicas: '2' });
    expect((await storage.last('shop')).info.status).toBe('deployed');
    await expect(install(env, 'shop', chart, {})).rejects.toThrow('release name check failed: cannot reuse a name that is still in use');
    await expect(install(env, 'Shop', chart, {})).rejects.toThrow(/^release name check failed: release name "Shop": invalid release name/);
  });

  it('upgrade reuses the values when none are given, supersedes the old revision and deletes what left the chart', async () => {
    const { c, env, storage } = setup();
    await install(env, 'shop', chart, { replicas: 2 });
    const r2 = await upgrade(env, 'shop', chart, {});
    expect([r2.version, r2.config]).toEqual([2, { replicas: 2 }]);
    const r3 = await upgrade(env, 'shop', chart, { port: 0 });
    expect(r3.config).toEqual({ port: 0 });
    expect(c.api.list(R.services, 'default', { fieldSelector: 'metadata.name=shop' }).items).toEqual([]);
    expect((c.api.get(R.configmaps, 'default', 'shop-cfg') as unknown as { data: Record<string, string> }).data).toEqual({ replicas: '1' });
    const r4 = await upgrade(env, 'shop', chart, { replicas: 5 }, { reuseValues: true });
    expect(r4.config).toEqual({ port: 0, replicas: 5 });
    expect((await storage.history('shop')).map((r) => r.info.status)).toEqual(['superseded', 'superseded', 'superseded', 'deployed']);
    await expect(upgrade(env, 'nope', chart, {})).rejects.toThrow('"nope" has no deployed releases');
  });

  it('a failed install is a release with status failed that names the cluster\'s refusal', async () => {
    const { env, storage } = setup();
    await expect(install(env, 'bad', chart, { svcName: 'Not_Valid' })).rejects.toThrow(/^Service "Not_Valid" is invalid: metadata.name: Invalid value: "Not_Valid"/);
    const rel = await storage.last('bad');
    expect(rel.info.status).toBe('failed');
    expect(rel.info.description).toMatch(/^Release "bad" failed: Service "Not_Valid" is invalid/);
  });

  it('install into a missing namespace fails as helm does, or creates it with --create-namespace', async () => {
    const { c, env } = setup();
    await expect(install({ ...env, namespace: 'team' }, 'shop', chart, {})).rejects.toThrow('create: failed to create: namespaces "team" not found');
    await install({ ...env, namespace: 'team' }, 'shop', chart, {}, { createNamespace: true });
    expect(c.api.get(R.namespaces, undefined, 'team').metadata.labels).toMatchObject({ name: 'team' });
  });
});
