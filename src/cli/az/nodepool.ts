// az aks nodepool list | show | add | delete | scale | upgrade | update (azure-cli acs custom.py
// aks_agentpool_*), over the AKS model's pools.
import type { AksCluster } from '../../sim/aks/model';
import { surgeError } from '../../sim/aks/surge';
import { NEW_NODE_IMAGE } from '../../sim/aks/upgrade';
import { compareVersions, upgradesFrom } from '../../sim/aks/versions';
import type { Mode, UpgradeSettings } from '../../sim/aks/types';
import type { CliContext, CommandResult } from '../types';
import type { AzArgs } from './args';
import { requireFlags } from './args';
import { armError, confirm, fail, findCluster, isResult, waitDone } from './common';
import { output } from './format';
import { poolJson, poolRow } from './shapes';

function settingsOf(a: AzArgs): UpgradeSettings | string {
  const s: UpgradeSettings = {};
  if (a.flags.has('max-surge')) s.maxSurge = a.flags.get('max-surge');
  if (a.flags.has('max-unavailable')) s.maxUnavailable = a.flags.get('max-unavailable');
  for (const [flag, key, max] of [['drain-timeout', 'drainTimeoutInMinutes', 1440], ['node-soak-duration', 'nodeSoakDurationInMinutes', 30]] as const) {
    if (!a.flags.has(flag)) continue;
    const n = Number(a.flags.get(flag));
    if (!Number.isInteger(n) || n < (flag === 'drain-timeout' ? 1 : 0) || n > max) return `(InvalidParameter) The value of parameter agentPoolProfile.upgradeSettings.${key} is invalid. Error details: ${key} must be between ${flag === 'drain-timeout' ? 1 : 0} and ${max}.`;
    s[key] = n;
  }
  return s;
}

function labelsOf(v: string | undefined): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  return Object.fromEntries(v.split(/\s+/).filter(Boolean).map((kv) => kv.split(/=(.*)/s, 2) as [string, string]));
}

export async function nodepoolCommand(sub: string, a: AzArgs, ctx: CliContext): Promise<CommandResult> {
  const o = a.flags.get('output');
  const aks = findCluster(a, ctx, 'cluster-name');
  if (isResult(aks)) return aks;
  if (sub === 'list') return output(o, [...aks.pools.values()].map((p) => poolJson(aks, p, true)), () => [...aks.pools.values()].map(poolRow), a.flags.get('query'));
  // `nodepool get-upgrades` names the pool with --nodepool-name
  if (sub === 'get-upgrades' && a.flags.has('nodepool-name')) a.flags.set('name', a.flags.get('nodepool-name')!);
  const missing = sub === 'get-upgrades' && !a.flags.has('name') ? 'ERROR: the following arguments are required: --nodepool-name\n' : requireFlags(a, [['name', 'n']]);
  if (missing) return fail(missing, 2);
  const name = a.flags.get('name')!;
  const show = () => {
    const p = aks.pool(name);
    return p ? output(o, poolJson(aks, p, true), () => [poolRow(p)], a.flags.get('query')) : { stdout: '', stderr: '', exitCode: 0 };
  };
  const done = async (err: string | undefined) => (err ? armError(err) : ((await waitDone(aks, ctx, a)) ?? (a.flags.has('no-wait') ? { stdout: '', stderr: '', exitCode: 0 } : show())));
  const settings = settingsOf(a);
  if (typeof settings === 'string') return armError(settings);
  if (sub !== 'add' && !aks.pool(name)) return armError(`(NotFound) Could not find agent pool ${name} in the managed cluster ${aks.cluster.name}.`);
  switch (sub) {
    case 'show':
      return show();
    case 'get-upgrades': {
      const p = aks.pool(name)!;
      const ups = upgradesFrom(p.currentOrchestratorVersion).filter((v) => compareVersions(v, aks.cluster.currentKubernetesVersion) <= 0);
      const json = { id: `${poolJson(aks, p, true).id as string}/upgradeProfiles/default`, kubernetesVersion: p.currentOrchestratorVersion, latestNodeImageVersion: NEW_NODE_IMAGE, name: 'default', osType: 'Linux', resourceGroup: aks.cluster.resourceGroup, type: 'Microsoft.ContainerService/managedClusters/agentPools/upgradeProfiles', upgrades: ups.length ? ups.map((v) => ({ isPreview: null, kubernetesVersion: v })) : null };
      return output(o, json, () => [{ KubernetesVersion: p.currentOrchestratorVersion, LatestNodeImageVersion: NEW_NODE_IMAGE, Name: 'default', OsType: 'Linux', ResourceGroup: aks.cluster.resourceGroup }], a.flags.get('query'));
    }
    case 'add': {
      const mode = (a.flags.get('mode') ?? 'User') as Mode;
      if (mode !== 'User' && mode !== 'System') return fail(`ERROR: argument --mode: invalid choice: '${mode}' (choose from 'System', 'User', 'Gateway')\n`, 2);
      const err = surgeCheck(settings, mode) ?? aks.addPool({ name, count: Number(a.flags.get('node-count') ?? 3), vmSize: a.flags.get('node-vm-size'), mode, upgradeSettings: settings, nodeLabels: labelsOf(a.flags.get('labels')), nodeTaints: a.flags.get('node-taints')?.split(','), orchestratorVersion: a.flags.get('kubernetes-version') });
      return done(err);
    }
    case 'delete':
      return done(aks.deletePool(name));
    case 'scale':
      if (!a.flags.has('node-count')) return fail('ERROR: the following arguments are required: --node-count/-c\n', 2);
      return done(aks.scalePool(name, Number(a.flags.get('node-count'))));
    case 'update': {
      const p = aks.pool(name)!;
      const mode = (a.flags.get('mode') ?? p.mode) as Mode;
      const merged = { ...p.upgradeSettings, ...settings };
      const err = surgeCheck(merged, mode);
      if (err) return armError(err);
      Object.assign(p.upgradeSettings, settings);
      p.mode = mode;
      const labels = labelsOf(a.flags.get('labels'));
      if (labels) aks.setPoolLabels(name, labels);
      return show();
    }
    case 'upgrade': {
      const imageOnly = a.flags.has('node-image-only');
      const ask = confirm(a, ctx, imageOnly ? `Since node-image-only argument is specified, this will upgrade only the node image for agent pool ${name}. Continue?` : 'Kubernetes may be unavailable during cluster upgrades.\n Are you sure you want to perform this operation?');
      if (ask) return ask;
      const p = aks.pool(name)!;
      const err = surgeCheck({ ...p.upgradeSettings, ...settings }, p.mode);
      if (err) return armError(err);
      Object.assign(p.upgradeSettings, settings);
      return done(aks.upgrade({ pool: name, kubernetesVersion: a.flags.get('kubernetes-version') ?? aks.cluster.currentKubernetesVersion, nodeImageOnly: imageOnly }));
    }
    default:
      return fail(`ERROR: 'aks nodepool ${sub}' is misspelled or not recognized by the system.\n`, 2);
  }
}

function surgeCheck(s: UpgradeSettings, mode: Mode): string | undefined {
  return surgeError(s, mode);
}

export type { AksCluster };
