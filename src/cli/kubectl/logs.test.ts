import { describe, expect, it } from 'vitest';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

const TWO = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two\nspec:\n  containers:\n  - name: app\n    image: nginx\n  - name: sidecar\n    image: busybox\n';

describe('kubectl logs', () => {
  it('passes container, tail and previous to the log subresource, defaulting to the first container', async () => {
    const t = testContext({ 'two.yaml': TWO });
    const calls: unknown[] = [];
    t.api.setLogProvider((ns, pod, o) => {
      calls.push([ns, pod, o]);
      return 'a\nb\nc\n';
    });
    await runCommand('kubectl apply -f two.yaml', t.ctx);
    expect(await runCommand('kubectl logs two', t.ctx)).toEqual({ stdout: 'a\nb\nc\n', stderr: 'Defaulted container "app" out of: app, sidecar\n', exitCode: 0 });
    expect((await runCommand('kubectl logs pod/two -c sidecar --tail 2 -p', t.ctx)).stderr).toBe('');
    expect((await runCommand('kubectl logs two sidecar --tail=-1', t.ctx)).exitCode).toBe(0);
    expect(calls).toEqual([
      ['default', 'two', { container: 'app', previous: false, tailLines: undefined }],
      ['default', 'two', { container: 'sidecar', previous: true, tailLines: 2 }],
      ['default', 'two', { container: 'sidecar', previous: false, tailLines: undefined }],
    ]);
  });
});
