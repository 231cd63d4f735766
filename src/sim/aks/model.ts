// The AKS managed cluster around the simulator: one ManagedCluster and its agent pools, each pool a
// VM scale set whose instances are real Nodes (./vmss.ts). Scale, add, delete and update pools on the
// live cluster; upgrades are ./upgrade.ts. Everything runs on the virtual Clock (timer kind 'aks').
import { CLUSTER_NAME, NODE_IMAGE_VERSION, REGION, RESOURCE_GROUP, type PoolOptions } from '../node/aks-pool';
import { R } from '../api/resources';
import { DEFAULT_VERSION } from './versions';
import { vmSize } from './vm-sizes';
import { CREATE_MS, DELETE_MS, REIMAGE_MS, cordon, drainStep, event, instanceConfig, nodeOf, removeNode, stopVm, type Instance, type VmssDeps } from './vmss';
import type { AksSnapshot, ManagedClusterState, Mode, NodePool, UpgradeSettings } from './types';
import { Upgrader, type UpgradeRequest } from './upgrade';
import { AutoRepair } from './repair';

const POLL_MS = 5_000;
const POOL_NAME = /^[a-z][a-z0-9]{0,11}$/;

export interface AddPoolRequest {
  name: string;
  count?: number;
  vmSize?: string;
  mode?: Mode;
  upgradeSettings?: UpgradeSettings;
  nodeLabels?: Record<string, string>;
  nodeTaints?: string[];
  orchestratorVersion?: string;
}

export class AksCluster {
  readonly cluster: ManagedClusterState;
  readonly pools = new Map<string, NodePool>();
  private nextNodeIndex: number;
  private readonly nodeIndex = new Map<string, number>();
  private readonly upgrader: Upgrader;
  private readonly repair: AutoRepair;

  constructor(readonly d: VmssDeps, initial: PoolOptions) {
    // az derives the prefix from name[:10], group[:16] and the subscription; no rng draw (goldens keep their names)
    const dnsPrefix = `${CLUSTER_NAME.slice(0, 10)}-${RESOURCE_GROUP.slice(0, 16)}-8f3c1a`;
    this.cluster = {
      name: CLUSTER_NAME, resourceGroup: RESOURCE_GROUP, location: REGION, kubernetesVersion: DEFAULT_VERSION, currentKubernetesVersion: DEFAULT_VERSION,
      provisioningState: 'Succeeded', dnsPrefix, fqdn: `${dnsPrefix.toLowerCase()}-4k7q2m9x.hcp.${REGION}.azmk8s.io`, nodeResourceGroup: `MC_${RESOURCE_GROUP}_${CLUSTER_NAME}_${REGION}`,
    };
    const instances: Instance[] = [];
    for (let i = 0; i < initial.count; i++) {
      const name = `aks-${initial.pool}-${initial.poolId}-vmss${i.toString(36).padStart(6, '0')}`;
      instances.push({ name, id: i, state: 'running', version: DEFAULT_VERSION, nodeImageVersion: NODE_IMAGE_VERSION });
      this.nodeIndex.set(name, initial.firstIndex + i);
    }
    this.nextNodeIndex = initial.firstIndex + initial.count;
    this.pools.set(initial.pool, {
      name: initial.pool, mode: initial.mode === 'system' ? 'System' : 'User', vmSize: initial.vmSize, count: initial.count, maxPods: initial.maxPods,
      orchestratorVersion: DEFAULT_VERSION, currentOrchestratorVersion: DEFAULT_VERSION, nodeImageVersion: NODE_IMAGE_VERSION,
      upgradeSettings: {}, nodeLabels: {}, nodeTaints: [], provisioningState: 'Succeeded', poolId: initial.poolId, instances, nextId: initial.count,
    });
    d.clock.on('aks', (key) => this.fire(key));
    this.upgrader = new Upgrader(this);
    const running = () => [...this.pools.values()].flatMap((p) => p.instances.filter((i) => i.state === 'running').map((i) => i.name));
    this.repair = new AutoRepair(d, running, (name) => {
      const f = this.find(name);
      if (f) this.reimage(f.inst, f.inst.version, f.inst.nodeImageVersion);
    });
  }

  /** AKS node auto-repair (./repair.ts): off unless asked for, so a stopped node stays stopped */
  setAutoRepair(on: boolean): void {
    this.repair.enable(on);
  }

