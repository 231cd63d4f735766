// helm list, history, status and get: read the release records (src/helm/release/storage.ts) and
// print them as helm 4 does (pkg/cmd/{list,history,status,get_*}.go).
import type { KubeObject } from '../../sim/api/types';
import { resourceForKind, R } from '../../sim/api/resources';
import { ReleaseStorage } from '../../helm/release/storage';
import type { Release } from '../../helm/release/types';
import { manifestObjects, sortForInstall } from '../../helm/action/manifest';
import { buildTable } from '../kubectl/printers';
import { renderTable } from '../kubectl/table-text';
import { toKubectlYaml } from '../kubectl/output/yaml';
import type { CliContext } from '../types';
import { ansic, goTimeString, uiTable } from './format';
import { coalesce } from '../../helm/values';

export const chartName = (r: Release) => `${r.chart.metadata.name}-${r.chart.metadata.version}`;

/** `helm list`: deployed and failed releases unless asked for others (action.List's state mask) */
export async function listReleases(ctx: CliContext, opts: { allNamespaces: boolean; states: string[]; output: string; short: boolean }): Promise<string> {
  const storage = new ReleaseStorage(ctx.client, opts.allNamespaces ? undefined : ctx.namespace, ctx.now);
  const all = await storage.query({});
  // the newest revision of each release (per namespace)
  const latest = new Map<string, Release>();
  for (const r of all) {
    const k = `${r.namespace}/${r.name}`;
    if ((latest.get(k)?.version ?? 0) < r.version) latest.set(k, r);
  }
  const states = opts.states.length ? opts.states : ['deployed', 'failed'];
  // pkg/action/list.go: asked only for superseded revisions, every one of them (not the latest)
  const candidates = states.length === 1 && states[0] === 'superseded' ? all : [...latest.values()];
  const rows = candidates.filter((r) => states.includes(r.info.status ?? '')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version - b.version));
  if (opts.short) return rows.map((r) => `${r.name}\n`).join('');
  const elements = rows.map((r) => ({ name: r.name, namespace: r.namespace, revision: String(r.version), updated: goTimeString(r.info.last_deployed), status: r.info.status ?? '', chart: chartName(r), app_version: r.chart.metadata.appVersion ?? '' }));
  if (opts.output === 'json') return `${JSON.stringify(elements)}\n`;
  if (opts.output === 'yaml') return toKubectlYaml(elements);
  return uiTable([['NAME', 'NAMESPACE', 'REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION'], ...elements.map((e) => [e.name, e.namespace, e.revision, e.updated, e.status, e.chart, e.app_version])]);
}

export async function historyOf(ctx: CliContext, name: string, output: string): Promise<string> {
  const h = await new ReleaseStorage(ctx.client, ctx.namespace, ctx.now).history(name);
  if (!h.length) throw new Error('release: not found');
  const rows = h.slice(-256).map((r) => ({ revision: r.version, updated: ansic(r.info.last_deployed), status: r.info.status ?? '', chart: chartName(r), app_version: r.chart.metadata.appVersion ?? '', description: r.info.description ?? '' }));
  if (output === 'json') return `${JSON.stringify(rows.map((r) => ({ ...r, updated: h.find((x) => x.version === r.revision)!.info.last_deployed })))}\n`;
  if (output === 'yaml') return toKubectlYaml(rows.map((r) => ({ ...r, updated: h.find((x) => x.version === r.revision)!.info.last_deployed })));
  return uiTable([['REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION', 'DESCRIPTION'], ...rows.map((r) => [String(r.revision), r.updated, r.status, r.chart, r.app_version, r.description])]);
}

