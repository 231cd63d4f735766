// The AKS upgrade orchestrator (azure-aks-docs upgrade-aks-control-plane.md and
// upgrade-aks-node-pools-rolling.md): the control plane first, then each pool in batches — add surge
// nodes on the new version, cordon and drain as many old nodes through the eviction API (budgets
// apply; a drain blocked past drainTimeoutInMinutes fails the upgrade), reimage them (they rejoin on
// the new version and are the buffer for the next batch), soak, repeat; then remove the surge nodes.
import { planBatches, type BatchPlan } from './surge';
import { compareVersions, minorOf, upgradeError } from './versions';
import { cordon, drainStep, event, type Instance } from './vmss';
import type { NodePool, UpgradeProgress } from './types';
import type { AksCluster } from './model';

export const CONTROL_PLANE_MS = 240_000;
export const NEW_NODE_IMAGE = 'AKSUbuntu-2204gen2containerd-202508.20.1';
const POLL_MS = 5_000;

export interface UpgradeRequest {
  kubernetesVersion?: string;
  controlPlaneOnly?: boolean;
  nodeImageOnly?: boolean;
  /** `az aks nodepool upgrade`: only this pool (the control plane must be there already) */
  pool?: string;
}

interface Running extends UpgradeProgress {
  queue: string[];
  plan?: BatchPlan;
  cpDoneAt: number;
  draining: Instance[];
  drainStarted: number;
  warned: boolean;
  soakUntil: number;
}

export class Upgrader {
  private u: Running | undefined;
  private gen = 0;

  constructor(private readonly aks: AksCluster) {
    aks.d.clock.on('aks-upgrade', (key) => {
      if (key === String(this.gen)) this.tick();
    });
  }

  progress(): UpgradeProgress | undefined {
    if (!this.u) return undefined;
    const { target, nodeImageOnly, phase, pool, batch, batches, upgradedNodes, totalNodes, error } = this.u;
    return { target, nodeImageOnly, phase, pool, batch, batches, upgradedNodes, totalNodes, error };
  }

  start(req: UpgradeRequest): string | undefined {
    const { cluster } = this.aks;
    if (this.aks.busy()) return `(OperationNotAllowed) Operation is not allowed because there's an in progress operation on the managed cluster.`;
    const target = req.nodeImageOnly ? cluster.currentKubernetesVersion : req.kubernetesVersion ?? cluster.currentKubernetesVersion;
    const pools = req.pool ? [req.pool] : req.controlPlaneOnly ? [] : [...this.aks.pools.keys()];
    if (req.pool) {
      const p = this.aks.pool(req.pool);
      if (!p) return `(NotFound) Agent pool ${req.pool} not found.`;
      if (compareVersions(target, cluster.currentKubernetesVersion) > 0) return `(NodePoolMcVersionIncompatible) Node pool version ${target} and control plane version ${cluster.currentKubernetesVersion} are incompatible. Minor version of node pool cannot be more than 2 versions less than control plane's version. Minor version of node pool is ${minorOf(target).split('.')[1]} and control plane is ${minorOf(cluster.currentKubernetesVersion).split('.')[1]}.`;
    } else if (!req.nodeImageOnly) {
      const err = upgradeError(cluster.currentKubernetesVersion, target);
      if (err) return err;
    }
    const cpNeeded = !req.pool && !req.nodeImageOnly && target !== cluster.currentKubernetesVersion;
    this.u = { target, nodeImageOnly: !!req.nodeImageOnly, phase: 'controlPlane', batch: 0, batches: 0, upgradedNodes: 0, totalNodes: 0, queue: pools, cpDoneAt: this.aks.d.clock.now() + (cpNeeded ? CONTROL_PLANE_MS : 0), draining: [], drainStarted: 0, warned: false, soakUntil: 0 };
    if (!req.pool && !req.nodeImageOnly) cluster.kubernetesVersion = target;
    cluster.provisioningState = 'Upgrading';
    for (const name of pools) {
      const p = this.aks.pool(name)!;
      p.provisioningState = 'Upgrading';
      if (!req.nodeImageOnly) p.orchestratorVersion = target;
    }
    this.gen++;
    this.aks.d.clock.after(0, 'aks-upgrade', String(this.gen));
    return undefined;
  }

  private tick(): void {
    const u = this.u;
    if (!u || u.phase === 'done' || u.phase === 'failed') return;
    const now = this.aks.d.clock.now();
    const pool = u.pool ? this.aks.pool(u.pool) : undefined;
    if (u.phase === 'controlPlane' && now >= u.cpDoneAt) {
      this.aks.cluster.currentKubernetesVersion = u.target;
      this.nextPool();
    } else if (u.phase === 'surge' && pool && pool.instances.every((i) => !i.surge || i.state === 'running')) {
      this.startBatch(pool);
    } else if (u.phase === 'drain' && pool) {
      this.drain(pool, now);
    } else if (u.phase === 'reimage' && pool && u.draining.every((i) => i.state === 'running')) {
      for (const i of u.draining) event(this.aks.d, i.name, 'Normal', 'Upgrade', `Successfully reimaged node: ${i.name}`);
      u.upgradedNodes += u.draining.length;
      u.draining = [];
      const soak = (pool.upgradeSettings.nodeSoakDurationInMinutes ?? 0) * 60_000;
      u.phase = 'soak';
      u.soakUntil = now + soak;
      if (soak === 0) this.nextBatch(pool);
    } else if (u.phase === 'soak' && pool && now >= u.soakUntil) {
      this.nextBatch(pool);
    } else if (u.phase === 'cleanup' && pool && !pool.instances.some((i) => i.surge)) {
      pool.currentOrchestratorVersion = pool.orchestratorVersion;
      pool.nodeImageVersion = this.image(pool);
      pool.provisioningState = 'Succeeded';
      this.nextPool();
    }
    if (this.u && this.u.phase !== 'done' && this.u.phase !== 'failed') this.aks.d.clock.after(POLL_MS, 'aks-upgrade', String(this.gen));
  }

