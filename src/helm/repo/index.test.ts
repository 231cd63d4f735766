// Chart references: `stable/x [--version C]` from the workspace's repositories and chart folders in
// the workspace, with helm's errors; version constraints as Masterminds/semver reads them.
import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../../cli/workspace';
import { findRepoChart, repositories, resolveChart, stableIndex, workspacePath } from './index';
import { constraint } from './version';

describe('chart references', () => {
  it('finds a stable chart with its files, subchart included, and by version constraint', () => {
    const ws = new MemoryWorkspace({});
    const wp = resolveChart(ws, 'stable/wordpress');
    expect(wp.source).toBe('repo');
    expect(wp.chart?.version).toBe('23.1.0');
    expect(Object.keys(wp.files)).toEqual(expect.arrayContaining(['Chart.yaml', 'values.yaml', 'values.schema.json', 'templates/deployment.yaml', 'charts/mariadb/templates/statefulset.yaml']));
    expect(findRepoChart(ws, 'stable/wordpress', '^23.0.0').version).toBe('23.1.0');
    expect(findRepoChart(ws, 'stable/wordpress', '23.x').version).toBe('23.1.0');
    expect(() => findRepoChart(ws, 'stable/wordpress', '<23')).toThrow("chart \"wordpress\" matching <23 not found in stable index. (try 'helm repo update'): no chart version found for wordpress-<23");
    expect(() => findRepoChart(ws, 'stable/wordpress', 'abc')).toThrow('improper constraint: abc');
  });

  it('gives hello the helm create chart named hello', () => {
    const hello = stableIndex().find((c) => c.name === 'hello')!;
    expect(hello.files['Chart.yaml']).toContain('name: hello\n');
    expect(hello.files['templates/_helpers.tpl']).toContain('define "hello.fullname"');
    expect(Object.keys(hello.files)).toHaveLength(12);
  });

  it('prefers a workspace chart folder, and names what is missing as helm does', () => {
    const ws = new MemoryWorkspace({ 'stable/wordpress/Chart.yaml': 'name: mine\n', 'web/Chart.yaml': 'name: web\n', 'web/templates/a.yaml': 'x', 'empty/notes.txt': '' });
    expect(resolveChart(ws, 'stable/wordpress')).toEqual({ source: 'workspace', files: { 'Chart.yaml': 'name: mine\n' } });
    expect(resolveChart(ws, './web/').files).toEqual({ 'Chart.yaml': 'name: web\n', 'templates/a.yaml': 'x' });
    expect(resolveChart(ws, '/workspace/web').source).toBe('workspace');
    expect(() => resolveChart(ws, 'empty')).toThrow('Chart.yaml file is missing');
    expect(() => resolveChart(ws, './nonexist')).toThrow('path "./nonexist" not found');
    expect(() => resolveChart(ws, 'nginx')).toThrow('non-absolute URLs should be in form of repo_name/path_to_chart, got: nginx');
    expect(() => resolveChart(ws, 'other/nginx')).toThrow('repo other not found');
    expect(workspacePath('/workspace/a/../b/')).toBe('b');
  });

  it('serves the stable charts under any name a hosted URL was added with', () => {
    const ws = new MemoryWorkspace({});
    repositories(ws).push({ name: 'old', url: 'https://charts.helm.sh/stable/' });
    expect(findRepoChart(ws, 'old/redis').name).toBe('redis');
  });
});

describe('version constraints', () => {
  const ok = (c: string, v: string) => constraint(c)(v);
  it('reads comparisons, ranges and wildcards', () => {
    expect(ok('1.2.3', '1.2.3')).toBe(true);
    expect(ok('>=1.2, <2', '1.9.0')).toBe(true);
    expect(ok('>=1.2 <2', '2.0.0')).toBe(false);
    expect(ok('~1.2.3', '1.2.9')).toBe(true);
    expect(ok('~1.2.3', '1.3.0')).toBe(false);
    expect(ok('^0.2.3', '0.2.9')).toBe(true);
    expect(ok('^0.2.3', '0.3.0')).toBe(false);
    expect(ok('^1.2', '1.9.9')).toBe(true);
    expect(ok('1.x', '1.4.0')).toBe(true);
    expect(ok('20.x.x', '20.2.1')).toBe(true);
    expect(ok('20.x.x', '21.0.0')).toBe(false);
    expect(ok('1.0 - 2.0', '2.0.0')).toBe(true);
    expect(ok('<1 || >=3', '3.1.0')).toBe(true);
    expect(ok('!=1.2.3', '1.2.3')).toBe(false);
    expect(ok('*', '1.0.0-beta')).toBe(false);
    expect(ok('>0.0.0-0', '1.0.0-beta')).toBe(true);
    expect(() => constraint('abc')).toThrow('improper constraint: abc');
  });
});
