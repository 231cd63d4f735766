import { describe, expect, it } from 'vitest';
import { createCluster } from '../sim/cluster';
import { clusterContext } from './cluster-context';
import { runCommand } from './run';
import { MemoryWorkspace } from './workspace';
import { testContext } from './testing/context';

describe('curl in the terminal', () => {
  it('reaches a Service by name from the current namespace', async () => {
    const cluster = createCluster({ seed: 5 });
    const ctx = clusterContext(cluster, new MemoryWorkspace());
    await runCommand('kubectl create deployment web --image=httpd:2.4', ctx);
    await runCommand('kubectl expose deployment web --port=8080 --target-port=80', ctx);
    cluster.advance(30_000);
    expect(await runCommand('curl -s web:8080', ctx)).toEqual({ stdout: '<html><body><h1>It works!</h1></body></html>\n', stderr: '', exitCode: 0 });
    expect(await runCommand("curl -s -o /dev/null -w '%{http_code}' http://web.default.svc:8080/missing", ctx)).toMatchObject({ stdout: '404', exitCode: 0 });
    ctx.namespace = 'kube-system';
    expect(await runCommand('curl web:8080', ctx)).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: web\n', exitCode: 6 });
  });

  it('cannot resolve anything without a cluster network', async () => {
    const { ctx } = testContext();
    expect(await runCommand('curl http://web/', ctx)).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: web\n', exitCode: 6 });
  });
});
