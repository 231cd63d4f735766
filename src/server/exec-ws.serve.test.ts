// The real kubectl (v1.32) exec against `kubeplay serve`: the WebSocket pods/exec of ./exec-ws.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type Served } from './serve';
import { kubectl, requireKubectl } from './kubectl-harness';

let s: Served;
const k = (...args: string[]) => kubectl(s.kubeconfig, args);

beforeAll(async () => {
  requireKubectl();
  s = await serve({ speed: 0, seed: 7, kubeconfigPath: join(mkdtempSync(join(tmpdir(), 'kubeplay-exec-')), 'kubeconfig') });
  await k('create', 'deployment', 'web', '--image=nginx:1.27');
  await k('expose', 'deployment', 'web', '--port=80');
  await k('run', 'p', '--image=busybox:1.36', '--', 'sleep', '3600');
  s.cluster.advance(30_000);
});
afterAll(async () => {
  await s?.close();
});

describe('kubectl exec against kubeplay serve', () => {
  it('runs a command and prints its output', async () => {
    const r = await k('exec', 'p', '--', 'echo', 'hi');
    expect(r).toEqual({ stdout: 'hi\n', stderr: '', code: 0 });
  });
  it('passes a failing command exit code through', async () => {
    const r = await k('exec', 'p', '--', 'sh', '-c', 'exit 4');
    expect(r.code).toBe(4);
    expect(r.stderr).toBe('command terminated with exit code 4\n');
  });
  it('reaches a Service from a deployment pod with curl', async () => {
    const r = await k('exec', 'deploy/web', '--', 'curl', '-s', 'web');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
  });
  it('reports a missing pod as the api-server does', async () => {
    const r = await k('exec', 'nope', '--', 'ls');
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(r.code).toBe(1);
  });
});
