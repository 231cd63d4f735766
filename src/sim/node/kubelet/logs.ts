// Container logs, served through the api-server's pods/log subresource: the process plan's lines
// up to now (or until the process ended), with their placeholders filled.
// mirrors pkg/kubelet/kuberuntime/kuberuntime_logs.go and the errors of pkg/registry/core/pod/strategy.go (LogLocation)
import type { LogOptions } from '../../api/client';
import { badRequest } from '../../api/status';
import { linesUntil } from '../runtime/process-plan';
import { fillTemplate } from '../runtime/templates';
import type { Kubelets } from './kubelet';
import type { ContainerInstance } from './state';

function render(inst: ContainerInstance, now: number, ctx: { podIP: string; hostname: string }, tail?: number): string {
  const end = Math.min(now, inst.endedAt ?? Infinity);
  let lines = linesUntil(inst.plan, end - inst.startedAt);
  if (tail !== undefined && tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
  return lines.map((l) => fillTemplate(l.text, inst.startedAt + l.at, ctx) + '\n').join('');
}

export function podLogs(k: Kubelets, namespace: string, podName: string, opts: LogOptions): string {
  const pod = k.podInformer.get(`${namespace}/${podName}`);
  const rt = pod ? k.pods.get(pod.metadata.uid!) : undefined;
  const names = (pod?.spec?.containers ?? []).map((c) => c.name);
  const initNames = (pod?.spec?.initContainers ?? []).map((c) => c.name);
  const name = opts.container ?? (names.length === 1 ? names[0] : undefined);
  if (!name) {
    const init = initNames.length ? ` or one of the init containers: [${initNames.join(' ')}]` : '';
    throw badRequest(`a container name must be specified for pod ${podName}, choose one of: [${names.join(' ')}]${init}`);
  }
  if (!names.includes(name) && !initNames.includes(name)) throw badRequest(`container ${name} is not valid for pod ${podName}`);
  const c = rt?.containers.find((x) => x.name === name);
  const ctx = { podIP: rt?.podIP ?? '', hostname: pod?.spec?.hostname ?? podName };
  if (opts.previous) {
    const prev = c?.state.phase === 'running' ? c.previous : c?.current;
    if (!prev || !c?.lastTerminated) throw badRequest(`previous terminated container "${name}" in pod "${podName}" not found`);
    return render(prev, k.deps.clock.now(), ctx, opts.tailLines);
  }
  if (!c?.current) {
    const reason = c?.state.phase === 'waiting' ? c.state.reason : 'ContainerCreating';
    throw badRequest(`container "${name}" in pod "${podName}" is waiting to start: ${reason}`);
  }
  // in CrashLoopBackOff the last run's output is what `kubectl logs` shows
  return render(c.current, k.deps.clock.now(), ctx, opts.tailLines);
}
