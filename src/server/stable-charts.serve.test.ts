// The real helm 4.1 (scripts/oracle.mjs) installs every chart of the built-in stable repository into
// `kubeplay serve`, and the simulated cluster runs them: pods Running and Ready, claims Bound (the
// StatefulSets' from volumeClaimTemplates), the LoadBalancers' EXTERNAL-IP, WordPress's install page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCommand } from '../cli/run';
import { clusterContext } from '../cli/cluster-context';
import { MemoryWorkspace } from '../cli/workspace';
import type { CliContext } from '../cli/types';
import { stableIndex } from '../helm/repo';
import { serve, type Served } from './serve';
import { runBinary } from './kubectl-harness';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../scripts/oracle.mjs';

let dir: string;
let helmBin: string;
let live: Served;
let ctx: CliContext;

const real = (...a: string[]) => runBinary(helmBin, live.kubeconfig, a, undefined, dir);
const ours = async (line: string) => (await runCommand(line, ctx)).stdout;

beforeAll(async () => {
  helmBin = ((await oracle()) as { helm: string }).helm;
  dir = mkdtempSync(join(tmpdir(), 'kubeplay-stable-serve-'));
  for (const c of stableIndex()) {
    for (const [p, content] of Object.entries(c.files)) {
      mkdirSync(dirname(join(dir, c.name, p)), { recursive: true });
      writeFileSync(join(dir, c.name, p), content);
    }
  }
  live = await serve({ speed: 30, seed: 5, kubeconfigPath: join(dir, 'kubeconfig') });
  ctx = clusterContext(live.cluster, new MemoryWorkspace({}));
}, 60_000);
afterAll(async () => {
  await live?.close();
});

/** polls our kubectl until `done` holds for its output (the cluster runs at 30x in real time) */
async function until(line: string, done: (out: string) => boolean, ms = 60_000): Promise<string> {
  const end = Date.now() + ms;
  let out = '';
  while (Date.now() < end) {
    out = await ours(line);
    if (done(out)) return out;
    await new Promise((r) => setTimeout(r, 250));
  }
  return out;
}

const podsReady = (out: string) => {
  const rows = out.trim().split('\n').slice(1);
  return rows.length > 0 && rows.every((r) => /\s(\d+)\/\1\s+Running\s/.test(r));
};

describe('the stable charts installed by the real helm into kubeplay serve', () => {
  it('wordpress: WordPress and its mariadb subchart run, the claims bind, the LoadBalancer gets an IP and serves the install page', async () => {
    const r = await real('install', 'my-wp', './wordpress', '--wait', '--timeout', '5m');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('STATUS: deployed');
    expect(r.stdout).toContain('    kubectl get secret --namespace default my-wp-wordpress -o jsonpath="{.data.wordpress-password}" | base64 -d\n');
    expect(await until('kubectl get pods -l app.kubernetes.io/instance=my-wp', podsReady)).toMatch(/my-wp-mariadb-0\s+1\/1\s+Running/);
    expect(await until('kubectl get pvc', (o) => (o.match(/Bound/g) ?? []).length === 2)).toMatch(/data-my-wp-mariadb-0\s+Bound\s.*8Gi[\s\S]*my-wp-wordpress\s+Bound\s.*10Gi/);
    expect(await until('kubectl get svc my-wp-wordpress', (o) => !/<pending>/.test(o))).toMatch(/LoadBalancer\s+\S+\s+\d+\.\d+\.\d+\.\d+\s+80:\d+\/TCP/);
    const password = await ours('kubectl get secret my-wp-mariadb -o jsonpath={.data.mariadb-password}');
    expect(await ours("kubectl exec deploy/my-wp-wordpress -- printenv WORDPRESS_DB_PASSWORD")).toBe(`${Buffer.from(password, 'base64').toString()}\n`);
    expect(await ours('curl -s http://my-wp-wordpress')).toContain('<title>WordPress &rsaquo; Installation</title>');
    // the NOTES' commands work in the terminal
    expect(await ours("kubectl get svc --namespace default my-wp-wordpress -o jsonpath='{.status.loadBalancer.ingress[0].ip}'")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(await ours('kubectl get secret --namespace default my-wp-wordpress -o jsonpath="{.data.wordpress-password}" | base64 -d')).toMatch(/^[A-Za-z0-9]{10}$/);
  }, 120_000);

  it('wordpress: an upgrade keeps the generated passwords (the charts look their Secrets up) and runs a second replica', async () => {
    const secrets = 'kubectl get secret my-wp-mariadb my-wp-wordpress -o jsonpath={.items[*].data}';
    const before = await ours(secrets);
    expect(before).toMatch(/"mariadb-password":"[A-Za-z0-9+/=]{16}"/);
    const r = await real('upgrade', 'my-wp', './wordpress', '--set', 'replicaCount=2', '--wait', '--timeout', '5m');
    expect(r.stdout).toContain('REVISION: 2');
    expect(await ours(secrets)).toBe(before);
    const pods = await until('kubectl get pods -l app.kubernetes.io/name=wordpress', (o) => podsReady(o) && o.trim().split('\n').length === 3);
    expect(pods.trim().split('\n')).toHaveLength(3);
  }, 120_000);

  it.each(['nginx', 'redis', 'mysql', 'mariadb', 'hello'])('%s: its pods run and get Ready', async (name) => {
    const r = await real('install', `t-${name}`, `./${name}`, '--wait', '--timeout', '5m');
    expect(r.stderr).toBe('');
    expect(await until(`kubectl get pods -l app.kubernetes.io/instance=t-${name}`, podsReady)).toContain(`t-${name}`);
  }, 120_000);
});
