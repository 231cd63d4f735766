// A chart from its files (mirrors pkg/chart/loader/load.go, the parts `helm template` needs):
// Chart.yaml, values.yaml, templates/, other files for .Files, and subcharts under charts/NAME/.
import { parse } from 'yaml';
import { HelmChartError } from './errors';
import { applyHelmignore } from './ignore';
import { unmarshalYaml } from '../template/yaml/toyaml';
import { isMap, type GoMap } from '../template/value';

export interface ChartMetadata {
  apiVersion: string;
  name: string;
  version: string;
  appVersion?: string;
  description?: string;
  type?: string;
  kubeVersion?: string;
  home?: string;
  icon?: string;
  keywords?: string[];
  sources?: string[];
  annotations?: Record<string, string>;
  /** `enabled` is set when the dependencies are processed (an alias then replaces the name, as Helm does) */
  dependencies?: { name: string; version?: string; repository?: string; condition?: string; alias?: string; tags?: string[]; enabled?: boolean }[];
  deprecated?: boolean;
  [k: string]: unknown;
}

export interface LoadedChart {
  metadata: ChartMetadata;
  /** values.yaml as Helm decodes it (numbers float64) */
  values: GoMap;
  /** templates/… paths relative to the chart, with their text */
  templates: { name: string; data: string }[];
  /** every other file, for .Files (not Chart.yaml, values.yaml, templates/ or charts/) */
  files: Record<string, string>;
  dependencies: LoadedChart[];
}

/** `files`: paths relative to the chart folder (Chart.yaml, templates/x.yaml, charts/sub/Chart.yaml) */
export function loadChart(all: Record<string, string>): LoadedChart {
  const files = applyHelmignore(all);
  const chartYaml = files['Chart.yaml'];
  if (chartYaml === undefined) throw new HelmChartError('Chart.yaml file is missing');
  const metadata = (parse(chartYaml) ?? {}) as ChartMetadata;
  if (!metadata.apiVersion) metadata.apiVersion = 'v1';
  if (!metadata.name) throw new HelmChartError('validation: chart.metadata.name is required');
  if (!metadata.version) throw new HelmChartError('validation: chart.metadata.version is required');
  let values: GoMap = {};
  if (files['values.yaml'] !== undefined) {
    const v = unmarshalYaml(files['values.yaml']);
    values = isMap(v) ? v : {};
  }
  const templates: { name: string; data: string }[] = [];
  const other: Record<string, string> = {};
  const subs = new Map<string, Record<string, string>>();
  for (const [path, data] of Object.entries(files)) {
    if (path === 'Chart.yaml' || path === 'values.yaml') continue;
    if (path.startsWith('templates/')) templates.push({ name: path, data });
    else if (path.startsWith('charts/')) {
      const [, sub, ...rest] = path.split('/');
      if (rest.length === 0) continue;
      if (!subs.has(sub)) subs.set(sub, {});
      subs.get(sub)![rest.join('/')] = data;
    } else other[path] = data;
  }
  templates.sort((a, b) => (a.name < b.name ? -1 : 1));
  const dependencies = [...subs.keys()].sort().map((k) => loadChart(subs.get(k)!));
  return { metadata, values, templates, files: other, dependencies };
}