  pool(name: string): NodePool | undefined {
    return this.pools.get(name);
  }

  /** whether an operation (scale, add, delete, upgrade) is still running */
  busy(): boolean {
    return this.cluster.provisioningState !== 'Succeeded' && this.cluster.provisioningState !== 'Failed' || [...this.pools.values()].some((p) => p.provisioningState !== 'Succeeded' && p.provisioningState !== 'Failed');
  }

  snapshot(): AksSnapshot {
    const pools = [...this.pools.values()].map((p) => ({ name: p.name, mode: p.mode, vmSize: p.vmSize, count: p.count, orchestratorVersion: p.orchestratorVersion, currentOrchestratorVersion: p.currentOrchestratorVersion, provisioningState: p.provisioningState, upgradeSettings: { ...p.upgradeSettings }, nodes: p.instances.map((i) => ({ ...i })) }));
    return { cluster: { ...this.cluster }, pools, upgrade: this.upgrader.progress() };
  }

  upgrade(req: UpgradeRequest): string | undefined {
    return this.upgrader.start(req);
  }

  addPool(req: AddPoolRequest): string | undefined {
    if (!POOL_NAME.test(req.name)) return `(InvalidParameter) The value of parameter agentPoolProfile.name is invalid. Error details: Agent pool name must start with a lowercase letter, have max length of 12, and only have characters a-z0-9..`;
    if (this.pools.has(req.name)) return `(AgentPoolAlreadyExists) Agent pool ${req.name} already exists.`;
    const size = vmSize(req.vmSize ?? 'Standard_DS2_v2');
    if (!size) return `(InvalidParameter) The value of parameter agentPoolProfile.vmSize is invalid. Error details: VM size ${req.vmSize} is not supported in location ${REGION}.`;
    const version = req.orchestratorVersion ?? this.cluster.currentKubernetesVersion;
    const pool: NodePool = {
      name: req.name, mode: req.mode ?? 'User', vmSize: size.name, count: 0, maxPods: 110, orchestratorVersion: version, currentOrchestratorVersion: version,
      nodeImageVersion: NODE_IMAGE_VERSION, upgradeSettings: { ...req.upgradeSettings }, nodeLabels: req.nodeLabels ?? {}, nodeTaints: req.nodeTaints ?? [],
      provisioningState: 'Creating', poolId: String(this.d.rng.int(100_000_000)).padStart(8, '0'), instances: [], nextId: 0,
    };
    this.pools.set(req.name, pool);
    this.resize(pool, req.count ?? 3);
    return undefined;
  }

  deletePool(name: string): string | undefined {
    const pool = this.pools.get(name);
    if (!pool) return `(NotFound) Agent pool ${name} not found.`;
    if (pool.mode === 'System' && ![...this.pools.values()].some((p) => p !== pool && p.mode === 'System')) return `(OperationNotAllowed) There has to be at least one system agent pool.`;
    pool.provisioningState = 'Deleting';
    this.resize(pool, 0);
    return undefined;
  }

  scalePool(name: string, count: number): string | undefined {
    const pool = this.pools.get(name);
    if (!pool) return `(NotFound) Agent pool ${name} not found.`;
    if (pool.mode === 'System' && count < 1) return `(InvalidParameter) The value of parameter agentPoolProfile.count is invalid. Error details: System node pools must have at least one node.`;
    if (this.busy()) return `(OperationNotAllowed) Operation is not allowed because there's an in progress operation on the managed cluster.`;
    pool.provisioningState = 'Scaling';
    this.resize(pool, count);
    return undefined;
  }

  /** `nodepool update --labels`: the pool's labels replace the old ones on the pool's live Nodes too */
  setPoolLabels(name: string, labels: Record<string, string>): void {
    const pool = this.pools.get(name);
    if (!pool) return;
    for (const inst of pool.instances) {
      const node = nodeOf(this.d, inst.name);
      if (!node) continue;
      const next = { ...node.metadata.labels };
      for (const k of Object.keys(pool.nodeLabels)) delete next[k];
      this.d.api.update(R.nodes, undefined, { ...node, metadata: { ...node.metadata, labels: { ...next, ...labels } } });
    }
    pool.nodeLabels = labels;
  }

