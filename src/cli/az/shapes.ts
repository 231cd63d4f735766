// The JSON `az aks show` / `az aks nodepool show` print (Microsoft.ContainerService managedClusters
// and agentPools, camelCase as the Python SDK serialises them), built from the AKS model's state.
import type { AksCluster } from '../../sim/aks/model';
import type { NodePool } from '../../sim/aks/types';

const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

export function clusterId(aks: AksCluster): string {
  const c = aks.cluster;
  return `${SUB}/resourcegroups/${c.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${c.name}`;
}

function upgradeSettings(p: NodePool): Record<string, unknown> {
  const u = p.upgradeSettings;
  return { drainTimeoutInMinutes: u.drainTimeoutInMinutes ?? null, maxSurge: u.maxSurge ?? null, maxUnavailable: u.maxUnavailable ?? null, nodeSoakDurationInMinutes: u.nodeSoakDurationInMinutes ?? null, undrainableNodeBehavior: null };
}

/** an agent pool: in the cluster's agentPoolProfiles (standalone = false) or as `nodepool show` prints it */
export function poolJson(aks: AksCluster, p: NodePool, standalone: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = {
    availabilityZones: null, count: p.count, currentOrchestratorVersion: p.currentOrchestratorVersion, enableAutoScaling: false, enableEncryptionAtHost: false, enableFips: false, enableNodePublicIp: false,
    kubeletDiskType: 'OS', maxCount: null, maxPods: p.maxPods, minCount: null, mode: p.mode, name: p.name, nodeImageVersion: p.nodeImageVersion,
    nodeLabels: Object.keys(p.nodeLabels).length ? p.nodeLabels : null, nodeTaints: p.nodeTaints.length ? p.nodeTaints : null, orchestratorVersion: p.orchestratorVersion,
    osDiskSizeGb: 128, osDiskType: 'Managed', osSku: 'Ubuntu', osType: 'Linux', powerState: { code: 'Running' }, provisioningState: p.provisioningState,
    scaleSetEvictionPolicy: null, scaleSetPriority: null, tags: null, type: 'VirtualMachineScaleSets', upgradeSettings: upgradeSettings(p), vmSize: p.vmSize, vnetSubnetId: null,
  };
  if (!standalone) return base;
  return { ...base, id: `${clusterId(aks)}/agentPools/${p.name}`, resourceGroup: aks.cluster.resourceGroup, type: 'Microsoft.ContainerService/managedClusters/agentPools', typePropertiesType: 'VirtualMachineScaleSets' };
}

export function clusterJson(aks: AksCluster): Record<string, unknown> {
  const c = aks.cluster;
  return {
    aadProfile: null, addonProfiles: null, agentPoolProfiles: [...aks.pools.values()].map((p) => poolJson(aks, p, false)), apiServerAccessProfile: null,
    autoUpgradeProfile: { nodeOsUpgradeChannel: 'NodeImage', upgradeChannel: null }, azurePortalFqdn: c.fqdn.replace('.hcp.', '.portal.hcp.'), currentKubernetesVersion: c.currentKubernetesVersion,
    disableLocalAccounts: false, dnsPrefix: c.dnsPrefix, enableRbac: true, fqdn: c.fqdn, id: clusterId(aks),
    identity: { principalId: '00000000-0000-0000-0000-000000000001', tenantId: '00000000-0000-0000-0000-000000000002', type: 'SystemAssigned', userAssignedIdentities: null },
    kubernetesVersion: c.kubernetesVersion, location: c.location, maxAgentPools: 100, name: c.name,
    networkProfile: { dnsServiceIp: '10.0.0.10', ipFamilies: ['IPv4'], loadBalancerSku: 'standard', networkDataplane: 'azure', networkPlugin: 'azure', networkPluginMode: 'overlay', outboundType: 'loadBalancer', podCidr: '10.244.0.0/16', podCidrs: ['10.244.0.0/16'], serviceCidr: '10.0.0.0/16', serviceCidrs: ['10.0.0.0/16'] },
    nodeResourceGroup: c.nodeResourceGroup, oidcIssuerProfile: { enabled: false, issuerUrl: null }, powerState: { code: 'Running' }, provisioningState: c.provisioningState,
    resourceGroup: c.resourceGroup, sku: { name: 'Base', tier: 'Free' }, supportPlan: 'KubernetesOfficial', tags: null, type: 'Microsoft.ContainerService/ManagedClusters',
  };
}

/** `az aks show -o table` (azext table transformer: aks_show_table_format) */
export function clusterRow(aks: AksCluster): Record<string, string> {
  const c = aks.cluster;
  return { Name: c.name, Location: c.location, ResourceGroup: c.resourceGroup, KubernetesVersion: c.kubernetesVersion, CurrentKubernetesVersion: c.currentKubernetesVersion, ProvisioningState: c.provisioningState, Fqdn: c.fqdn };
}

/** `az aks nodepool list -o table` (aks_agentpool_show_table_format) */
export function poolRow(p: NodePool): Record<string, string | number> {
  return { Name: p.name, OsType: 'Linux', KubernetesVersion: p.orchestratorVersion, VmSize: p.vmSize, Count: p.count, MaxPods: p.maxPods, ProvisioningState: p.provisioningState, Mode: p.mode };
}
