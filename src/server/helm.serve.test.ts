// Our terminal's helm against the real helm 4.1 (scripts/oracle.mjs), on one `kubeplay serve`
// cluster: releases the real helm installs read back byte for byte the same through our list,
// history, status and get; our rollback and uninstall leave records the real helm reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../cli/run';
import { clusterContext } from '../cli/cluster-context';
import { MemoryWorkspace } from '../cli/workspace';
import type { CliContext } from '../cli/types';
import { serve, type Served } from './serve';
import { runBinary } from './kubectl-harness';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../scripts/oracle.mjs';

let dir: string;
let helmBin: string;
let live: Served;
let ctx: CliContext;

const real = (...a: string[]) => runBinary(helmBin, live.kubeconfig, a, undefined, dir);
const ours = async (line: string) => {
  const r = await runCommand(line, ctx);
  return { stdout: r.stdout, stderr: r.stderr, code: r.exitCode };
};
/**
 * helm status without its resource tables' AGE column (it moves with the clock between the two
 * calls), and with the tables in a fixed order (helm prints them in Go's random map order)
 */
const ageless = (s: string) => {
  const text = s.replace(/ +\d+[smhd][0-9smhd]*$/gm, ' AGE');
  const m = /RESOURCES:\n([\s\S]*?\n)\n(?=TEST SUITE|NOTES)/.exec(text);
  if (!m) return text;
  const sections = m[1]!.split(/(?===> )/).sort();
  return text.replace(m[1]!, sections.join(''));
};

beforeAll(async () => {
  helmBin = ((await oracle()) as { helm: string }).helm;
  dir = mkdtempSync(join(tmpdir(), 'kubeplay-helm-'));
  live = await serve({ speed: 20, seed: 11, kubeconfigPath: join(dir, 'kubeconfig') });
  ctx = clusterContext(live.cluster, new MemoryWorkspace({}));
  expect((await real('create', 'demo')).code).toBe(0);
  expect((await real('install', 'web', './demo')).code).toBe(0);
  // (the chart's containerPort follows service.port: changing that would break nginx's probes)
  expect((await real('upgrade', 'web', './demo', '--set', 'replicaCount=2', '--set', 'image.pullPolicy=Always')).code).toBe(0);
  expect((await real('install', 'api', './demo', '-n', 'team', '--create-namespace')).code).toBe(0);
}, 180_000);
afterAll(async () => {
  await live?.close();
});

describe('helm read commands, against the real helm 4.1 on the same releases', () => {
  const SAME = ['list', 'ls -A', 'list -o json', 'list -A -o yaml', 'list -q', 'list --superseded', 'history web', 'history api -n team', 'history web -o json', 'get values web', 'get values web -o json', 'get manifest web', 'get notes web', 'get manifest web --revision 1', 'get values web --revision 1'];
  for (const line of SAME) {
    it(`helm ${line}`, async () => {
      const [a, b] = [await real(...line.split(' ')), await ours(`helm ${line}`)];
      expect(a.code).toBe(0);
      expect(b).toEqual(a);
    });
  }

  it('helm list -a (Helm 3\'s --all, which helm 4 dropped) lists releases in every state', async () => {
    const all = await real('list', '--deployed', '--failed', '--pending', '--superseded', '--uninstalled', '--uninstalling');
    expect(await ours('helm list -a')).toEqual(all);
    expect(await ours('helm list --all')).toEqual(all);
  });

  it('helm status lists the release and its live resources as helm does', async () => {
    // a settled rollout: pods that change between the two calls would make the tables differ
    const settled = await ours('kubectl rollout status deployment/web-demo');
    expect(settled.code, settled.stderr).toBe(0);
    const [a, b] = [await real('status', 'web'), await ours('helm status web')];
    expect(a.stdout).toContain('==> v1/Pod(related)');
    expect(ageless(b.stdout)).toBe(ageless(a.stdout));
  });

  const ERRORS = ['history nope', 'status nope', 'get values nope', 'uninstall nope', 'history', 'status', 'uninstall', 'rollback', 'list extra', 'list --foo', 'frob', 'get values web -o xml', 'rollback web abc', 'rollback web 9'];
  for (const line of ERRORS) {
    it(`helm ${line} fails as helm does`, async () => {
      const [a, b] = [await real(...line.split(' ')), await ours(`helm ${line}`)];
      expect(a.code).toBe(1);
      expect(b).toEqual(a);
    });
  }
});

