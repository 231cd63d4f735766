// az aks show | get-versions | get-upgrades | upgrade | scale | get-credentials, over the AKS model
// (src/sim/aks). Shapes and messages follow azure-cli's acs module (custom.py, _format.py).
import { VERSIONS, compareVersions, upgradesFrom } from '../../sim/aks/versions';
import type { CliContext, CommandResult } from '../types';
import type { AzArgs } from './args';
import { requireFlags } from './args';
import { armError, confirm, fail, findCluster, isResult, waitDone } from './common';
import { output } from './format';
import { clusterId, clusterJson, clusterRow } from './shapes';

export async function aksCommand(sub: string, a: AzArgs, ctx: CliContext): Promise<CommandResult> {
  const o = a.flags.get('output');
  if (sub === 'get-versions') {
    const missing = requireFlags(a, [['location', 'l']]);
    if (missing) return fail(missing, 2);
    return output(o, versionsJson(), versionRows, a.flags.get('query'));
  }
  const aks = findCluster(a, ctx, 'name');
  if (isResult(aks)) return aks;
  switch (sub) {
    case 'show':
      return output(o, clusterJson(aks), () => [clusterRow(aks)], a.flags.get('query'));
    case 'get-upgrades': {
      const cur = aks.cluster.currentKubernetesVersion;
      const json = { agentPoolProfiles: null, controlPlaneProfile: { kubernetesVersion: cur, name: null, osType: 'Linux', upgrades: upgradesFrom(cur).map((v) => ({ isPreview: null, kubernetesVersion: v })) }, id: `${clusterId(aks)}/upgradeProfiles/default`, name: 'default', resourceGroup: aks.cluster.resourceGroup, type: 'Microsoft.ContainerService/managedClusters/upgradeProfiles' };
      return output(o, json, () => [{ Name: 'default', ResourceGroup: aks.cluster.resourceGroup, MasterVersion: cur, Upgrades: upgradesFrom(cur).join(', ') || 'None available' }], a.flags.get('query'));
    }
    case 'get-credentials': {
      const file = a.flags.get('file') ?? '/home/user/.kube/config';
      return { stdout: `Merged "${aks.cluster.name}${a.flags.has('admin') ? '-admin' : ''}" as current context in ${file}\n`, stderr: '', exitCode: 0 };
    }
    case 'scale': {
      const missing = requireFlags(a, [['node-count', 'c']]);
      if (missing) return fail(missing, 2);
      const pools = [...aks.pools.keys()];
      const poolName = a.flags.get('nodepool-name') ?? (pools.length === 1 ? pools[0] : undefined);
      if (!poolName) return fail('ERROR: There are more than one node pool in the cluster. Please specify nodepool name or use az aks nodepool command to scale node pool\n');
      if (!aks.pool(poolName)) return fail(`ERROR: The nodepool "${poolName}" was not found.\n`);
      const err = aks.scalePool(poolName, Number(a.flags.get('node-count')));
      if (err) return armError(err);
      return (await waitDone(aks, ctx, a)) ?? noWaitOr(a, o, () => output(o, clusterJson(aks), () => [clusterRow(aks)], a.flags.get('query')));
    }
    case 'upgrade':
      return upgrade(a, ctx, aks);
    default:
      return fail(`ERROR: 'aks ${sub}' is misspelled or not recognized by the system.\n`, 2);
  }
}

function noWaitOr(a: AzArgs, _o: string | undefined, print: () => CommandResult): CommandResult {
  return a.flags.has('no-wait') ? { stdout: '', stderr: '', exitCode: 0 } : print();
}

async function upgrade(a: AzArgs, ctx: CliContext, aks: NonNullable<CliContext['aks']>): Promise<CommandResult> {
  const imageOnly = a.flags.has('node-image-only');
  const cpOnly = a.flags.has('control-plane-only');
  const version = a.flags.get('kubernetes-version');
  if (imageOnly && version) return fail('ERROR: usage error: --node-image-only and --kubernetes-version cannot be used together\n');
  if (imageOnly && cpOnly) return fail('ERROR: usage error: --node-image-only and --control-plane-only cannot be used together\n');
  if (!imageOnly && !version) return fail('ERROR: usage error: --kubernetes-version is required unless --node-image-only is set\n');
  const question = imageOnly
    ? 'This node image upgrade operation will run across every node pool in the cluster and might take a while. Do you wish to continue?'
    : cpOnly
      ? `Since control-plane-only argument is specified, this will upgrade only the control plane to ${version}. Node pool will not change. Continue?`
      : 'Kubernetes may be unavailable during cluster upgrades.\n Are you sure you want to perform this operation?';
  const ask = confirm(a, ctx, question);
  if (ask) return ask;
  const err = aks.upgrade({ kubernetesVersion: version, controlPlaneOnly: cpOnly, nodeImageOnly: imageOnly });
  if (err) return armError(err);
  const waited = await waitDone(aks, ctx, a);
  if (waited) return waited;
  return noWaitOr(a, a.flags.get('output'), () => output(a.flags.get('output'), clusterJson(aks), () => [clusterRow(aks)], a.flags.get('query')));
}

function versionsJson(): Record<string, unknown> {
  const sorted = [...VERSIONS].reverse();
  return {
    values: sorted.map((m) => ({
      capabilities: { supportPlan: supportPlan(m) },
      isDefault: m.minor === '1.32' ? true : null,
      isPreview: null,
      patchVersions: Object.fromEntries([...m.patches].reverse().map((p) => [p, { upgrades: upgradesFrom(p) }])),
      version: m.minor,
    })),
  };
}

function supportPlan(m: (typeof VERSIONS)[number]): string[] {
  return m.ltsOnly ? ['AKSLongTermSupport'] : ['KubernetesOfficial', 'AKSLongTermSupport'];
}

// mirrors azure-cli acs/_format.py aks_versions_table_format: version, isPreview (null for GA
// releases, so knack drops it), upgrades, the support plans joined
function versionRows(): Record<string, string>[] {
  const all = VERSIONS.flatMap((m) => m.patches.map((v) => ({ v, plan: supportPlan(m).join(', ') }))).sort((x, y) => compareVersions(y.v, x.v));
  return all.map(({ v, plan }) => ({ KubernetesVersion: v, Upgrades: upgradesFrom(v).join(', ') || 'None available', SupportPlan: plan }));
}
