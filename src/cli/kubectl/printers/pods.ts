// mirrors pkg/printers/internalversion/printers.go printPod
import type { KubeObject, Pod } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, NAME_COLUMN, type KindPrinter, type TableCell } from './table';

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** READY, STATUS and RESTARTS as kubectl computes them. */
export function podStatusCells(pod: Pod, now: number): { ready: string; status: string; restarts: string } {
  const spec: Partial<NonNullable<Pod['spec']>> = pod.spec ?? {}; // a partial object (a lesson check, a Table row) may lack containers
  const status = pod.status ?? {};
  let reason: string = status.reason || status.phase || '';
  for (const c of status.conditions ?? []) if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  let restarts = 0;
  let lastRestart: string | undefined;
  let readyContainers = 0;
  const total = (spec.containers ?? []).length;
  let initializing = false;
  const inits = status.initContainerStatuses ?? [];
  for (let i = 0; i < inits.length; i++) {
    const c = inits[i];
    restarts += c.restartCount;
    lastRestart = later(lastRestart, c.lastState?.terminated?.finishedAt as string | undefined);
    const term = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (term) reason = term.reason ? `Init:${term.reason}` : term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
    else if (waiting?.reason && waiting.reason !== 'PodInitializing') reason = `Init:${waiting.reason}`;
    else reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    initializing = true;
    break;
  }
  const initialized = (status.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    restarts = 0;
    lastRestart = undefined;
    let hasRunning = false;
    const cs = status.containerStatuses ?? [];
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i];
      restarts += c.restartCount;
      lastRestart = later(lastRestart, c.lastState?.terminated?.finishedAt as string | undefined);
      const st = c.state ?? {};
      if (st.waiting?.reason) reason = st.waiting.reason;
      else if (st.terminated?.reason) reason = st.terminated.reason;
      else if (st.terminated) reason = st.terminated.signal ? `Signal:${st.terminated.signal}` : `ExitCode:${st.terminated.exitCode}`;
      else if (c.ready && st.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
    }
  }
  const phase = status.phase;
  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';
  let restartsText = String(restarts);
  if (restarts !== 0 && lastRestart) restartsText = `${restarts} (${translateTimestampSince(lastRestart, now)} ago)`;
  return { ready: `${readyContainers}/${total}`, status: reason, restarts: restartsText };
}

export const podPrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'),
    col('Status', 'string', 'The aggregate status of the containers in this pod.'),
    col('Restarts', 'string', 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'),
    AGE_COLUMN,
    col('IP', 'string', 'IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.', 1),
    col('Node', 'string', "NodeName is a request to schedule this pod onto a specific node.", 1),
    col('Nominated Node', 'string', 'nominatedNodeName is set only when this pod preempts other pods on the node.', 1),
    col('Readiness Gates', 'string', 'If specified, all readiness gates will be evaluated for pod readiness.', 1),
  ],
  cells(obj: KubeObject, now: number): TableCell[] {
    const pod = obj as unknown as Pod;
    const { ready, status, restarts } = podStatusCells(pod, now);
    const gates = pod.spec?.readinessGates ?? [];
    let gatesText = '<none>';
    if (gates.length > 0) {
      const trueTypes = new Set((pod.status?.conditions ?? []).filter((c) => c.status === 'True').map((c) => c.type));
      gatesText = `${gates.filter((g) => trueTypes.has(g.conditionType)).length}/${gates.length}`;
    }
    return [
      pod.metadata?.name ?? '',
      ready,
      status,
      restarts,
      translateTimestampSince(pod.metadata?.creationTimestamp as string | undefined, now),
      pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      gatesText,
    ];
  },
};
