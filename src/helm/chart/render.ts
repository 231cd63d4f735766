// Rendering a loaded chart as `helm template`/`helm install` do (pkg/chart/common/util/values.go
// ToRenderValues, engine.go recAllTpls): .Release, .Chart, .Capabilities, .Files and the scoped
// .Values for every template of the chart and its subcharts, then the engine.
import { renderTemplates, type EngineOptions, type Renderable } from '../template/engine';
import { GoStruct, type GoMap, type GoValue } from '../template/value';
import { filesStruct } from './files';
import type { ChartMetadata, LoadedChart } from './load';
import { coalesceValues } from './values';
import { enabledDependencies } from './dependencies';

export interface ReleaseInfo {
  name: string;
  namespace: string;
  revision: number;
  isInstall: boolean;
  isUpgrade: boolean;
}

export interface RenderChartOptions extends EngineOptions {
  /** the cluster's version, "v1.35.0" unless told (helm template's default) */
  kubeVersion?: string;
  /** API group versions the cluster serves (Capabilities.APIVersions) */
  apiVersions?: string[];
}

export const DEFAULT_API_VERSIONS = [
  'v1', 'admissionregistration.k8s.io/v1', 'apiextensions.k8s.io/v1', 'apiregistration.k8s.io/v1', 'apps/v1',
  'authentication.k8s.io/v1', 'authorization.k8s.io/v1', 'autoscaling/v1', 'autoscaling/v2', 'batch/v1',
  'certificates.k8s.io/v1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1', 'events.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1', 'networking.k8s.io/v1', 'node.k8s.io/v1', 'policy/v1',
  'rbac.authorization.k8s.io/v1', 'scheduling.k8s.io/v1', 'storage.k8s.io/v1',
];

/** .Chart as Helm 4 gives it to templates: a map with Go's field names (not a struct, so a missing
 * field is no error), IsRoot telling the top chart from its subcharts */
export function chartValues(m: ChartMetadata, isRoot: boolean): GoMap {
  const list = (v: unknown): GoValue[] => (Array.isArray(v) ? (v as GoValue[]) : []);
  return {
    APIVersion: m.apiVersion, Annotations: (m.annotations ?? null) as GoValue, AppVersion: m.appVersion === undefined ? '' : String(m.appVersion),
    Condition: '', Dependencies: (m.dependencies ?? []).map((d) => ({
      Name: d.name, Version: d.version ?? '', Repository: d.repository ?? '', Condition: d.condition ?? '', Tags: (d.tags ?? []) as GoValue,
      Enabled: d.enabled ?? false, ImportValues: [], Alias: d.alias ?? '',
    })),
    Deprecated: m.deprecated ?? false, Description: m.description ?? '', Home: m.home ?? '', Icon: m.icon ?? '', IsRoot: isRoot,
    Keywords: list(m.keywords), KubeVersion: m.kubeVersion ?? '',
    Maintainers: list(m.maintainers).map((x) => {
      const mt = (x ?? {}) as Record<string, unknown>;
      return { Email: String(mt.email ?? ''), Name: String(mt.name ?? ''), URL: String(mt.url ?? '') };
    }),
    Name: m.name, Sources: list(m.sources), Tags: '', Type: m.type ?? '', Version: m.version,
  };
}

function capabilities(opts: RenderChartOptions): GoStruct {
  const kv = opts.kubeVersion ?? 'v1.35.0';
  const [major, minor] = kv.replace(/^v/, '').split('.');
  const versions = opts.apiVersions ?? DEFAULT_API_VERSIONS;
  const kubeVersion = new GoStruct('common.KubeVersion', { Version: kv, Major: major, Minor: minor ?? '', GitVersion: kv });
  kubeVersion.goString = () => kv;
  const apiVersions: GoValue[] = [...versions];
  const vs = new GoStruct('common.VersionSet', { Has: (v: GoValue) => versions.includes(String(v)) });
  vs.goString = () => `[${apiVersions.join(' ')}]`;
  return new GoStruct('*common.Capabilities', {
    APIVersions: vs,
    KubeVersion: kubeVersion,
    HelmVersion: new GoStruct('common.BuildInfo', { Version: 'v4.1.4', GitCommit: '', GitTreeState: '', GoVersion: '' }),
  });
}

/** the renderables of a chart and its subcharts (engine.go recAllTpls) */
function collect(chart: LoadedChart, values: GoMap, top: GoMap, prefix: string, out: Renderable[]) {
  const name = chart.metadata.name;
  const path = prefix ? `${prefix}/charts/${name}` : name;
  const subcharts: GoMap = {};
  for (const dep of chart.dependencies) {
    const sv = (values[dep.metadata.name] as GoMap | undefined) ?? {};
    const subTop: GoMap = { ...top };
    collect(dep, sv, subTop, path, out);
    subcharts[dep.metadata.name] = { Values: sv, Chart: chartValues(dep.metadata, false) };
  }
  const vals: GoMap = {
    Chart: chartValues(chart.metadata, prefix === ''), Files: filesStruct(chart.files), Release: top.Release, Capabilities: top.Capabilities,
    Values: values, Subcharts: subcharts,
  };
  for (const t of chart.templates) out.push({ name: `${path}/${t.name}`, text: t.data, vals, basePath: `${path}/templates` });
}

/** Renders every template; returns template path (mychart/templates/x.yaml) → rendered text. */
export function renderChart(loaded: LoadedChart, userValues: GoMap, release: ReleaseInfo, opts: RenderChartOptions): Record<string, string> {
  const chart = enabledDependencies(loaded, userValues);
  const values = coalesceValues(chart, userValues);
  const top: GoMap = {
    Release: {
      Name: release.name, Namespace: release.namespace, Revision: BigInt(release.revision),
      IsInstall: release.isInstall, IsUpgrade: release.isUpgrade, Service: 'Helm',
    },
    Capabilities: capabilities(opts),
  };
  const renderables: Renderable[] = [];
  collect(chart, values, top, '', renderables);
  return renderTemplates(renderables, opts);
}
