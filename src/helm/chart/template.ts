// What `helm template` prints (pkg/cmd/template.go): the release manifest (documents in install
// order, each `---\n# Source: …`), then the hooks, from a chart's files and values.
import { sortRendered } from '../action/sort-manifests';
import type { GoMap } from '../template/value';
import { loadChart, type LoadedChart } from './load';
import { renderChart, type RenderChartOptions } from './render';

export interface HelmTemplateOptions extends RenderChartOptions {
  releaseName?: string;
  namespace?: string;
  /** user values (-f files and --set already merged; --set numbers as Int64, as strvals gives int64) */
  values?: GoMap;
}

export function helmTemplate(chart: LoadedChart | Record<string, string>, opts: HelmTemplateOptions): string {
  const loaded = 'metadata' in chart && 'templates' in chart ? (chart as LoadedChart) : loadChart(chart as Record<string, string>);
  const rendered = renderChart(loaded, opts.values ?? {}, {
    name: opts.releaseName ?? 'release-name', namespace: opts.namespace ?? 'default', revision: 1, isInstall: true, isUpgrade: false,
  }, opts);
  const out = sortRendered(rendered, loaded.metadata.name);
  return out.manifest.trim() + '\n' + out.hooks.map((h) => `---\n# Source: ${h.path}\n${h.manifest}\n`).join('');
}
