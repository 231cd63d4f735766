// The built-in repository against the real helm 4.1 (scripts/oracle.mjs): every stable chart lints
// and renders, and `helm search repo` / `helm show` print what the real helm prints for the same
// charts served as a real repository (helm package + helm repo index, over 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { stableIndex } from './index';
import { testContext } from '../../cli/testing/context';
import { runHelm } from '../../cli/helm/index';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../../scripts/oracle.mjs';
import { stableCharts } from '../../../scripts/gen-charts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kubeplay-stable-'));
let helmBin = '';
let server: Server;
const env = { ...process.env, HELM_CONFIG_HOME: join(dir, 'config'), HELM_CACHE_HOME: join(dir, 'cache'), HELM_DATA_HOME: join(dir, 'data') };
const real = async (...args: string[]) => (await run(helmBin, args, { env, cwd: dir })).stdout;

/** writes the bundled chart's files into <dir>/src/<name> */
function unpack(name: string): string {
  const chart = stableIndex().find((c) => c.name === name)!;
  const root = join(dir, 'src', name);
  for (const [p, content] of Object.entries(chart.files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), content);
  }
  return root;
}

beforeAll(async () => {
  helmBin = ((await oracle()) as { helm: string }).helm;
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  for (const c of stableIndex()) await run(helmBin, ['package', unpack(c.name), '-d', repo], { env });
  server = createServer((req, res) => {
    try {
      res.end(readFileSync(join(repo, (req.url ?? '/').split('?')[0]!.replace(/^\/+/, ''))));
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await run(helmBin, ['repo', 'index', repo, '--url', `http://127.0.0.1:${port}`], { env });
  await real('repo', 'add', 'stable', `http://127.0.0.1:${port}`);
}, 60_000);

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the stable repository', () => {
  it('bundles charts/stable and the helm create chart as hello; wordpress carries the mariadb chart as its subchart', () => {
    expect(stableIndex().map((c) => `${c.name}-${c.version}`)).toEqual(['hello-0.1.0', 'mariadb-20.2.1', 'mysql-12.2.1', 'nginx-18.3.1', 'redis-20.6.0', 'wordpress-23.1.0']);
    // the generated JSON is what the charts on disk say now
    expect(stableIndex()).toEqual(stableCharts());
    const wp = stableIndex().find((c) => c.name === 'wordpress')!;
    const db = stableIndex().find((c) => c.name === 'mariadb')!;
    for (const [p, content] of Object.entries(db.files)) expect(wp.files[`charts/mariadb/${p}`], p).toBe(content);
  });

  it.each(['hello', 'mariadb', 'mysql', 'nginx', 'redis', 'wordpress'])('%s passes the real helm lint and renders with its template', async (name) => {
    const root = join(dir, 'src', name);
    expect(await real('lint', root)).toContain('1 chart(s) linted, 0 chart(s) failed');
    const out = await real('template', 'demo', root);
    expect(out).toMatch(/kind: (Deployment|StatefulSet)/);
  }, 30_000);

  it('wordpress values are checked against its values.schema.json by the real helm', async () => {
    await expect(real('template', 'demo', join(dir, 'src', 'wordpress'), '--set', 'service.port=http')).rejects.toThrow("at '/service/port': got string, want integer");
  }, 30_000);

  it.each([
    'search repo',
    'search repo sql',
    'search repo wordpress --versions',
    'search repo stable/ -l',
    'search repo --version >=20',
    'search repo -r maria.*',
    'search repo zzz',
    'search repo --max-col-width 10 sql',
    'search repo nginx -o json',
    'search repo nginx -o yaml',
    'show chart stable/wordpress',
    'show chart stable/hello',
    'show values stable/nginx',
    'show readme stable/redis',
    'show all stable/mysql',
    'show all stable/wordpress --version 23.1.0',
    'show crds stable/nginx',
  ])('helm %s prints what the real helm prints', async (line) => {
    const { ctx } = testContext();
    const ours = await runHelm(line.split(' '), ctx);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(await real(...line.split(' ')));
  }, 30_000);
});
