// helm install and upgrade on release records (pkg/action/install.go, upgrade.go): the chart is
// rendered by the caller's `render` (the template engine), sorted as Helm sorts it, stored as a
// pending revision, applied, and marked deployed — or failed, with Helm's description, when the
// cluster refuses an object. Hooks are stored with the release; only test hooks are Helm-run (not here).
import type { KubeObject } from '../../sim/api/types';
import { R } from '../../sim/api/resources';
import { isStatusError } from '../../sim/api/status';
import { HelmError, ReleaseStorage } from '../release/storage';
import type { ChartRecord, Release } from '../release/types';
import { coalesce } from '../values';
import type { ActionEnv } from './lifecycle';
import { supersedeDeployed } from './lifecycle';
import { applyManifest } from './manifest';
import { sortRendered } from './sort-manifests';

type Values = Record<string, unknown>;

export interface ReleaseContext {
  name: string;
  namespace: string;
  revision: number;
  isInstall: boolean;
  isUpgrade: boolean;
}

export interface ChartToInstall {
  record: ChartRecord;
  /**
   * renders the chart with the user's values over its defaults (or over `chartValues`, which
   * --reuse-values puts in place of the defaults); returns template path → text
   */
  render(values: Values, release: ReleaseContext, chartValues?: Values): Record<string, string>;
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function validateReleaseName(name: string): void {
  if (!NAME.test(name) || name.length > 53) throw new HelmError(`release name "${name}": invalid release name, must match regex ${NAME.source} and the length must not be longer than 53`);
}

export interface InstallOptions {
  createNamespace?: boolean;
  dryRun?: boolean;
  description?: string;
}

function errorText(e: unknown): string {
  if (isStatusError(e)) return e.status.message ?? e.message;
  return (e as Error).message;
}

/** a revision from rendering; `prior` is the revision it replaces (upgrade) */
function renderRevision(env: ActionEnv, chart: ChartToInstall, config: Values, ctx: ReleaseContext, firstDeployed: string | undefined, baseValues?: Values): Release {
  const files = chart.render(config, ctx, baseValues);
  const record = chart.record;
  const sorted = sortRendered(files, record.metadata.name);
  const now = env.stamp(env.now());
  return {
    name: ctx.name,
    namespace: ctx.namespace,
    version: ctx.revision,
    chart: record,
    config,
    manifest: sorted.manifest,
    hooks: sorted.hooks,
    info: { first_deployed: firstDeployed ?? now, last_deployed: now, status: ctx.isInstall ? 'pending-install' : 'pending-upgrade', notes: sorted.notes || undefined, description: ctx.isInstall ? 'Initial install underway' : 'Preparing upgrade' },
    apply_method: 'ssa',
  };
}

async function applyOrFail(env: ActionEnv, storage: ReleaseStorage, rel: Release, prevManifest: string, done: string): Promise<Release> {
  try {
    await applyManifest(env.client, rel.name, rel.namespace, prevManifest, rel.manifest ?? '');
  } catch (e) {
    const failed: Release = { ...rel, info: { ...rel.info, status: 'failed', description: `Release "${rel.name}" failed: ${errorText(e)}` } };
    await storage.update(failed);
    throw new HelmError(errorText(e));
  }
  const deployed: Release = { ...rel, info: { ...rel.info, status: 'deployed', description: done } };
  await storage.update(deployed);
  return deployed;
}

export async function install(env: ActionEnv, name: string, chart: ChartToInstall, config: Values, opts: InstallOptions = {}): Promise<Release> {
  const storage = new ReleaseStorage(env.client, env.namespace, env.now);
  try {
    validateReleaseName(name);
  } catch (e) {
    throw new HelmError(`release name check failed: ${(e as Error).message}`);
  }
  if (!opts.dryRun) {
    const h = await storage.history(name);
    if (h.length) throw new HelmError('release name check failed: cannot reuse a name that is still in use');
  }
  const rel = renderRevision(env, chart, config, { name, namespace: env.namespace, revision: 1, isInstall: true, isUpgrade: false }, undefined);
  if (opts.dryRun) return { ...rel, info: { ...rel.info, description: 'Dry run complete' } };
  if (opts.createNamespace) {
    try {
      await env.client.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: env.namespace, labels: { name: env.namespace } } } as KubeObject);
    } catch (e) {
      if (!(isStatusError(e) && e.code === 409)) throw e;
    }
  }
  try {
    await storage.create(rel);
  } catch (e) {
    if (isStatusError(e) && e.code === 404) throw new HelmError(`create: failed to create: ${errorText(e)}`);
    throw e;
  }
  return applyOrFail(env, storage, rel, '', opts.description || 'Install complete');
}

export interface UpgradeOptions {
  reuseValues?: boolean;
  resetValues?: boolean;
  resetThenReuseValues?: boolean;
  dryRun?: boolean;
  description?: string;
}

export async function upgrade(env: ActionEnv, name: string, chart: ChartToInstall, newValues: Values, opts: UpgradeOptions = {}): Promise<Release> {
  const storage = new ReleaseStorage(env.client, env.namespace, env.now);
  try {
    validateReleaseName(name);
  } catch {
    throw new HelmError(`release name is invalid: ${name}`);
  }
  const history = await storage.history(name);
  const last = history[history.length - 1];
  const deployed = [...history].reverse().find((r) => r.info.status === 'deployed');
  if (!last || (!deployed && last.info.status !== 'failed')) throw new HelmError(`"${name}" has no deployed releases`);
  if (last.info.status?.startsWith('pending-')) throw new HelmError('another operation (install/upgrade/rollback) is in progress');
  const current = deployed ?? last;
  // pkg/action/upgrade.go reuseValues
  let config = newValues;
  let base: Values | undefined;
  if (opts.resetValues) config = newValues;
  else if (opts.reuseValues) {
    base = coalesce(current.chart.values, current.config ?? {});
    config = coalesce(current.config ?? {}, newValues);
  } else if (opts.resetThenReuseValues) config = coalesce(current.config ?? {}, newValues);
  else if (Object.keys(newValues).length === 0 && Object.keys(current.config ?? {}).length > 0) config = current.config ?? {};
  const rel = renderRevision(env, chart, config, { name, namespace: current.namespace, revision: last.version + 1, isInstall: false, isUpgrade: true }, current.info.first_deployed, base);
  if (opts.dryRun) return { ...rel, info: { ...rel.info, description: 'Dry run complete' } };
  await storage.create(rel);
  const result = await applyOrFail(env, storage, rel, current.manifest ?? '', opts.description || 'Upgrade complete');
  await supersedeDeployed(env, name, result.version);
  return result;
}
