// The kubelet's stages for one pod, one function a step: admit → sandbox → (per container, in
// order) pull → pulled → create → start → exit → restart with back-off; and graceful stop.
// mirrors pkg/kubelet/kuberuntime/kuberuntime_manager.go (SyncPod, computePodActions),
// kuberuntime_container.go (startContainer, killContainer) and images/image_manager.go (EnsureImageExists)
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { R } from '../../api/resources';
import type { K } from '../../control-plane/controller-manager/informer';
import { defaultPullPolicy, parseImageRef } from '../runtime/image-ref';
import { goDuration, imageID, pullImage, resolveImage } from '../runtime/pull';
import { startProcess } from '../runtime/process';
import type { ProcessPlan } from '../runtime/process-plan';
import { parseQuantity } from '../../api/quantity';
import type { Kubelets } from './kubelet';
import { specOf, type ContainerRuntime, type PodRuntime, type Terminated } from './state';
import { BACKOFF_INITIAL_MS, BACKOFF_MAX_MS, BACKOFF_RESET_MS, MSG, TIMING, goSeconds } from './stages';
import { containerEnv, envError } from './env';
import { probeStep, startProbes } from './probe-steps';

const HEX = '0123456789abcdef';

function ev(k: Kubelets, rt: PodRuntime, type: 'Normal' | 'Warning', reason: string, message: string): void {
  const pod = k.pod(rt);
  if (pod) k.deps.record(pod, type, reason, message, { component: 'kubelet', host: rt.node });
}

function bump(c: ContainerRuntime): void {
  c.gen++;
}

export function runStep(k: Kubelets, rt: PodRuntime, ci: number, step: string): void {
  const pod = k.pod(rt);
  if (!pod && step !== 'killed') return;
  if (rt.terminating && step !== 'killed') return;
  switch (step) {
    case 'admit':
      rt.startTime = k.deps.clock.now();
      k.pushStatus(rt);
      return k.schedule(rt, -1, 'sandbox', TIMING.sandbox);
    case 'sandbox':
      // the volume manager: a claim must be bound (and its disk attached) before the pod starts;
      // meanwhile the pod stays ContainerCreating, as upstream's WaitForAttachAndMount
      if (unboundClaim(k, pod!)) return k.schedule(rt, -1, 'sandbox', CLAIM_RETRY_MS);
      rt.podIP = k.allocateIP(rt, pod!.spec?.hostNetwork === true);
      rt.sandboxReadyAt = k.deps.clock.now();
      k.pushStatus(rt);
      return startNext(k, rt);
    case 'pull':
      return pull(k, rt, ci, pod!);
    case 'pulled':
      return pulled(k, rt, ci);
    case 'pullbackoff':
      return pullBackOff(k, rt, ci);
    case 'create':
      return create(k, rt, ci);
    case 'start':
      return start(k, rt, ci, pod!);
    case 'exit':
      return exited(k, rt, ci, pod!);
    case 'probe-startup':
    case 'probe-readiness':
    case 'probe-liveness':
    case 'liveness-kill':
      return probeStep(k, rt, ci, pod!, step);
    case 'killed':
      try {
        k.deps.api.delete(R.pods, rt.namespace, rt.name, { gracePeriodSeconds: 0 });
      } catch {
        // already gone
      }
      return;
  }
}

/** how often the kubelet looks again at a claim that is not bound yet */
const CLAIM_RETRY_MS = 1000;

function unboundClaim(k: Kubelets, pod: K<Pod>): boolean {
  for (const v of pod.spec?.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (!claim) continue;
    try {
      const pvc = k.deps.api.get(R.persistentvolumeclaims, pod.metadata.namespace, claim) as { status?: { phase?: string } };
      if (pvc.status?.phase !== 'Bound') return true;
    } catch {
      return true;
    }
  }
  return false;
}

function startNext(k: Kubelets, rt: PodRuntime): void {
  if (rt.nextToStart < rt.containers.length) k.schedule(rt, rt.nextToStart, 'pull', 0);
}

function pull(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>): void {
  const c = rt.containers[ci];
  const spec = specOf(pod, rt, ci);
  const policy = spec?.imagePullPolicy ?? defaultPullPolicy(c.image);
  const { ref, entry } = resolveImage(c.image);
  const node = k.nodes.get(rt.node)!;
  const present = node.images.has(ref.fullName) || entry?.preloaded === true;
  if (present && policy !== 'Always') {
    if (entry) c.imageID = imageID(ref);
    ev(k, rt, 'Normal', 'Pulled', MSG.present(c.image));
    return k.schedule(rt, ci, 'create', TIMING.imageCheck);
  }
  if (policy === 'Never') {
    const msg = `Container image "${c.image}" is not present with pull policy of Never`;
    c.state = { phase: 'waiting', reason: 'ErrImageNeverPull', message: msg };
    ev(k, rt, 'Warning', 'ErrImageNeverPull', msg);
    return k.pushStatus(rt);
  }
  ev(k, rt, 'Normal', 'Pulling', MSG.pulling(c.image));
  const result = pullImage(c.image, k.deps.rng);
  if (present && result.ok) result.durationMs = Math.round(TIMING.digestCheck.delayMs * (0.8 + k.deps.rng.next() * 0.4));
  c.pendingPull = result.ok
    ? { ok: true, image: result.ref.fullName, durationMs: result.durationMs, sizeBytes: result.sizeBytes, message: '' }
    : { ok: false, image: result.ref.fullName, durationMs: result.durationMs, sizeBytes: 0, message: result.message };
  k.schedule(rt, ci, 'pulled', result.durationMs);
}

