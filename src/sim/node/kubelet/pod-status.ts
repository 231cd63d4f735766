// The pod status the kubelet reports, derived from its runtime state: phase, conditions with
// transition times, container statuses, IPs. mirrors pkg/kubelet/kubelet_pods.go (generateAPIPodStatus,
// getPhase) and pkg/kubelet/status/generate.go
import type { ContainerStatus, Pod, PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import { toRFC3339 } from '../../clock';
import { parseImageRef } from '../runtime/image-ref';
import type { ContainerRuntime, PodRuntime, Terminated } from './state';

function terminatedState(t: Terminated) {
  return { exitCode: t.exitCode, reason: t.reason, ...(t.message ? { message: t.message } : {}), startedAt: toRFC3339(t.startedAt), finishedAt: toRFC3339(t.finishedAt), containerID: t.containerID };
}

function containerStatus(c: ContainerRuntime, terminating: boolean): ContainerStatus {
  const s = c.state;
  const state =
    s.phase === 'waiting'
      ? { waiting: { reason: s.reason, ...(s.message ? { message: s.message } : {}) } }
      : s.phase === 'running'
        ? { running: { startedAt: toRFC3339(c.current!.startedAt) } }
        : { terminated: terminatedState(s.term) };
  const id = s.phase === 'running' ? c.current?.containerID : s.phase === 'terminated' ? s.term.containerID : undefined;
  return {
    name: c.name,
    state,
    lastState: c.lastTerminated ? { terminated: terminatedState(c.lastTerminated) } : {},
    ready: s.phase === 'running' && c.started !== false && c.ready !== false && !terminating,
    restartCount: c.restartCount,
    image: parseImageRef(c.image).fullName,
    imageID: c.imageID ?? '',
    ...(id ? { containerID: id } : {}),
    started: s.phase === 'running' && c.started !== false,
  };
}

/** Pending until the init containers are done and every container has run once; Succeeded/Failed when all ended for good. */
export function podPhase(rt: PodRuntime, restartPolicy: string): 'Pending' | 'Running' | 'Succeeded' | 'Failed' {
  const init = rt.containers.slice(0, rt.initCount);
  const cs = rt.containers.slice(rt.initCount);
  const initFailed = init.some((c) => c.state.phase === 'terminated' && c.state.term.exitCode !== 0);
  if (initFailed && restartPolicy === 'Never') return 'Failed';
  if (!init.every((c) => c.state.phase === 'terminated' && c.state.term.exitCode === 0)) return 'Pending';
  const everRan = (c: ContainerRuntime) => c.state.phase !== 'waiting' || c.lastTerminated !== undefined;
  if (!cs.every(everRan)) return 'Pending';
  const done = (c: ContainerRuntime) => c.state.phase === 'terminated' && (restartPolicy === 'Never' || (restartPolicy === 'OnFailure' && c.state.term.exitCode === 0));
  if (cs.every(done)) return cs.every((c) => c.state.phase === 'terminated' && c.state.term.exitCode === 0) ? 'Succeeded' : 'Failed';
  return 'Running';
}

export function buildPodStatus(rt: PodRuntime, pod: Pod, hostIP: string, now: number): PodStatus {
  const policy = pod.spec?.restartPolicy ?? 'Always';
  const phase = podPhase(rt, policy);
  const terminating = rt.terminating !== undefined;
  const initStatuses = rt.containers.slice(0, rt.initCount).map((c) => {
    const st = containerStatus(c, terminating);
    // a finished init container counts as ready (upstream reports ready: true once it exited 0)
    return { ...st, ready: c.state.phase === 'terminated' && c.state.term.exitCode === 0 };
  });
  const statuses = rt.containers.slice(rt.initCount).map((c) => containerStatus(c, terminating));
  const unready = statuses.filter((s) => !s.ready).map((s) => s.name);
  const uninitialized = initStatuses.filter((s) => !s.ready).map((s) => s.name);
  const finished = phase === 'Succeeded' || phase === 'Failed';
  const ready = unready.length === 0 && !finished;
  const sandbox = rt.sandboxReadyAt !== undefined && !finished;
  const want: Array<[string, boolean, string?, string?]> = [
    ['PodReadyToStartContainers', sandbox],
    ['Initialized', uninitialized.length === 0, uninitialized.length ? 'ContainersNotInitialized' : undefined, uninitialized.length ? `containers with incomplete status: [${uninitialized.join(' ')}]` : undefined],
    ['Ready', ready, ready ? undefined : finished ? 'PodCompleted' : 'ContainersNotReady', ready || finished ? undefined : `containers with unready status: [${unready.join(' ')}]`],
    ['ContainersReady', ready, ready ? undefined : finished ? 'PodCompleted' : 'ContainersNotReady', ready || finished ? undefined : `containers with unready status: [${unready.join(' ')}]`],
    ['PodScheduled', true],
  ];
  const old = new Map((pod.status?.conditions ?? []).map((c) => [c.type, c]));
  const conditions: PodCondition[] = want.map(([type, ok, reason, message]) => {
    const status = ok ? 'True' : 'False';
    const prev = old.get(type);
    const since = prev && prev.status === status && prev.lastTransitionTime ? prev.lastTransitionTime : toRFC3339(type === 'PodScheduled' ? rt.startTime : now);
    return { type, status, lastProbeTime: null as unknown as string, lastTransitionTime: since, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
  });
  const ips = rt.podIP ? { podIP: rt.podIP, podIPs: [{ ip: rt.podIP }] } : {};
  return {
    phase,
    conditions,
    hostIP,
    hostIPs: [{ ip: hostIP }],
    ...ips,
    startTime: toRFC3339(rt.startTime),
    ...(initStatuses.length ? { initContainerStatuses: initStatuses } : {}),
    containerStatuses: statuses,
    qosClass: pod.status?.qosClass ?? qosClass(pod),
  };
}

/** pkg/apis/core/v1/helper/qos: Guaranteed when every container's limits equal its requests */
export function qosClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const cs = pod.spec?.containers ?? [];
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length);
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => {
    const l = c.resources?.limits ?? {};
    const r = c.resources?.requests ?? l;
    return l.cpu !== undefined && l.memory !== undefined && String(r.cpu) === String(l.cpu) && String(r.memory) === String(l.memory);
  });
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
