// One simulated cluster as the worker serves it: the cluster, a watch on every kind feeding the
// event batcher, and the virtual clock's pause/speed. `reset` replaces the session; the workspace
// (the user's files) lives outside it and survives.
import type { Clock } from '../sim/clock';
import type { KubeClient, WatchOptions } from '../sim/api/client';
import type { GroupVersionResource, KubeObject, WatchEvent } from '../sim/api/types';
import type { FaultTarget } from '../sim/faults';
import type { PodExplanation } from '../sim/explain';
import type { AksSnapshot } from '../sim/aks/types';
import type { TimelineSeries } from '../sim/metrics/timeline';
import { RESOURCES } from '../sim/api/resources';
import { EventBatcher } from './event-batcher';
import type { ClockState } from './protocol';

/** What the host needs of `createCluster()` (src/sim/cluster.ts). */
export interface HostCluster {
  clock: Clock;
  api: {
    listAll(): KubeObject[];
    currentResourceVersion(): string;
    watch(gvr: GroupVersionResource, namespace: string | undefined, opts: WatchOptions, onEvent: (ev: WatchEvent) => void): () => void;
  };
  client: KubeClient;
  /** advance virtual time, running due timers and letting controllers settle */
  advance(ms: number): void;
  explain?(namespace: string, pod: string): PodExplanation | null | undefined;
  /** the AKS model (createCluster's cluster has it; test fakes may not) */
  aks?: { snapshot(): AksSnapshot };
  /** the node count / available replicas timeline (createCluster's cluster has it) */
  timeline?: { series(since?: number): TimelineSeries };
  /** what the fault palette uses (createCluster's cluster has them; test fakes may not) */
  stopNode?(name: string): boolean;
  startNode?(name: string): boolean;
  load?: FaultTarget['load'];
}

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 50;

export class Session {
  readonly batcher = new EventBatcher();
  paused = false;
  speed = 1;
  private stops: Array<() => void> = [];

  constructor(readonly cluster: HostCluster) {}

  /** List every object, then watch every kind from that resourceVersion (list-then-watch). */
  start(): { objects: KubeObject[]; resourceVersion: string } {
    const api = this.cluster.api;
    const objects = api.listAll();
    const resourceVersion = api.currentResourceVersion();
    this.batcher.seed(objects); // later changes to these travel as deltas
    for (const r of RESOURCES) {
      this.stops.push(api.watch(r, undefined, { resourceVersion }, (ev) => this.batcher.push(ev)));
    }
    return { objects, resourceVersion };
  }

  stop(): void {
    for (const s of this.stops) s();
    this.stops = [];
    this.batcher.clear();
  }

  clockState(): ClockState {
    return { now: this.cluster.clock.now(), paused: this.paused, speed: this.speed };
  }

  setClock(paused?: boolean, speed?: number): ClockState {
    if (paused !== undefined) this.paused = paused;
    if (speed !== undefined) {
      if (!Number.isFinite(speed)) throw new Error(`invalid speed: ${speed}`);
      this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
    }
    return this.clockState();
  }

  /** Jump to the next pending timer and run it (and whatever else falls due at that instant). */
  step(): ClockState {
    const next = this.cluster.clock.nextAt();
    if (next !== undefined) this.cluster.advance(Math.max(0, next - this.cluster.clock.now()));
    return this.clockState();
  }
}
