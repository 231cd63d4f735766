import { describe, expect, it } from 'vitest';
import { R } from '../../sim/api/resources';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

describe('kubectl label / annotate / set image / cordon', () => {
  it('label adds, refuses to overwrite without --overwrite, removes with key-', async () => {
    const { ctx } = testContext();
    await runCommand('kubectl run web --image=nginx', ctx);
    expect((await runCommand('kubectl label pod web tier=front', ctx)).stdout).toBe('pod/web labeled\n');
    expect((await runCommand('kubectl label pod web tier=back', ctx)).stderr).toBe("error: 'tier' already has a value (front), and --overwrite is false\n");
    expect((await runCommand('kubectl label pod web tier=back --overwrite', ctx)).stdout).toBe('pod/web labeled\n');
    expect((await runCommand('kubectl label pod web tier-', ctx)).stdout).toBe('pod/web unlabeled\n');
    expect((await ctx.client.get(R.pods, 'default', 'web')).metadata.labels).toEqual({ run: 'web' });
    expect((await runCommand('kubectl annotate pod/web note=hello', ctx)).stdout).toBe('pod/web annotated\n');
    expect((await ctx.client.get(R.pods, 'default', 'web')).metadata.annotations).toEqual({ note: 'hello' });
  });

  it('set image changes the named container of the template', async () => {
    const { ctx } = testContext();
    await runCommand('kubectl create deployment web --image=nginx:1.27', ctx);
    expect((await runCommand('kubectl set image deployment/web nginx=nginx:1.28', ctx)).stdout).toBe('deployment.apps/web image updated\n');
    const d = await ctx.client.get(R.deployments, 'default', 'web');
    expect((d.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template.spec.containers[0].image).toBe('nginx:1.28');
    expect((await runCommand('kubectl set image deployment/web nope=x', ctx)).stderr).toBe('error: unable to find container named "nope"\n');
  });

  it('cordon and uncordon a node', async () => {
    const { ctx } = testContext();
    await ctx.client.create(R.nodes, undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } });
    expect((await runCommand('kubectl cordon n1', ctx)).stdout).toBe('node/n1 cordoned\n');
    expect((await ctx.client.get(R.nodes, undefined, 'n1')).spec).toMatchObject({ unschedulable: true });
    expect((await runCommand('kubectl cordon n1', ctx)).stdout).toBe('node/n1 already cordoned\n');
    expect((await runCommand('kubectl uncordon node/n1', ctx)).stdout).toBe('node/n1 uncordoned\n');
    expect((await runCommand('kubectl cordon nope', ctx)).stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
});
