// Clients that send protobuf against `kubeplay serve`: the real kubectl's typed `create` commands
// (compared with what our terminal's kubectl creates), kubectl 1.35, and helm 4's whole release
// lifecycle (its release Secrets are protobuf; --wait uses watch-list).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { runCommand } from '../cli/run';
import { clusterContext } from '../cli/cluster-context';
import { MemoryWorkspace } from '../cli/workspace';
import { createCluster } from '../sim/cluster';
import { RESOURCES } from '../sim/api/resources';
import type { KubeObject } from '../sim/api/types';
import { serve, type Served } from './serve';
import { kubectl, requireKubectl, runBinary } from './kubectl-harness';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../scripts/oracle.mjs';

// the commands both kubectls have; the rest are checked against the objects upstream's generators build
const CREATES = ['create deployment web --image=nginx:1.27 --replicas=2', 'create namespace team'];
const UPSTREAM: Array<[string[], string, string, Record<string, unknown>]> = [
  [['create', 'configmap', 'settings', '--from-literal=mode=fast', '--from-literal=level=3'], 'configmaps', 'settings', { data: { level: '3', mode: 'fast' } }],
  [['create', 'secret', 'generic', 'creds', '--from-literal=password=s3cr3t'], 'secrets', 'creds', { data: { password: 'czNjcjN0' }, type: 'Opaque' }],
  [['create', 'service', 'clusterip', 'front', '--tcp=80:8080'], 'services', 'front', { spec: { type: 'ClusterIP', selector: { app: 'front' }, ports: [{ name: '80-8080', protocol: 'TCP', port: 80, targetPort: 8080 }] } }],
  [['create', 'job', 'once', '--image=busybox:1.36', '--', 'echo', 'hi'], 'jobs', 'once', { spec: { template: { spec: { containers: [{ name: 'once', image: 'busybox:1.36', command: ['echo', 'hi'], resources: {} }], restartPolicy: 'Never' } } } }],
  [['create', 'cronjob', 'tick', '--image=busybox:1.36', '--schedule=*/5 * * * *', '--', 'date'], 'cronjobs', 'tick', { spec: { schedule: '*/5 * * * *', jobTemplate: { metadata: { name: 'tick', creationTimestamp: null }, spec: { template: { spec: { containers: [{ name: 'tick', image: 'busybox:1.36', command: ['date'] }], restartPolicy: 'OnFailure' } } } } } }],
];

/** what two creations of the same command share: everything but identity, time and server counters */
function comparable(o: KubeObject): unknown {
  const { uid: _u, resourceVersion: _r, creationTimestamp: _c, managedFields: _m, ...meta } = o.metadata as Record<string, unknown>;
  const { status: _s, ...rest } = o as unknown as Record<string, unknown>;
  return { ...rest, metadata: meta };
}

let dir: string;
let s: Served;
const ours = createCluster({ seed: 5 });
const ctx = clusterContext(ours, new MemoryWorkspace({}));

beforeAll(async () => {
  requireKubectl();
  dir = mkdtempSync(join(tmpdir(), 'kubeplay-proto-'));
  s = await serve({ speed: 0, seed: 5, kubeconfigPath: join(dir, 'kubeconfig') });
});
afterAll(async () => {
  await s?.close();
});

describe('the real kubectl 1.32 creating through protobuf', () => {
  it.each(CREATES)('kubectl %s stores what our kubectl stores', async (line) => {
    const args = line.split(' ');
    const real = await kubectl(s.kubeconfig, args);
    expect(real.stderr).toBe('');
    const mine = await runCommand(`kubectl ${line}`, ctx);
    expect(mine.stderr).toBe('');
    expect(real.stdout).toBe(mine.stdout);
    const [, kind, name] = args;
    const info = RESOURCES.find((r) => r.singular === kind)!;
    const ns = info.namespaced ? 'default' : undefined;
    expect(comparable(s.cluster.api.get(info, ns, name))).toEqual(comparable(ours.api.get(info, ns, name)));
  });

  it.each(UPSTREAM)('kubectl %j stores the object upstream builds', async (args, resource, name, expected) => {
    const real = await kubectl(s.kubeconfig, args);
    expect(real.stderr).toBe('');
    expect(s.cluster.api.get(RESOURCES.find((r) => r.resource === resource)!, 'default', name)).toMatchObject(expected);
  });

  it('answers a malformed protobuf body with a 400 Status, and the store is unchanged', async () => {
    const before = s.cluster.api.list(RESOURCES.find((r) => r.resource === 'configmaps')!, 'default').items.length;
    const url = new URL(`${s.url}/api/v1/namespaces/default/configmaps`);
    const body = Buffer.from([0x6b, 0x38, 0x73, 0x00, 0x0a, 0x40, 0x01]);
    const reply = await new Promise<{ code: number; json: Record<string, unknown> }>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/vnd.kubernetes.protobuf' } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ code: res.statusCode ?? 0, json: JSON.parse(text) as Record<string, unknown> }));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(reply.code).toBe(400);
    expect(reply.json).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'BadRequest', code: 400 });
    expect(String(reply.json.message)).toMatch(/^error decoding request body: /);
    expect(s.cluster.api.list(RESOURCES.find((r) => r.resource === 'configmaps')!, 'default').items.length).toBe(before);
  });
});

