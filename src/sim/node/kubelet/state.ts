// The kubelet's own memory of each pod and container: plain data (no closures), so it can be
// snapshotted with the cluster. The API status is derived from it (./pod-status.ts).
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { ProcessPlan } from '../runtime/process-plan';

export interface Terminated {
  exitCode: number;
  reason: string; // Completed, Error, StartError
  message?: string;
  startedAt: number;
  finishedAt: number;
  containerID: string;
}

export interface ContainerInstance {
  containerID: string;
  startedAt: number;
  plan: ProcessPlan;
  /** set when the process has ended (or was killed) */
  endedAt?: number;
  exitCode?: number;
}

export type ContainerPhase =
  | { phase: 'waiting'; reason: string; message?: string }
  | { phase: 'running' }
  | { phase: 'terminated'; term: Terminated };

export interface ContainerRuntime {
  name: string;
  image: string;
  imageID?: string;
  state: ContainerPhase;
  /** bumps on every transition: timers carry it, so stale ones are ignored */
  gen: number;
  restartCount: number;
  lastTerminated?: Terminated;
  current?: ContainerInstance;
  previous?: ContainerInstance;
  crashBackOffMs: number;
  pullBackOffMs: number;
  /** how many times the process has exited (the first restart is immediate) */
  exits: number;
  /** a pull in flight: its outcome is known up front, announced when 'pulled' fires */
  pendingPull?: { ok: boolean; image: string; durationMs: number; sizeBytes: number; message: string };
  /** the last pull error, for the ImagePullBackOff message */
  pullError?: string;
  /** readiness as the readiness probe sees it (no probe: ready while running) */
  ready?: boolean;
  /** the startup probe has succeeded (no startup probe: undefined, started once running) */
  started?: boolean;
  /** consecutive probe results since the container started */
  probes?: { readyOk: number; readyFail: number; liveFail: number; startFail: number };
}

/** The spec of container `ci` (init containers come first in PodRuntime.containers). */
export function specOf(pod: Pod, rt: PodRuntime, ci: number): Container {
  return ci < rt.initCount ? pod.spec!.initContainers![ci] : pod.spec!.containers[ci - rt.initCount];
}

export interface PodRuntime {
  uid: string;
  namespace: string;
  name: string;
  node: string;
  podIP?: string;
  startTime: number;
  sandboxReadyAt?: number;
  /** per-condition transition times (ms) */
  transitions: Record<string, number>;
  /** init containers first (the first `initCount`), then the app containers */
  containers: ContainerRuntime[];
  initCount: number;
  /** the next container whose startup pipeline runs (containers start in order) */
  nextToStart: number;
  terminating?: { deadline: number };
  gen: number;
}
