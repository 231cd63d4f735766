// helm show on workspace charts, and search's errors (the stable repository's output is checked
// against the real helm in src/helm/repo/stable.test.ts).
import { describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { runHelm } from './index';

const helm = (ctx: ReturnType<typeof testContext>['ctx'], ...argv: string[]) => runHelm(argv, ctx);

describe('helm show', () => {
  it('shows a chart the learner wrote: metadata re-encoded, values and README as written, parts joined by ---', async () => {
    const { ctx } = testContext({
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: 2.1\nunknownField: x\nmaintainers:\n  - name: me\n    extra: 1\n',
      'app/values.yaml': 'replicas: 2',
      'app/readme.txt': 'Read me',
      'app/crds/a.yaml': 'kind: CustomResourceDefinition',
    });
    expect((await helm(ctx, 'show', 'chart', 'app')).stdout).toBe('apiVersion: v2\nappVersion: "2.1"\nmaintainers:\n- name: me\nname: app\nversion: 1.0.0\n\n');
    expect((await helm(ctx, 'inspect', 'values', './app')).stdout).toBe('replicas: 2\n');
    expect((await helm(ctx, 'show', 'readme', 'app')).stdout).toBe('Read me\n');
    expect((await helm(ctx, 'show', 'all', 'app')).stdout).toBe(
      'apiVersion: v2\nappVersion: "2.1"\nmaintainers:\n- name: me\nname: app\nversion: 1.0.0\n\n---\nreplicas: 2\n---\nRead me\n---\nkind: CustomResourceDefinition\n',
    );
  });

  it('refuses what helm refuses', async () => {
    const { ctx } = testContext({ 'empty/x.txt': '' });
    expect((await helm(ctx, 'show', 'values')).stderr).toBe('Error: "helm show values" requires 1 argument\n\nUsage:  helm show values [CHART] [flags]\n');
    expect((await helm(ctx, 'show', 'chart', 'empty')).stderr).toBe('Error: Chart.yaml file is missing\n');
    expect((await helm(ctx, 'show', 'chart', 'stable/nginx', '--bogus')).stderr).toBe('Error: unknown flag: --bogus\n');
  });
});

describe('helm search', () => {
  it('fails only when asked to, and names a bad pattern or format as helm does', async () => {
    const { ctx } = testContext();
    expect((await helm(ctx, 'search', 'repo', 'zzz')).stdout).toBe('No results found\n');
    expect((await helm(ctx, 'search', 'repo', 'zzz', '--fail-on-no-result')).stderr).toBe('Error: no results found\n');
    expect((await helm(ctx, 'search', 'repo', '-r', '(')).stderr).toBe('Error: error parsing regexp: missing closing ): `(`\n');
    expect((await helm(ctx, 'search', 'repo', '--version', 'abc')).stderr).toBe('Error: an invalid version/constraint format: improper constraint: abc\n');
    expect((await helm(ctx, 'search', 'repo', '-o', 'wide')).stderr).toBe('Error: invalid argument "wide" for "-o, --output" flag: invalid format type\n');
    expect((await helm(ctx, 'search', 'hub', 'wordpress')).stderr).toBe('Error: unable to perform search against "https://hub.helm.sh"\n');
    expect((await helm(ctx, 'search', 'repo', 'MARIADB')).stdout).toContain('stable/mariadb');
  });
});
