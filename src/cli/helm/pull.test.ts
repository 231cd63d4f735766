// helm pull --untar and helm dependency list, with the output and errors of the real helm 4.1
// (captured against the same charts served as a repository).
import { describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { runHelm } from './index';

const helm = (ctx: ReturnType<typeof testContext>['ctx'], line: string) => runHelm(line.split(' '), ctx);

describe('helm pull', () => {
  it('unpacks a stable chart into the workspace, once', async () => {
    const { ctx, workspace } = testContext();
    expect(await helm(ctx, 'pull stable/wordpress --untar')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(workspace.list('wordpress')).toEqual(['.helmignore', 'Chart.yaml', 'README.md', 'charts', 'templates', 'values.schema.json', 'values.yaml']);
    expect(workspace.read('wordpress/charts/mariadb/Chart.yaml')).toContain('name: mariadb');
    expect((await helm(ctx, 'pull stable/wordpress --untar')).stderr).toBe('Error: failed to untar: a file or directory with the name wordpress already exists\n');
    expect(await helm(ctx, 'pull stable/nginx --untar --untardir vendor')).toMatchObject({ exitCode: 0 });
    expect(workspace.read('vendor/nginx/Chart.yaml')).toContain('name: nginx');
    expect((await helm(ctx, 'pull stable/redis --untar --untardir vendor')).stderr).toBe('Error: failed to untar: a file or directory with the name vendor already exists\n');
  });

  it('names what it cannot find, and says why it keeps no archive', async () => {
    const { ctx } = testContext();
    expect((await helm(ctx, 'pull stable/nope --untar')).stderr).toBe("Error: chart \"nope\" matching  not found in stable index. (try 'helm repo update'): no chart name found\n");
    expect((await helm(ctx, 'pull')).stderr).toBe('Error: "helm pull" requires at least 1 argument\n\nUsage:  helm pull [chart URL | repo/chartname] [...] [flags]\n');
    expect((await helm(ctx, 'pull stable/nginx')).stderr).toContain('nginx-18.3.1.tgz cannot be saved: use helm pull stable/nginx --untar');
  });
});

describe('helm dependency list', () => {
  it('lists wordpress\'s mariadb subchart as unpacked, then missing, wrong version and undeclared', async () => {
    const { ctx, workspace } = testContext();
    await helm(ctx, 'pull stable/wordpress --untar');
    const table = (status: string) => `NAME   \tVERSION\tREPOSITORY                   \tSTATUS${' '.repeat(Math.max(0, status.length - 6))}\nmariadb\t20.x.x \thttps://charts.helm.sh/stable\t${status}${' '.repeat(Math.max(0, 6 - status.length))}\n\n`;
    expect((await helm(ctx, 'dependency list wordpress')).stdout).toBe(table('unpacked'));
    workspace.write('wordpress/charts/mariadb/Chart.yaml', 'apiVersion: v2\nname: mariadb\nversion: 19.0.0\n');
    expect((await helm(ctx, 'dep ls ./wordpress')).stdout).toBe(table('wrong version'));
    workspace.write('wordpress/charts/mariadb/Chart.yaml', 'apiVersion: v2\nname: other\nversion: 1.0.0\n');
    expect((await helm(ctx, 'dep list wordpress')).stdout).toBe(`${table('missing')}WARNING: "wordpress/charts/mariadb" is not in Chart.yaml.\n`);
  });

  it('warns about a chart without dependencies and refuses what is not a chart', async () => {
    const { ctx } = testContext({ 'e/x.txt': '' });
    await helm(ctx, 'create web');
    expect((await helm(ctx, 'dependency list web/')).stdout).toBe('WARNING: no dependencies at web/charts\n');
    expect((await helm(ctx, 'dependency list stable/wordpress')).stderr).toBe('Error: stat stable/wordpress: no such file or directory\n');
    expect((await helm(ctx, 'dependency list e')).stderr).toBe('Error: Chart.yaml file is missing\n');
  });
});