describe('our rollback and uninstall, read back by the real helm', () => {
  it('rollback makes revision 3 from revision 1: the real helm sees it and the objects follow', async () => {
    expect(await ours('helm rollback web 1')).toEqual({ stdout: 'Rollback was a success! Happy Helming!\n', stderr: '', code: 0 });
    const history = (await real('history', 'web')).stdout.split('\n').slice(1, 4).map((l) => l.split('\t').map((c) => c.trim()));
    expect(history.map((r) => [r[0], r[2], r[5]])).toEqual([['1', 'superseded', 'Install complete'], ['2', 'superseded', 'Upgrade complete'], ['3', 'deployed', 'Rollback to 1']]);
    expect((await real('get', 'values', 'web')).stdout).toBe('USER-SUPPLIED VALUES:\nnull\n');
    expect((await ours('kubectl get deploy web-demo -o jsonpath={.spec.replicas}')).stdout).toBe('1');
    // and the real helm can roll our revision forward again
    expect((await real('rollback', 'web', '2')).stdout).toBe('Rollback was a success! Happy Helming!\n');
    expect((await ours('kubectl get deploy web-demo -o jsonpath={.spec.replicas}')).stdout).toBe('2');
  });

  it('uninstall --keep-history leaves an uninstalled record; without it the Secrets go', async () => {
    expect(await ours('helm uninstall api -n team --keep-history')).toEqual({ stdout: 'release "api" uninstalled\n', stderr: '', code: 0 });
    const [a, b] = [await real('list', '-n', 'team', '--uninstalled'), await ours('helm list -n team --uninstalled')];
    expect(a.stdout).toMatch(/^NAME\s*\tNAMESPACE\tREVISION\tUPDATED\s+\tSTATUS\s+\tCHART\s+\tAPP VERSION\napi\s+\tteam\s+\t1\s+\t.*\tuninstalled\tdemo-0.1.0\s*\t1.16.0\s*\n$/);
    expect(b).toEqual(a);
    // -a shows the uninstalled release too (it is the only one in team)
    expect(await ours('helm list -a -n team')).toEqual(a);
    expect((await ours('helm list -n team')).stdout).toBe('NAME\tNAMESPACE\tREVISION\tUPDATED\tSTATUS\tCHART\tAPP VERSION\n');
    expect((await ours('kubectl get deploy -n team')).stderr).toBe('No resources found in team namespace.\n');
    expect(await ours('helm uninstall api -n team')).toEqual({ stdout: 'release "api" uninstalled\n', stderr: '', code: 0 });
    expect((await ours('kubectl get secrets -n team -l owner=helm')).stderr).toBe('No resources found in team namespace.\n');
  });
});

describe('a chart made by our helm create, installed by the real helm', () => {
  it('helm create in the workspace; the real helm installs the same files', async () => {
    const r = await ours('helm create shop');
    expect(r).toEqual({ stdout: 'Creating shop\n', stderr: '', code: 0 });
    for (const path of ['Chart.yaml', 'values.yaml', 'templates/deployment.yaml', 'templates/service.yaml', 'templates/_helpers.tpl', 'templates/NOTES.txt', 'templates/serviceaccount.yaml']) {
      mkdirSync(join(dir, 'ours', 'shop', path, '..'), { recursive: true });
      writeFileSync(join(dir, 'ours', 'shop', path), ctx.workspace.read(`shop/${path}`)!);
    }
    const install = await real('install', 'shop', './ours/shop', '-n', 'shop', '--create-namespace');
    expect([install.code, install.stderr]).toEqual([0, '']);
    expect((await ours('helm list -n shop -q')).stdout).toBe('shop\n');
  });
});

describe('install and upgrade, ours against the real helm on the same cluster', () => {
  const same = (s: string) => s.replace(/^LAST DEPLOYED: .*$/m, 'LAST DEPLOYED: …');
  const outcome = (r: { code: number; stdout: string; stderr: string }, from = '', to = '') => {
    const swap = (t: string) => (from ? t.replace(new RegExp(`\\b${from}\\b`, 'g'), to) : t);
    return { code: r.code, stdout: swap(same(r.stdout)), stderr: swap(r.stderr) };
  };
  beforeAll(async () => {
    // the same `helm create` chart on both sides: the real helm's in dir/demo, ours in the workspace
    await ours('helm create demo');
  });

  it('a dry run prints the release, its hooks and its manifest as helm does', async () => {
    const args = ['install', 'dry', './demo', '--dry-run', '--set', 'replicaCount=3'];
    expect(outcome(await ours(`helm ${args.join(' ')}`))).toEqual(outcome(await real(...args)));
  });

  it('install prints what helm prints', async () => {
    const a = await real('install', 'i1', './demo', '--set', 'service.port=81');
    await real('uninstall', 'i1');
    const b = await ours('helm install i1 ./demo --set service.port=81');
    expect(a.code).toBe(0);
    expect(outcome(b)).toEqual(outcome(a));
  });

  it('upgrade prints what helm prints; --install on a new name installs', async () => {
    await real('install', 'u1', './demo');
    await real('install', 'u2', './demo');
    const a = await real('upgrade', 'u1', './demo', '--set', 'replicaCount=2');
    const b = await ours('helm upgrade u2 ./demo --set replicaCount=2');
    expect(a.code).toBe(0);
    expect(outcome(b, 'u2', 'u1')).toEqual(outcome(a));
    const c = await real('upgrade', '--install', 'n1', './demo');
    const d = await ours('helm upgrade --install n2 ./demo');
    expect(outcome(d, 'n2', 'n1')).toEqual(outcome(c));
  });

  it('the errors of install and upgrade read as helm\'s', async () => {
    for (const args of [['install', 'u1', './demo'], ['upgrade', 'nothing', './demo'], ['install', './demo'], ['install', 'a', 'b', 'c'], ['upgrade', '--install', 'x2', './demo', '--set', 'a[x]=1'], ['install', 'x3', './nochart'], ['install', 'x4', './demo', '-n', 'nowhere']]) {
      const [a, b] = [await real(...args), await ours(`helm ${args.join(' ')}`)];
      expect(a.code, args.join(' ')).toBe(1);
      expect(outcome(b), args.join(' ')).toEqual(outcome(a));
    }
  });
});
