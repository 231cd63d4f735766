// The Node object a kubelet registers and the status it reports: capacity/allocatable, conditions,
// nodeInfo, addresses, images. Numbers follow an AKS Standard_DS2_v2 node (2 vCPU, 7 GiB) on
// Kubernetes 1.32. mirrors pkg/kubelet/nodestatus/setters.go
import type { Node, NodeStatus } from 'kubernetes-types/core/v1';
import { toRFC3339 } from '../../clock';

export interface NodeConfig {
  name: string;
  /** position in the cluster: pod CIDR 10.244.<index>.0/24 */
  index: number;
  internalIP: string;
  labels: Record<string, string>;
  taints?: Node['spec'] extends infer S ? (S extends { taints?: infer T } ? T : never) : never;
  providerID?: string;
  cpuCores: number;
  memoryKi: number;
  maxPods: number;
  kubeletVersion: string;
  osImage: string;
  kernelVersion: string;
  containerRuntimeVersion: string;
  /** ids drawn once at registration (rng), kept in nodeInfo */
  machineID: string;
  systemUUID: string;
  bootID: string;
}

/** AKS reserves 100m CPU on a 2-core node; memory: 25% kube-reserved (capped rule) + 100Mi eviction threshold */
export function allocatable(cfg: NodeConfig): { cpu: string; memory: string; pods: string } {
  const reservedCpuMilli = cfg.cpuCores <= 1 ? 60 : cfg.cpuCores <= 2 ? 100 : cfg.cpuCores <= 4 ? 140 : 180;
  const reservedMemKi = Math.min(Math.floor(cfg.memoryKi * 0.25), (20 * cfg.maxPods + 50) * 1000 * 1000 / 1024);
  return { cpu: `${cfg.cpuCores * 1000 - reservedCpuMilli}m`, memory: `${Math.floor(cfg.memoryKi - reservedMemKi - 100 * 1024)}Ki`, pods: String(cfg.maxPods) };
}

/** AKS overlay pod CIDR: node i gets 10.244.i.0/24 (past 255: 10.245.…) */
export function podCIDRBase(index: number): string {
  return `10.${244 + Math.floor(index / 256)}.${index % 256}`;
}

export function nodeObject(cfg: NodeConfig): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: cfg.name,
      labels: cfg.labels,
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: {
      podCIDR: `${podCIDRBase(cfg.index)}.0/24`,
      podCIDRs: [`${podCIDRBase(cfg.index)}.0/24`],
      ...(cfg.providerID ? { providerID: cfg.providerID } : {}),
      ...(cfg.taints ? { taints: cfg.taints } : {}),
    },
  };
}

const CONDITIONS: Array<[string, string, string, string]> = [
  ['MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
  ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'],
];

export function nodeStatus(cfg: NodeConfig, images: ReadonlyArray<{ names: string[]; sizeBytes: number }>, now: number, readySince: number): NodeStatus {
  const capacity = { cpu: String(cfg.cpuCores), memory: `${cfg.memoryKi}Ki`, pods: String(cfg.maxPods), 'ephemeral-storage': '129886128Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0' };
  const alloc = { ...allocatable(cfg), 'ephemeral-storage': '119703055367', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0' };
  return {
    capacity,
    allocatable: alloc,
    conditions: CONDITIONS.map(([type, status, reason, message]) => ({ type, status, reason, message, lastHeartbeatTime: toRFC3339(now), lastTransitionTime: toRFC3339(readySince) })),
    addresses: [
      { type: 'InternalIP', address: cfg.internalIP },
      { type: 'Hostname', address: cfg.name },
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: {
      machineID: cfg.machineID,
      systemUUID: cfg.systemUUID,
      bootID: cfg.bootID,
      kernelVersion: cfg.kernelVersion,
      osImage: cfg.osImage,
      containerRuntimeVersion: cfg.containerRuntimeVersion,
      kubeletVersion: cfg.kubeletVersion,
      kubeProxyVersion: '',
      operatingSystem: 'linux',
      architecture: 'amd64',
    },
    images: images.map((i) => ({ names: i.names, sizeBytes: i.sizeBytes })),
  };
}