  private image(pool: NodePool): string {
    return this.u!.nodeImageOnly || this.u!.target !== pool.currentOrchestratorVersion ? NEW_NODE_IMAGE : pool.nodeImageVersion;
  }

  private needsUpgrade(pool: NodePool, i: Instance): boolean {
    return !i.surge && i.state === 'running' && (i.version !== this.u!.target || i.nodeImageVersion !== this.image(pool));
  }

  private nextPool(): void {
    const u = this.u!;
    const name = u.queue.shift();
    if (name === undefined) {
      u.phase = 'done';
      u.pool = undefined;
      this.aks.cluster.provisioningState = 'Succeeded';
      return;
    }
    const pool = this.aks.pool(name)!;
    const old = pool.instances.filter((i) => this.needsUpgrade(pool, i));
    u.pool = name;
    u.plan = planBatches(old.length, pool.upgradeSettings);
    Object.assign(u, { batch: 0, batches: u.plan.batches.length, upgradedNodes: 0, totalNodes: old.length });
    if (old.length === 0) {
      u.phase = 'cleanup';
      return;
    }
    // surge nodes left by a failed attempt are reused (they are on the target already)
    const have = pool.instances.filter((i) => i.surge && i.state !== 'deleting').length;
    for (let n = have; n < u.plan.surge; n++) this.aks.createInstance(pool, u.target, this.image(pool), true);
    u.phase = 'surge';
    if (u.plan.surge === 0) this.startBatch(pool);
  }

  private startBatch(pool: NodePool): void {
    const u = this.u!;
    u.draining = pool.instances.filter((i) => this.needsUpgrade(pool, i)).slice(0, u.plan!.batches[u.batch]);
    for (const i of u.draining) {
      cordon(this.aks.d, i.name);
      i.state = 'draining';
      event(this.aks.d, i.name, 'Normal', 'Drain', `Draining node: ${i.name}`);
    }
    u.phase = 'drain';
    u.drainStarted = this.aks.d.clock.now();
    u.warned = false;
  }

  private drain(pool: NodePool, now: number): void {
    const u = this.u!;
    const steps = u.draining.map((i) => ({ i, step: drainStep(this.aks.d, i.name) }));
    if (steps.every((s) => s.step.left === 0)) {
      for (const { i } of steps) this.aks.reimage(i, u.target, this.image(pool));
      u.phase = 'reimage';
      return;
    }
    const blocked = steps.find((s) => s.step.blocked);
    if (blocked && !u.warned) {
      u.warned = true;
      const b = blocked.step.blocked!;
      event(this.aks.d, blocked.i.name, 'Warning', 'Drain', `Eviction of pod ${b.namespace}/${b.pod} blocked while draining node ${blocked.i.name}: ${b.message}`);
    }
    const timeout = (pool.upgradeSettings.drainTimeoutInMinutes ?? 30) * 60_000;
    if (now - u.drainStarted < timeout) return;
    const b = blocked?.step.blocked;
    const node = (blocked ?? steps.find((s) => s.step.left > 0))!.i.name;
    u.error = b
      ? `(UpgradeFailed) Drain node ${node} failed when evicting pod ${b.pod} failed with Too Many Requests error. This is often caused by a restrictive Pod Disruption Budget (PDB) policy. See https://aka.ms/aks/debugdrainfailures. Original error: ${b.message}`
      : `(UpgradeFailed) Drain node ${node} failed: drain did not complete within ${pool.upgradeSettings.drainTimeoutInMinutes ?? 30}m0s. See https://aka.ms/aks/debugdrainfailures.`;
    event(this.aks.d, node, 'Warning', 'Upgrade', `Failed to upgrade node ${node}: drain timed out`);
    u.phase = 'failed';
    // the nodes stay cordoned (as AKS leaves them); a new `az aks upgrade` picks them up again
    for (const i of u.draining) i.state = 'running';
    pool.provisioningState = 'Failed';
    this.aks.cluster.provisioningState = 'Failed';
  }

  private nextBatch(pool: NodePool): void {
    const u = this.u!;
    u.batch++;
    if (u.batch < u.batches && pool.instances.some((i) => this.needsUpgrade(pool, i))) {
      this.startBatch(pool);
      return;
    }
    for (const i of pool.instances) if (i.surge) this.aks.deleteInstance(i);
    u.phase = 'cleanup';
  }
}