/** the release's objects as they stand, grouped as helm status prints them ("v1/Pod(related)" last) */
async function resources(ctx: CliContext, rel: Release): Promise<string> {
  const groups = new Map<string, { resource: string; items: KubeObject[] }>();
  const pods: KubeObject[] = [];
  for (const { object } of sortForInstall(manifestObjects(rel.manifest ?? ''))) {
    const info = resourceForKind(object.apiVersion, object.kind);
    if (!info) continue;
    try {
      const live = await ctx.client.get(info, info.namespaced ? (object.metadata.namespace ?? rel.namespace) : undefined, object.metadata.name!);
      // Helm keys them by version and kind only: v1/Deployment
      const key = `${object.apiVersion.split('/').pop()}/${object.kind}`;
      if (!groups.has(key)) groups.set(key, { resource: info.resource, items: [] });
      groups.get(key)!.items.push(live);
      const selector = (live.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined)?.selector?.matchLabels;
      if (selector && ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'Service'].includes(object.kind) && object.kind !== 'Service') {
        const sel = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',');
        for (const p of (await ctx.client.list(R.pods, live.metadata.namespace, { labelSelector: sel })).items) if (!pods.some((x) => x.metadata.uid === p.metadata.uid)) pods.push(p);
      }
    } catch {
      // gone from the cluster: helm status leaves it out
    }
  }
  if (pods.length) groups.set('v1/Pod(related)', { resource: 'pods', items: pods });
  let out = '';
  for (const [key, g] of groups) out += `==> ${key}\n${renderTable(buildTable(g.resource, g.items, ctx.now()))}\n`;
  return out;
}

export async function statusOf(ctx: CliContext, rel: Release, opts: { showResources: boolean; showDescription?: boolean }): Promise<string> {
  let out = `NAME: ${rel.name}\n`;
  if (rel.info.last_deployed) out += `LAST DEPLOYED: ${ansic(rel.info.last_deployed)}\n`;
  out += `NAMESPACE: ${rel.namespace}\nSTATUS: ${rel.info.status}\nREVISION: ${rel.version}\nDESCRIPTION: ${rel.info.description ?? ''}\n`;
  if (opts.showResources && rel.info.status === 'deployed') {
    const r = await resources(ctx, rel);
    if (r) out += `RESOURCES:\n${r}\n`;
  }
  const tests = (rel.hooks ?? []) as Array<{ events?: string[] }>;
  if (!tests.some((h) => h.events?.includes('test'))) out += 'TEST SUITE: None\n';
  if (rel.info.description?.toLowerCase() === 'dry run complete') {
    out += 'HOOKS:\n';
    for (const h of (rel.hooks ?? []) as Array<{ path: string; manifest: string }>) out += `---\n# Source: ${h.path}\n${h.manifest}\n`;
    out += `MANIFEST:\n${rel.manifest ?? ''}\n`;
  }
  if (rel.info.notes) out += `NOTES:\n${rel.info.notes.trim()}\n`;
  return out;
}

export function valuesYaml(values: Record<string, unknown> | undefined): string {
  return values && Object.keys(values).length ? toKubectlYaml(values) : 'null\n';
}

export function getValues(rel: Release, all: boolean, output: string): string {
  const values = all ? coalesce(rel.chart.values, rel.config ?? {}) : (rel.config ?? {});
  if (output === 'json') return `${JSON.stringify(values)}\n`;
  if (output === 'yaml') return valuesYaml(values);
  return `${all ? 'COMPUTED VALUES:' : 'USER-SUPPLIED VALUES:'}\n${valuesYaml(values)}`;
}

export function getAll(rel: Release): string {
  let out = `NAME: ${rel.name}\nLAST DEPLOYED: ${ansic(rel.info.last_deployed)}\nNAMESPACE: ${rel.namespace}\nSTATUS: ${rel.info.status}\nREVISION: ${rel.version}\n`;
  out += `CHART: ${rel.chart.metadata.name}\nVERSION: ${rel.chart.metadata.version}\nAPP_VERSION: ${rel.chart.metadata.appVersion ?? ''}\nDESCRIPTION: ${rel.info.description ?? ''}\n`;
  out += `USER-SUPPLIED VALUES:\n${valuesYaml(rel.config)}\nCOMPUTED VALUES:\n${valuesYaml(coalesce(rel.chart.values, rel.config ?? {}))}\n`;
  out += `HOOKS:\n${((rel.hooks ?? []) as Array<{ path: string; manifest: string }>).map((h) => `---\n# Source: ${h.path}\n${h.manifest}\n`).join('')}MANIFEST:\n${rel.manifest ?? ''}\n`;
  if (rel.info.notes) out += `\nNOTES:\n${rel.info.notes}\n`;
  return out;
}
