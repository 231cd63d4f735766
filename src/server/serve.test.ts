// The real kubectl (v1.32) against `kubeplay serve`: discovery, OpenAPI v3 validation, CRUD, logs, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type Served } from './serve';
import { kubectl, requireKubectl } from './kubectl-harness';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
spec:
  containers:
  - name: myapp
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
`;

let s: Served;
let dir: string;
const k = (...args: string[]) => kubectl(s.kubeconfig, args);

beforeAll(async () => {
  requireKubectl();
  dir = mkdtempSync(join(tmpdir(), 'kubeplay-serve-'));
  s = await serve({ speed: 0, seed: 7, kubeconfigPath: join(dir, 'kubeconfig') });
});
afterAll(async () => {
  await s?.close();
});

describe('kubeplay serve with the real kubectl', () => {
  it('lists nodes and all pods with the server-side columns', async () => {
    const nodes = await k('get', 'nodes');
    expect(nodes.code, nodes.stderr).toBe(0);
    expect(nodes.stdout.split('\n')[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    expect(nodes.stdout).toMatch(/aks-nodepool1-\d+-vmss000000\s+Ready\s+<none>\s+10m\s+v1\.32\.6/);
    const pods = await k('get', 'pods', '-A');
    expect(pods.code, pods.stderr).toBe(0);
    expect(pods.stdout.split('\n')[0]).toMatch(/^NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(pods.stdout).toMatch(/^kube-system\s+coredns-\S+\s+1\/1\s+Running/m);
  });

  it('applies a pod with default (strict) validation, then shows, describes, logs and deletes it', async () => {
    const file = join(dir, 'pod.yaml');
    writeFileSync(file, POD);
    const applied = await k('apply', '-f', file);
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toBe('pod/myapp-pod created\n');
    s.cluster.advance(30_000);
    const again = await k('apply', '-f', file);
    expect(again.stdout).toBe('pod/myapp-pod unchanged\n');

    const yaml = await k('get', 'pod', 'myapp-pod', '-o', 'yaml');
    expect(yaml.code, yaml.stderr).toBe(0);
    expect(yaml.stdout).toMatch(/^apiVersion: v1\nkind: Pod\n/);
    expect(yaml.stdout).toContain('phase: Running');
    expect(yaml.stdout).toMatch(/nodeName: aks-nodepool1-/);

    const described = await k('describe', 'pod', 'myapp-pod');
    expect(described.code, described.stderr).toBe(0);
    expect(described.stdout).toMatch(/^Name:\s+myapp-pod$/m);
    expect(described.stdout).toMatch(/^Status:\s+Running$/m);
    expect(described.stdout).toMatch(/Successfully assigned default\/myapp-pod to aks-nodepool1-/);

    const logs = await k('logs', 'myapp-pod');
    expect(logs.stdout).toBe('The app is running!\n');

    const deleted = await k('delete', 'pod', 'myapp-pod', '--wait=false');
    expect(deleted.stdout).toBe('pod "myapp-pod" deleted\n');
    const after = await k('get', 'pod', 'myapp-pod');
    expect(after.stdout).toMatch(/myapp-pod\s+1\/1\s+Terminating/);
  });

  it('rejects an invalid manifest on the server and reports unknown types and missing objects', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  containers: []\n');
    const r = await k('apply', '-f', bad);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('The Pod "bad" is invalid');
    const typo = join(dir, 'typo.yaml');
    writeFileSync(typo, POD.replace('myapp-pod', 'typo').replace('    image:', '    imagez: x\n    image:'));
    const strict = await k('apply', '-f', typo);
    expect(strict.stderr).toBe(`Error from server (BadRequest): error when creating "${typo}": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagez"\n`);
    const warned = await k('apply', '-f', typo, '--validate=warn');
    expect(warned.stderr).toBe('Warning: unknown field "spec.containers[0].imagez"\n');
    expect(warned.stdout).toBe('pod/typo created\n');
    const podz = await k('get', 'podz');
    expect(podz.code).toBe(1);
    expect(podz.stderr).toBe('error: the server doesn\'t have a resource type "podz"\n');
    const missing = await k('get', 'pod', 'nope');
    expect(missing.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});

describe('kubeplay serve with a running clock', () => {
  it('records the events of a pod it runs (real time × speed, whole virtual milliseconds)', async () => {
    const live = await serve({ speed: 50, seed: 3, kubeconfigPath: join(dir, 'kubeconfig-live') });
    try {
      const run = await kubectl(live.kubeconfig, ['run', 'web', '--image=nginx']);
      expect(run.code, run.stderr).toBe(0);
      let events = '';
      for (let i = 0; i < 50 && !/Started/.test(events); i++) {
        await new Promise((r) => setTimeout(r, 100));
        events = (await kubectl(live.kubeconfig, ['get', 'events', '--field-selector', 'involvedObject.name=web'])).stdout;
      }
      expect(events).toMatch(/Scheduled\s+pod\/web\s+Successfully assigned default\/web to/);
      expect(events).toMatch(/Started\s+pod\/web\s+Started container web/);
    } finally {
      await live.close();
    }
  });
});
