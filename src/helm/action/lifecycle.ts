// Uninstall and rollback, as pkg/action/{uninstall,rollback}.go run them on release records.
import type { KubeClient } from '../../sim/api/client';
import { HelmError, ReleaseStorage } from '../release/storage';
import type { Release } from '../release/types';
import { applyManifest, deleteObjects, manifestObjects, sortForInstall } from './manifest';

export interface ActionEnv {
  client: KubeClient;
  namespace: string;
  /** virtual epoch ms */
  now(): number;
  /** RFC 3339 as Helm stamps releases */
  stamp(ms: number): string;
}

const storage = (env: ActionEnv) => new ReleaseStorage(env.client, env.namespace, env.now);

/** mark every deployed revision superseded (storage.DeployedAll in rollback and upgrade) */
export async function supersedeDeployed(env: ActionEnv, name: string, except?: number): Promise<void> {
  const s = storage(env);
  for (const r of await s.history(name)) {
    if (r.info.status === 'deployed' && r.version !== except) await s.update({ ...r, info: { ...r.info, status: 'superseded' } });
  }
}

export async function uninstall(env: ActionEnv, name: string, opts: { keepHistory: boolean; description?: string }): Promise<Release> {
  const s = storage(env);
  let rel: Release;
  try {
    rel = await s.last(name);
  } catch (e) {
    throw new HelmError(`uninstall: Release not loaded: ${name}: ${(e as Error).message}`);
  }
  if (rel.info.status === 'uninstalled') {
    if (!opts.keepHistory) {
      for (const r of await s.history(name)) await s.delete(r);
      return rel;
    }
    throw new HelmError(`the release named "${name}" is already deleted`);
  }
  const objects = sortForInstall(manifestObjects(rel.manifest ?? '')).reverse().map((m) => m.object);
  await deleteObjects(env.client, rel.namespace, objects);
  const done: Release = { ...rel, info: { ...rel.info, status: 'uninstalled', deleted: env.stamp(env.now()), description: opts.description || 'Uninstallation complete' } };
  if (!opts.keepHistory) {
    for (const r of await s.history(name)) await s.delete(r);
    return done;
  }
  await s.update(done);
  // the other revisions that were still deployed
  await supersedeDeployed(env, name, done.version);
  return done;
}

export async function rollback(env: ActionEnv, name: string, revision: number | undefined): Promise<Release> {
  const s = storage(env);
  const current = await s.last(name);
  const previousVersion = revision && revision > 0 ? revision : current.version - 1;
  const history = await s.history(name);
  const previous = history.find((r) => r.version === previousVersion);
  if (!previous) throw new HelmError(`release has no ${previousVersion} version`);
  const now = env.stamp(env.now());
  const target: Release = {
    ...previous,
    version: current.version + 1,
    labels: undefined,
    info: { first_deployed: current.info.first_deployed, last_deployed: now, status: 'pending-rollback', notes: previous.info.notes, description: `Rollback to ${previousVersion}` },
  };
  await s.create(target);
  await applyManifest(env.client, name, current.namespace, current.manifest ?? '', target.manifest ?? '');
  await supersedeDeployed(env, name);
  const current2 = (await s.history(name)).find((r) => r.version === current.version)!;
  if (current2.info.status !== 'superseded') await s.update({ ...current2, info: { ...current2.info, status: 'superseded' } });
  const deployed: Release = { ...target, info: { ...target.info, status: 'deployed' } };
  await s.update(deployed);
  return deployed;
}
