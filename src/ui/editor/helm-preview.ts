// The editor's live `helm template`: when the active file is part of a chart folder (an ancestor
// holds Chart.yaml), the chart renders as `helm template` would (no cluster, so lookup finds
// nothing) on every edit, and an error names the workspace file and line it comes from.
import type { Files } from '../../state/workspace-files';
import { helmTemplate } from '../../helm/chart/template';
import { loadChart } from '../../helm/chart/load';
import { validateValues } from '../../cli/helm/install';

export interface PreviewError {
  message: string;
  /** the workspace file the error is in, when the message names one */
  path?: string;
  line?: number;
  column?: number;
}

export type Preview = { chart: string; output: string } | { chart: string; error: PreviewError };

/** the chart folder a file belongs to: the nearest folder above it (or itself) with a Chart.yaml */
export function chartRootOf(files: Files, path: string): string | undefined {
  const parts = path.split('/');
  for (let n = parts.length - 1; n >= 1; n--) {
    const dir = parts.slice(0, n).join('/');
    if (`${dir}/Chart.yaml` in files) return dir;
  }
  return 'Chart.yaml' in files && path !== '' ? '' : undefined;
}

function chartFiles(files: Files, root: string): Record<string, string> {
  const prefix = root ? `${root}/` : '';
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(files)) if (k.startsWith(prefix) && !k.endsWith('/')) out[k.slice(prefix.length)] = v;
  return out;
}

/**
 * Where an engine error points: `parse error at (web/templates/x.yaml:12)`, `template:
 * web/templates/x.yaml:12:7: …`, `execution error at (web/templates/x.yaml:6:11)`, helm 4's
 * `web/templates/x.yaml:8:12\n  executing …`, or `YAML parse error on web/templates/x.yaml`.
 */
export function locateError(message: string, chartName: string, root: string): Omit<PreviewError, 'message'> {
  const m = /(?:^|\(|template: |YAML parse error on )([^\s():]+\/templates\/[^\s():]+)(?::(\d+))?(?::(\d+))?/m.exec(message);
  if (!m) return {};
  const [, inChart, line, column] = m;
  const rest = inChart!.startsWith(`${chartName}/`) ? inChart!.slice(chartName.length + 1) : inChart!.split('/').slice(1).join('/');
  const path = root ? `${root}/${rest}` : rest;
  return { path, ...(line ? { line: Number(line) } : {}), ...(column ? { column: Number(column) } : {}) };
}

export function previewChart(files: Files, root: string): Preview {
  const own = chartFiles(files, root);
  let chartName = root.split('/').pop() || 'chart';
  try {
    const chart = loadChart(own);
    chartName = chart.metadata.name;
    validateValues(chart, {});
    let n = 0;
    const output = helmTemplate(chart, { rng: { int: (k) => (n++ * 7919) % k, uuid: () => '00000000-0000-4000-8000-000000000000' }, now: () => 0 });
    return { chart: chartName, output };
  } catch (e) {
    const message = (e as Error).message;
    return { chart: chartName, error: { message, ...locateError(message, chartName, root) } };
  }
}