function pulled(k: Kubelets, rt: PodRuntime, ci: number): void {
  const c = rt.containers[ci];
  const r = c.pendingPull;
  c.pendingPull = undefined;
  if (!r) return;
  if (r.ok) {
    k.nodes.get(rt.node)?.images.set(r.image, r.sizeBytes);
    c.imageID = imageID(parseImageRef(c.image));
    c.pullBackOffMs = 0;
    const took = goDuration(r.durationMs);
    ev(k, rt, 'Normal', 'Pulled', MSG.pulled(c.image, took, r.sizeBytes));
    return k.schedule(rt, ci, 'create', TIMING.create);
  }
  ev(k, rt, 'Warning', 'Failed', MSG.pullFailed(c.image, r.message));
  ev(k, rt, 'Warning', 'Failed', MSG.error('ErrImagePull'));
  c.state = { phase: 'waiting', reason: 'ErrImagePull', message: r.message };
  c.pullError = r.message;
  k.pushStatus(rt);
  k.schedule(rt, ci, 'pullbackoff', TIMING.pullBackOffReport);
}

function pullBackOff(k: Kubelets, rt: PodRuntime, ci: number): void {
  const c = rt.containers[ci];
  c.pullBackOffMs = c.pullBackOffMs ? Math.min(c.pullBackOffMs * 2, BACKOFF_MAX_MS) : BACKOFF_INITIAL_MS;
  ev(k, rt, 'Normal', 'BackOff', MSG.pullBackOff(c.image));
  ev(k, rt, 'Warning', 'Failed', MSG.error('ImagePullBackOff'));
  c.state = { phase: 'waiting', reason: 'ImagePullBackOff', message: MSG.imagePullBackOffWaiting(c.image, c.pullError ?? '') };
  k.pushStatus(rt);
  k.schedule(rt, ci, 'pull', c.pullBackOffMs);
}

/** how often the kubelet retries a container whose config cannot be made */
const CONFIG_RETRY_MS = 10_000;

function create(k: Kubelets, rt: PodRuntime, ci: number): void {
  const c = rt.containers[ci];
  const pod = k.pod(rt)!;
  const configError = envError(k.deps.api, pod, specOf(pod, rt, ci));
  if (configError) {
    ev(k, rt, 'Warning', 'Failed', MSG.error(configError));
    c.state = { phase: 'waiting', reason: 'CreateContainerConfigError', message: configError };
    k.pushStatus(rt);
    return k.schedule(rt, ci, 'create', CONFIG_RETRY_MS);
  }
  if (c.state.phase === 'terminated') c.lastTerminated = c.state.term; // the first restart
  c.restartCount = c.exits;
  ev(k, rt, 'Normal', 'Created', MSG.created(c.name));
  k.schedule(rt, ci, 'start', TIMING.start);
}

function newContainerID(k: Kubelets): string {
  let id = 'containerd://';
  for (let i = 0; i < 64; i++) id += HEX[k.deps.rng.int(16)];
  return id;
}

function start(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>): void {
  const c = rt.containers[ci];
  const spec = specOf(pod, rt, ci);
  const { entry } = resolveImage(c.image);
  const now = k.deps.clock.now();
  const containerID = newContainerID(k);
  const result = entry
    ? startProcess({ image: entry, container: spec, env: containerEnv(k.deps.api, pod, spec, rt.podIP ?? '', k.hostIP(rt)), hostname: pod.spec?.hostname ?? rt.name })
    : ({ ok: false, reason: 'StartError', message: 'image not found' } as const);
  if (!result.ok) {
    ev(k, rt, 'Warning', 'Failed', MSG.error(result.message));
    if (ci >= rt.initCount && rt.nextToStart === ci) {
      rt.nextToStart++;
      startNext(k, rt);
    }
    return exitWith(k, rt, ci, pod, { exitCode: 128, reason: 'StartError', message: result.message, startedAt: now, finishedAt: now, containerID });
  }
  overMemoryLimit(result.plan, spec);
  c.previous = c.current;
  c.current = { containerID, startedAt: now, plan: result.plan };
  c.state = { phase: 'running' };
  bump(c);
  ev(k, rt, 'Normal', 'Started', MSG.started(c.name));
  startProbes(k, rt, ci, pod);
  k.pushStatus(rt);
  if (ci < rt.initCount) {
    // an init container must finish before the next one starts
    if (result.plan.exit) k.schedule(rt, ci, 'exit', result.plan.exit.at);
    return;
  }
  if (rt.nextToStart === ci) rt.nextToStart++;
  startNext(k, rt);
  if (result.plan.exit) k.schedule(rt, ci, 'exit', result.plan.exit.at);
}

