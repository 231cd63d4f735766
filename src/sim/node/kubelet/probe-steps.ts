// The kubelet's probe workers as steps: each probe runs every periodSeconds after initialDelaySeconds;
// a startup probe holds the other two back until it succeeds (and restarts the container after
// failureThreshold failures); readiness flips the container's Ready after successThreshold/
// failureThreshold results; liveness kills and restarts the container after failureThreshold failures.
// mirrors pkg/kubelet/prober/worker.go (doProbe) and prober_manager.go
import type { Pod, Probe } from 'kubernetes-types/core/v1';
import type { K } from '../../control-plane/controller-manager/informer';
import type { Kubelets } from './kubelet';
import { specOf, type PodRuntime } from './state';
import { runProbe } from './probes';
import { containerEnv } from './env';
import { exitWith } from './lifecycle';
import { UNHEALTHY_ANNOTATION } from '../../faults';

/** first probe: after initialDelaySeconds (at least a second in, as the worker's jitter does) */
export function firstProbeDelay(p: Probe): number {
  return Math.max(1, p.initialDelaySeconds ?? 0) * 1000;
}

export function startProbes(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>): void {
  const spec = specOf(pod, rt, ci);
  const c = rt.containers[ci];
  c.probes = { readyOk: 0, readyFail: 0, liveFail: 0, startFail: 0 };
  c.ready = spec.readinessProbe ? false : undefined;
  // worker.go: liveness and readiness are not probed until the startup probe has succeeded
  c.started = spec.startupProbe ? false : undefined;
  if (spec.startupProbe) return k.schedule(rt, ci, 'probe-startup', firstProbeDelay(spec.startupProbe));
  startOtherProbes(k, rt, ci, pod, 0);
}

/** readiness and liveness workers, their first probe after initialDelaySeconds from the container's start */
function startOtherProbes(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>, elapsedMs: number): void {
  const spec = specOf(pod, rt, ci);
  const first = (p: Probe) => Math.max(1000, firstProbeDelay(p) - elapsedMs);
  if (spec.readinessProbe) k.schedule(rt, ci, 'probe-readiness', first(spec.readinessProbe));
  if (spec.livenessProbe) k.schedule(rt, ci, 'probe-liveness', first(spec.livenessProbe));
}

function probeOnce(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>, probe: Probe) {
  const c = rt.containers[ci];
  const spec = specOf(pod, rt, ci);
  const now = k.deps.clock.now();
  const env = containerEnv(k.deps.api, pod, spec, rt.podIP ?? '', k.hostIP(rt));
  const needs = c.current!.plan.listen?.needs;
  const reach = needs && k.reach ? (host: string, port: number) => k.reach!(pod.metadata.namespace ?? 'default', host, port) : undefined;
  const unhealthy = pod.metadata.annotations?.[UNHEALTHY_ANNOTATION] === 'true';
  return runProbe(probe, spec, c.current!.plan, now - c.current!.startedAt, rt.podIP ?? '', env, pod.spec?.hostname ?? rt.name, reach, unhealthy);
}

function unhealthy(k: Kubelets, pod: K<Pod>, rt: PodRuntime, kind: string, message: string): void {
  k.deps.record(pod, 'Warning', 'Unhealthy', `${kind} probe failed: ${message}`, { component: 'kubelet', host: rt.node });
}

/** a failed liveness or startup probe: the kubelet kills the container (SIGTERM, then SIGKILL after the grace period) */
function restartFor(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>, probe: 'liveness' | 'startup'): void {
  const c = rt.containers[ci];
  k.deps.record(pod, 'Normal', 'Killing', `Container ${c.name} failed ${probe} probe, will be restarted`, { component: 'kubelet', host: rt.node });
  const grace = (pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  k.schedule(rt, ci, 'liveness-kill', Math.min(c.current!.plan.stopMs, grace));
}

export function probeStep(k: Kubelets, rt: PodRuntime, ci: number, pod: K<Pod>, step: string): void {
  const c = rt.containers[ci];
  const spec = specOf(pod, rt, ci);
  if (c.state.phase !== 'running' || !c.current || !c.probes) return;
  if (step === 'probe-startup' && spec.startupProbe) {
    const p = spec.startupProbe;
    const r = probeOnce(k, rt, ci, pod, p);
    if (r.ok) {
      c.started = true;
      k.pushStatus(rt);
      return startOtherProbes(k, rt, ci, pod, k.deps.clock.now() - c.current.startedAt);
    }
    c.probes.startFail++;
    unhealthy(k, pod, rt, 'Startup', r.message);
    if (c.probes.startFail >= (p.failureThreshold ?? 3)) return restartFor(k, rt, ci, pod, 'startup');
    return k.schedule(rt, ci, 'probe-startup', (p.periodSeconds ?? 10) * 1000);
  }
  if (step === 'probe-readiness' && spec.readinessProbe) {
    const p = spec.readinessProbe;
    const r = probeOnce(k, rt, ci, pod, p);
    if (r.ok) {
      c.probes.readyOk++;
      c.probes.readyFail = 0;
      if (!c.ready && c.probes.readyOk >= (p.successThreshold ?? 1)) {
        c.ready = true;
        k.pushStatus(rt);
      }
    } else {
      c.probes.readyFail++;
      c.probes.readyOk = 0;
      unhealthy(k, pod, rt, 'Readiness', r.message);
      if (c.ready && c.probes.readyFail >= (p.failureThreshold ?? 3)) {
        c.ready = false;
        k.pushStatus(rt);
      }
    }
    return k.schedule(rt, ci, 'probe-readiness', (p.periodSeconds ?? 10) * 1000);
  }
  if (step === 'probe-liveness' && spec.livenessProbe) {
    const p = spec.livenessProbe;
    const r = probeOnce(k, rt, ci, pod, p);
    if (r.ok) c.probes.liveFail = 0;
    else {
      c.probes.liveFail++;
      unhealthy(k, pod, rt, 'Liveness', r.message);
      if (c.probes.liveFail >= (p.failureThreshold ?? 3)) return restartFor(k, rt, ci, pod, 'liveness');
    }
    return k.schedule(rt, ci, 'probe-liveness', (p.periodSeconds ?? 10) * 1000);
  }
  if (step === 'liveness-kill') {
    const now = k.deps.clock.now();
    c.current.endedAt = now;
    // SIGTERM then, for processes that ignore it, SIGKILL: 137
    exitWith(k, rt, ci, pod, { exitCode: 137, reason: 'Error', startedAt: c.current.startedAt, finishedAt: now, containerID: c.current.containerID });
  }
}
