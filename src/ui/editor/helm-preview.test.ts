import { describe, expect, it } from 'vitest';
import { chartRootOf, locateError, previewChart } from './helm-preview';
import { createChart } from '../../helm/create/create';
import { MemoryWorkspace } from '../../cli/workspace';

function chart(): Record<string, string> {
  const ws = new MemoryWorkspace({ 'charts/README.md': 'charts live here\n' });
  createChart(ws, 'charts/web');
  const files: Record<string, string> = { 'pod.yaml': 'kind: Pod\n' };
  const walk = (d: string) => {
    for (const n of ws.list(d)) {
      const p = d ? `${d}/${n}` : n;
      const c = ws.read(p);
      if (c === undefined) walk(p);
      else files[p] = c;
    }
  };
  walk('');
  return files;
}

describe('the live helm template preview', () => {
  it('finds the chart a file belongs to', () => {
    const files = chart();
    expect(chartRootOf(files, 'charts/web/templates/deployment.yaml')).toBe('charts/web');
    expect(chartRootOf(files, 'charts/web/values.yaml')).toBe('charts/web');
    expect(chartRootOf(files, 'pod.yaml')).toBeUndefined();
  });

  it('renders the chart as helm template does, and follows an edit', () => {
    const files = chart();
    const first = previewChart(files, 'charts/web');
    expect('output' in first && first.output).toContain('# Source: web/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: release-name-web\n');
    files['charts/web/values.yaml'] = files['charts/web/values.yaml']!.replace('replicaCount: 1', 'replicaCount: 4');
    const second = previewChart(files, 'charts/web');
    expect('output' in second && second.output).toContain('  replicas: 4\n');
  });

  it('points a template error at its workspace file and line', () => {
    const files = chart();
    files['charts/web/templates/service.yaml'] = 'a: {{ .Values.x \n';
    const r = previewChart(files, 'charts/web');
    expect('error' in r && r.error).toEqual({ message: expect.stringMatching(/^parse error at \(web\/templates\/service\.yaml:2\): /), path: 'charts/web/templates/service.yaml', line: 2 });
    files['charts/web/templates/service.yaml'] = 'a: {{ .Values.service.nope.deeper }}\n';
    const r2 = previewChart(files, 'charts/web');
    expect('error' in r2 && r2.error).toMatchObject({ path: 'charts/web/templates/service.yaml', line: 1, column: 13 });
  });

  it('reads every form of location helm prints', () => {
    expect(locateError('template: web/templates/x.yaml:12:7: executing "web/templates/x.yaml" at <.Values.x>: …', 'web', 'w')).toEqual({ path: 'w/templates/x.yaml', line: 12, column: 7 });
    expect(locateError('execution error at (web/templates/x.yaml:6:11): a size is required', 'web', '')).toEqual({ path: 'templates/x.yaml', line: 6, column: 11 });
    expect(locateError('YAML parse error on web/charts/db/templates/s.yaml: error converting YAML to JSON', 'web', 'c')).toEqual({ path: 'c/charts/db/templates/s.yaml' });
    expect(locateError('no such thing', 'web', 'c')).toEqual({});
  });
});