function exited(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>): void {
  const c = rt.containers[ci];
  const inst = c.current;
  if (!inst || c.state.phase !== 'running') return;
  const now = k.deps.clock.now();
  const code = inst.plan.exit?.code ?? 0;
  inst.endedAt = now;
  inst.exitCode = code;
  exitWith(k, rt, ci, pod, { exitCode: code, reason: inst.plan.exit?.reason ?? (code === 0 ? 'Completed' : 'Error'), startedAt: inst.startedAt, finishedAt: now, containerID: inst.containerID });
}

/**
 * A process that grows past the container's memory limit is killed by the kernel's OOM killer
 * (the cgroup's memory.max): SIGKILL, exit code 137, and the kubelet reports reason OOMKilled.
 * mirrors pkg/kubelet/kuberuntime/kuberuntime_container.go (toKubeContainerStatus) and containerd's OOM event
 */
function overMemoryLimit(plan: ProcessPlan, spec: Container): void {
  const limit = spec.resources?.limits?.memory;
  if (!plan.memory || limit === undefined) return;
  let bytes: number;
  try {
    bytes = parseQuantity(String(limit));
  } catch {
    return;
  }
  if (plan.memory.bytes <= bytes || (plan.exit && plan.exit.at <= plan.memory.at)) return;
  plan.exit = { at: plan.memory.at, code: 137, reason: 'OOMKilled' };
}

/** A container ended: restart it (with back-off) or leave it terminated, per restartPolicy. */
export function exitWith(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>, term: Terminated): void {
  const c = rt.containers[ci];
  const policy = pod.spec?.restartPolicy ?? 'Always';
  c.exits++;
  bump(c);
  const init = ci < rt.initCount;
  // init containers run to completion: only a failure is retried (unless restartPolicy Never)
  const restart = init ? term.exitCode !== 0 && policy !== 'Never' : policy === 'Always' || (policy === 'OnFailure' && term.exitCode !== 0);
  if (!restart) {
    c.state = { phase: 'terminated', term };
    if (init && term.exitCode === 0 && rt.nextToStart === ci) {
      rt.nextToStart++;
      if (rt.nextToStart === rt.initCount) for (const app of rt.containers.slice(rt.initCount)) if (app.state.phase === 'waiting') app.state = { phase: 'waiting', reason: 'ContainerCreating' };
      startNext(k, rt);
    }
    return k.pushStatus(rt);
  }
  if (term.finishedAt - term.startedAt >= BACKOFF_RESET_MS) c.crashBackOffMs = 0;
  if (c.exits === 1) {
    // the first restart is immediate; the pod shows the terminated state meanwhile
    c.state = { phase: 'terminated', term };
    k.pushStatus(rt);
    return k.schedule(rt, ci, 'pull', TIMING.firstRestart);
  }
  c.crashBackOffMs = c.crashBackOffMs ? Math.min(c.crashBackOffMs * 2, BACKOFF_MAX_MS) : BACKOFF_INITIAL_MS;
  c.lastTerminated = term;
  c.state = { phase: 'waiting', reason: 'CrashLoopBackOff', message: MSG.crashBackOffWaiting(goSeconds(c.crashBackOffMs), c.name, rt.name, rt.namespace, rt.uid) };
  ev(k, rt, 'Warning', 'BackOff', MSG.crashBackOffEvent(c.name, rt.name, rt.namespace, rt.uid));
  k.pushStatus(rt);
  k.schedule(rt, ci, 'pull', c.crashBackOffMs);
}

/**
 * deletionTimestamp seen: SIGTERM every running container (Killing event), and delete the pod for
 * good (grace 0) once the slowest has stopped, or when the grace period runs out.
 */
export function beginTermination(k: Kubelets, rt: PodRuntime, pod: K<Pod>): void {
  const grace = (pod.metadata.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  rt.terminating = { deadline: k.deps.clock.now() + grace };
  rt.gen++;
  let slowest = 0;
  for (const c of rt.containers) {
    bump(c);
    if (c.state.phase !== 'running' || !c.current) continue;
    k.deps.record(pod, 'Normal', 'Killing', MSG.killing(c.name), { component: 'kubelet', host: rt.node });
    const stop = Math.min(c.current.plan.stopMs, grace);
    c.current.endedAt = k.deps.clock.now() + stop;
    slowest = Math.max(slowest, stop);
  }
  k.schedule(rt, -1, 'killed', Math.max(slowest, 50));
}