describe('response negotiation', () => {
  const get = (accept: string) =>
    new Promise<{ code: number; type: string; json: Record<string, unknown> }>((resolve, reject) => {
      const req = request(new URL(`${s.url}/api/v1/namespaces/default/configmaps`), { headers: { Accept: accept } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ code: res.statusCode ?? 0, type: String(res.headers['content-type']), json: JSON.parse(text) as Record<string, unknown> }));
      });
      req.on('error', reject);
      req.end();
    });

  it('answers JSON to clients that also take JSON, and 406 to those that take only protobuf', async () => {
    const both = await get('application/vnd.kubernetes.protobuf, application/json');
    expect([both.code, both.type, both.json.kind]).toEqual([200, 'application/json', 'ConfigMapList']);
    const only = await get('application/vnd.kubernetes.protobuf');
    expect(only.code).toBe(406);
    expect(only.json).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'NotAcceptable', code: 406, message: 'only the following media types are accepted: application/json' });
  });
});

describe('kubectl 1.35 and helm 4.1 (scripts/oracle.mjs)', () => {
  let bins: { kubectl: string; helm: string };
  let live: Served;
  beforeAll(async () => {
    bins = (await oracle()) as { kubectl: string; helm: string };
    // real time runs 20× so that --wait sees pods start within a few seconds
    live = await serve({ speed: 20, seed: 9, kubeconfigPath: join(dir, 'kubeconfig-live') });
  }, 180_000);
  afterAll(async () => {
    await live?.close();
  });

  it('kubectl 1.35 creates, lists and deletes a deployment', async () => {
    const k = (...a: string[]) => runBinary(bins.kubectl, live.kubeconfig, a);
    expect((await k('create', 'deployment', 'api', '--image=nginx:1.27')).stdout).toBe('deployment.apps/api created\n');
    const got = await k('get', 'deployment', 'api', '-o', 'jsonpath={.spec.template.spec.containers[0].image}');
    expect(got.stdout).toBe('nginx:1.27');
    expect((await k('delete', 'deployment', 'api')).stdout).toBe('deployment.apps "api" deleted from default namespace\n');
  });

  it('kubectl drain evicts through the eviction subresource (protobuf Evictions) and waits for the pods', async () => {
    const k = (...a: string[]) => runBinary(bins.kubectl, live.kubeconfig, a);
    const node = live.cluster.api.list(RESOURCES.find((r) => r.resource === 'nodes')!, undefined).items[0].metadata.name!;
    const drained = await k('drain', node, '--ignore-daemonsets', '--timeout=60s');
    expect(drained.code, drained.stderr).toBe(0);
    expect(drained.stdout).toMatch(new RegExp(`^node/${node} cordoned\n(evicting pod \\S+\n|pod/\\S+ evicted\n)+node/${node} drained\n$`));
    expect(drained.stderr).toMatch(/^Warning: ignoring DaemonSet-managed Pods: /);
    const left = live.cluster.api.list(RESOURCES.find((r) => r.resource === 'pods')!, undefined, { fieldSelector: `spec.nodeName=${node}` }).items;
    expect(left.every((p) => p.metadata.ownerReferences?.[0]?.kind === 'DaemonSet')).toBe(true);
    expect((await k('uncordon', node)).stdout).toBe(`node/${node} uncordoned\n`);
  }, 90_000);

  it('kubectl logs -f streams until the container ends', async () => {
    const k = (...a: string[]) => runBinary(bins.kubectl, live.kubeconfig, a);
    expect((await k('run', 'ticker', '--image=busybox:1.36', '--restart=Never', '--', 'sh', '-c', 'for i in 1 2 3; do echo tick $i; sleep 5; done')).code).toBe(0);
    // as on a real cluster, logs of a container still being created are a 400: wait for it to run
    for (let i = 0; i < 100 && (await k('get', 'pod', 'ticker', '-o', 'jsonpath={.status.phase}')).stdout !== 'Running'; i++) await new Promise((r) => setTimeout(r, 100));
    const logs = await k('logs', '-f', 'ticker');
    expect(logs.stderr).toBe('');
    expect(logs.stdout).toBe('tick 1\ntick 2\ntick 3\n');
  }, 60_000);

  it('kubectl exec runs commands in the container over WebSocket, with exit codes and API errors', async () => {
    for (const bin of [bins.kubectl, '/usr/bin/kubectl']) {
      const k = (...a: string[]) => runBinary(bin, live.kubeconfig, a);
      if (!live.cluster.api.list(RESOURCES.find((r) => r.resource === 'pods')!, 'default', { fieldSelector: 'metadata.name=shell' }).items.length) {
        await k('run', 'shell', '--image=nginx:1.27');
      }
      for (let i = 0; i < 100 && (await k('get', 'pod', 'shell', '-o', 'jsonpath={.status.phase}')).stdout !== 'Running'; i++) await new Promise((r) => setTimeout(r, 100));
      const hi = await k('exec', 'shell', '--', 'sh', '-c', 'echo hi from $HOSTNAME');
      expect([hi.code, hi.stdout, hi.stderr]).toEqual([0, 'hi from shell\n', '']);
      const failed = await k('exec', 'shell', '--', 'sh', '-c', 'echo out; exit 3');
      expect([failed.code, failed.stdout, failed.stderr]).toEqual([3, 'out\n', 'command terminated with exit code 3\n']);
      const bad = await k('exec', 'shell', '-c', 'nope', '--', 'ls');
      expect(bad.stderr).toBe('Error from server (BadRequest): container nope is not valid for pod shell\n');
    }
  }, 60_000);

  it('helm 4 installs, upgrades, rolls back and uninstalls a `helm create` chart, with --wait', async () => {
    const h = (...a: string[]) => runBinary(bins.helm, live.kubeconfig, a, undefined, dir);
    mkdirSync(join(dir, 'charts'), { recursive: true });
    expect((await h('create', 'charts/demo')).code).toBe(0);
    writeFileSync(join(dir, 'charts', 'demo', 'NOTES.txt'), '');
    const install = await h('install', 'demo', './charts/demo', '--wait', '--timeout', '60s');
    expect(install.stderr.replace(/^I\d{4}.*\n/gm, '')).toBe('');
    expect(install.stdout).toMatch(/^NAME: demo\nLAST DEPLOYED: .*\nNAMESPACE: default\nSTATUS: deployed\nREVISION: 1\n/);
    const deploy = live.cluster.api.get(RESOURCES.find((r) => r.resource === 'deployments')!, 'default', 'demo');
    expect(deploy.status).toMatchObject({ readyReplicas: 1 });

    const upgrade = await h('upgrade', 'demo', './charts/demo', '--set', 'replicaCount=2', '--wait', '--timeout', '60s');
    expect(upgrade.stdout).toMatch(/^Release "demo" has been upgraded\. Happy Helming!\n/);
    expect((await h('rollback', 'demo', '1', '--wait')).stdout).toBe('Rollback was a success! Happy Helming!\n');
    const history = await h('history', 'demo');
    expect(history.stdout.split('\n').slice(1, 4).map((l) => l.split('\t').map((c) => c.trim())[2])).toEqual(['superseded', 'superseded', 'deployed']);

    // releases are Secrets with Helm's labels, as `kubectl get secrets` shows them on a real cluster
    const secrets = live.cluster.api.list(RESOURCES.find((r) => r.resource === 'secrets')!, 'default', { labelSelector: 'owner=helm,name=demo' });
    expect(secrets.items.map((x) => x.metadata.name).sort()).toEqual(['sh.helm.release.v1.demo.v1', 'sh.helm.release.v1.demo.v2', 'sh.helm.release.v1.demo.v3']);

    expect((await h('uninstall', 'demo')).stdout).toBe('release "demo" uninstalled\n');
    expect(live.cluster.api.list(RESOURCES.find((r) => r.resource === 'secrets')!, 'default', { labelSelector: 'owner=helm' }).items).toEqual([]);
    const left = await h('list', '--uninstalled', '--superseded', '--deployed', '--failed');
    expect([left.code, left.stdout]).toEqual([0, 'NAME\tNAMESPACE\tREVISION\tUPDATED\tSTATUS\tCHART\tAPP VERSION\n']);
  }, 180_000);
});
