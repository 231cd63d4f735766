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
  it('reports a program the image lacks as the container runtime does', async () => {
    const r = await k('exec', 'p', '--', 'curl', 'web');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in \$PATH: unknown\n$/);
  });
  it('reports a missing pod as the api-server does', async () => {
    const r = await k('exec', 'nope', '--', 'ls');
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(r.code).toBe(1);
  });
});
