// The AKS model's shapes: a managed cluster and its agent pools as the Azure Resource Manager API
// (Microsoft.ContainerService managedClusters/agentPools) names them, and the snapshot the UI reads.
import type { Instance } from './vmss';

export type Mode = 'System' | 'User';
export type ProvisioningState = 'Succeeded' | 'Creating' | 'Scaling' | 'Upgrading' | 'Updating' | 'Deleting' | 'Failed';

export interface UpgradeSettings {
  maxSurge?: string;
  maxUnavailable?: string;
  drainTimeoutInMinutes?: number;
  nodeSoakDurationInMinutes?: number;
}

export interface NodePool {
  name: string;
  mode: Mode;
  vmSize: string;
  count: number;
  maxPods: number;
  orchestratorVersion: string;
  currentOrchestratorVersion: string;
  nodeImageVersion: string;
  upgradeSettings: UpgradeSettings;
  nodeLabels: Record<string, string>;
  nodeTaints: string[];
  provisioningState: ProvisioningState;
  /** the scale set id in node names: aks-<pool>-<poolId>-vmss… */
  poolId: string;
  instances: Instance[];
  nextId: number;
}

export interface ManagedClusterState {
  name: string;
  resourceGroup: string;
  location: string;
  kubernetesVersion: string;
  currentKubernetesVersion: string;
  provisioningState: ProvisioningState;
  dnsPrefix: string;
  fqdn: string;
  nodeResourceGroup: string;
}

/** progress of the running (or last) upgrade, for the CLI and the UI */
export interface UpgradeProgress {
  target: string;
  nodeImageOnly: boolean;
  phase: 'controlPlane' | 'surge' | 'drain' | 'reimage' | 'soak' | 'cleanup' | 'done' | 'failed';
  pool?: string;
  batch: number;
  batches: number;
  upgradedNodes: number;
  totalNodes: number;
  error?: string;
}

/** what the worker can send the UI: pools, their instances (node, version, state) and the upgrade */
export interface AksSnapshot {
  cluster: ManagedClusterState;
  pools: { name: string; mode: Mode; vmSize: string; count: number; orchestratorVersion: string; currentOrchestratorVersion: string; provisioningState: ProvisioningState; upgradeSettings: UpgradeSettings; nodes: Instance[] }[];
  upgrade?: UpgradeProgress;
}
