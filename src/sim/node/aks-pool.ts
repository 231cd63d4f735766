// The default AKS-like node pool: a System pool `nodepool1` of Standard_DS2_v2 VMs in a scale set,
// named and labelled as AKS names and labels them. Used by createCluster (../cluster.ts).
import type { Rng } from '../clock';
import type { NodeConfig } from './kubelet/node-status';

export const KUBERNETES_VERSION = 'v1.32.6';
export const REGION = 'japaneast';
export const RESOURCE_GROUP = 'myResourceGroup';
export const CLUSTER_NAME = 'myAKSCluster';
export const NODE_IMAGE_VERSION = 'AKSUbuntu-2204gen2containerd-202507.21.0';

function hex(rng: Rng, n: number): string {
  return rng.string(n, '0123456789abcdef');
}

export interface PoolOptions {
  pool: string;
  count: number;
  mode: 'system' | 'user';
  vmSize: string;
  cpuCores: number;
  memoryKi: number;
  maxPods: number;
  /** the scale set's id: aks-<pool>-<8 digits>-vmss */
  poolId: string;
  firstIndex: number;
}

export function defaultPool(rng: Rng, count = 3): PoolOptions {
  return { pool: 'nodepool1', count, mode: 'system', vmSize: 'Standard_DS2_v2', cpuCores: 2, memoryKi: 7_097_684, maxPods: 110, poolId: String(rng.int(100_000_000)).padStart(8, '0'), firstIndex: 0 };
}

/** vmss instance names are base-36, six characters: vmss000000, vmss000001 … vmss00000a */
export function vmssName(pool: string, poolId: string, i: number): string {
  return `aks-${pool}-${poolId}-vmss${i.toString(36).padStart(6, '0')}`;
}

export function poolNodes(rng: Rng, o: PoolOptions): NodeConfig[] {
  const out: NodeConfig[] = [];
  for (let i = 0; i < o.count; i++) {
    const name = vmssName(o.pool, o.poolId, i);
    const index = o.firstIndex + i;
    const zone = `${REGION}-${(i % 3) + 1}`;
    const ipN = 4 + index;
    out.push({
      name,
      index,
      internalIP: `10.224.${Math.floor(ipN / 256)}.${ipN % 256}`,
      labels: {
        agentpool: o.pool,
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/instance-type': o.vmSize,
        'beta.kubernetes.io/os': 'linux',
        'failure-domain.beta.kubernetes.io/region': REGION,
        'failure-domain.beta.kubernetes.io/zone': zone,
        'kubernetes.azure.com/agentpool': o.pool,
        'kubernetes.azure.com/cluster': `MC_${RESOURCE_GROUP}_${CLUSTER_NAME}_${REGION}`,
        'kubernetes.azure.com/mode': o.mode,
        'kubernetes.azure.com/node-image-version': NODE_IMAGE_VERSION,
        'kubernetes.azure.com/os-sku': 'Ubuntu',
        'kubernetes.azure.com/role': 'agent',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'node.kubernetes.io/instance-type': o.vmSize,
        'topology.kubernetes.io/region': REGION,
        'topology.kubernetes.io/zone': zone,
      },
      providerID: `azure:///subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mc_${RESOURCE_GROUP.toLowerCase()}_${CLUSTER_NAME.toLowerCase()}_${REGION}/providers/Microsoft.Compute/virtualMachineScaleSets/aks-${o.pool}-${o.poolId}-vmss/virtualMachines/${i}`,
      cpuCores: o.cpuCores,
      memoryKi: o.memoryKi,
      maxPods: o.maxPods,
      kubeletVersion: KUBERNETES_VERSION,
      osImage: 'Ubuntu 22.04.5 LTS',
      kernelVersion: '5.15.0-1089-azure',
      containerRuntimeVersion: 'containerd://1.7.27-1',
      machineID: hex(rng, 32),
      systemUUID: rng.uuid(),
      bootID: rng.uuid(),
    });
  }
  return out;
}