  /** new instances join after CREATE_MS; removed ones (newest first) are cordoned, drained, deleted */
  resize(pool: NodePool, count: number): void {
    const live = pool.instances.filter((i) => i.state !== 'deleting' && !i.surge);
    for (let n = live.length; n < count; n++) this.createInstance(pool, pool.currentOrchestratorVersion, pool.nodeImageVersion, false);
    for (const inst of live.slice(count).reverse()) this.deleteInstance(inst);
    pool.count = count;
    this.settle(pool);
  }

  createInstance(pool: NodePool, version: string, image: string, surge: boolean): Instance {
    const id = pool.nextId++;
    const name = `aks-${pool.name}-${pool.poolId}-vmss${id.toString(36).padStart(6, '0')}`;
    const inst: Instance = { name, id, state: 'creating', version, nodeImageVersion: image, surge: surge || undefined };
    pool.instances.push(inst);
    this.nodeIndex.set(name, this.nextNodeIndex++);
    this.d.clock.after(CREATE_MS, 'aks', `join|${name}`);
    return inst;
  }

  deleteInstance(inst: Instance): void {
    inst.state = 'deleting';
    cordon(this.d, inst.name);
    this.d.clock.after(0, 'aks', `delete|${inst.name}|${this.d.clock.now()}`);
  }

  reimage(inst: Instance, version: string, image: string): void {
    inst.state = 'reimaging';
    inst.version = version;
    inst.nodeImageVersion = image;
    // the VM goes down but its Node stays (NotReady,SchedulingDisabled) until the kubelet re-registers
    stopVm(this.d, inst.name);
    this.d.clock.after(REIMAGE_MS, 'aks', `join|${inst.name}`);
  }

  find(name: string): { pool: NodePool; inst: Instance } | undefined {
    for (const pool of this.pools.values()) {
      const inst = pool.instances.find((i) => i.name === name);
      if (inst) return { pool, inst };
    }
    return undefined;
  }

  private register(pool: NodePool, inst: Instance): void {
    const size = vmSize(pool.vmSize)!;
    const opts: PoolOptions = { pool: pool.name, count: 1, mode: pool.mode === 'System' ? 'system' : 'user', vmSize: size.name, cpuCores: size.vcpu, memoryKi: size.memoryKi, maxPods: pool.maxPods, poolId: pool.poolId, firstIndex: 0 };
    const cfg = instanceConfig(this.d, opts, inst.id, inst.version, this.nodeIndex.get(inst.name) ?? 0, inst.nodeImageVersion);
    Object.assign(cfg.labels, pool.nodeLabels);
    cfg.taints = pool.nodeTaints.map((t) => {
      const [kv, effect] = t.split(':');
      const [key, value] = kv.split('=');
      return { key, value, effect: effect as 'NoSchedule' };
    });
    this.d.kubelets.register(cfg);
    inst.state = 'running';
  }

  private fire(key: string): void {
    const [what, name, since] = key.split('|');
    const found = this.find(name);
    if (!found) return;
    const { pool, inst } = found;
    if (what === 'join' && (inst.state === 'creating' || inst.state === 'reimaging')) {
      if (inst.state === 'reimaging') removeNode(this.d, inst.name);
      this.register(pool, inst);
      if (inst.surge) event(this.d, inst.name, 'Normal', 'Surge', `Created a surge node: ${inst.name}`);
    }
    if (what === 'delete' && inst.state === 'deleting') {
      const step = drainStep(this.d, inst.name);
      // scale-down drains best effort: after the drain timeout the VM goes regardless
      if (step.left > 0 && this.d.clock.now() - Number(since) < 30 * 60_000) {
        this.d.clock.after(POLL_MS, 'aks', key);
        return;
      }
      this.d.clock.after(DELETE_MS, 'aks', `gone|${inst.name}`);
      return;
    }
    if (what === 'gone') {
      removeNode(this.d, inst.name);
      pool.instances = pool.instances.filter((i) => i !== inst);
      if (pool.provisioningState === 'Deleting' && pool.instances.length === 0) this.pools.delete(pool.name);
    }
    this.settle(pool);
  }

  /** a pool's operation is done when no instance is on its way in or out (upgrades settle themselves) */
  settle(pool: NodePool): void {
    if (pool.provisioningState === 'Upgrading' || pool.provisioningState === 'Failed') return;
    if (pool.instances.some((i) => i.state === 'creating' || i.state === 'deleting' || i.state === 'reimaging')) return;
    if (pool.provisioningState !== 'Deleting') pool.provisioningState = 'Succeeded';
  }
}
