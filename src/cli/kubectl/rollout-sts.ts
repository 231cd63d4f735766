// `kubectl rollout status|restart` for StatefulSets: mirrors kubectl/pkg/polymorphichelpers
// rollout_status.go (StatefulSetStatusViewer) and objectrestarter.go (the restartedAt annotation).
// history and undo need ControllerRevisions, which the simulator does not keep.
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { R } from '../../sim/api/resources';
import { toRFC3339 } from '../../sim/clock';
import type { CliContext, CommandResult } from '../types';
import { fail, serverErrorMessage } from './errors';

const MAX_WAIT_MS = 10 * 60 * 1000;

/** StatefulSetStatusViewer.Status */
export function statefulSetRolloutStatus(s: StatefulSet): { message: string; done: boolean; error?: string } {
  const st = s.status ?? { replicas: 0 };
  if (s.spec?.updateStrategy?.type !== 'RollingUpdate') return { message: '', done: true, error: 'rollout status is only available for RollingUpdate strategy type' };
  if (!st.observedGeneration || (s.metadata?.generation ?? 0) > st.observedGeneration) return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
  const replicas = s.spec?.replicas;
  if (replicas !== undefined && (st.readyReplicas ?? 0) < replicas) return { message: `Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
  const ru = s.spec.updateStrategy.rollingUpdate;
  if (ru) {
    if (replicas !== undefined && ru.partition !== undefined && (st.updatedReplicas ?? 0) < replicas - ru.partition) {
      return { message: `Waiting for partitioned roll out to finish: ${st.updatedReplicas ?? 0} out of ${replicas - ru.partition} new pods have been updated...\n`, done: false };
    }
    return { message: `partitioned roll out complete: ${st.updatedReplicas ?? 0} new pods have been updated...\n`, done: true };
  }
  if (st.updateRevision !== st.currentRevision) return { message: `waiting for statefulset rolling update to complete ${st.updatedReplicas ?? 0} pods at revision ${st.updateRevision}...\n`, done: false };
  return { message: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...\n`, done: true };
}

export async function statefulSetRollout(sub: 'status' | 'restart', name: string, ns: string, watch: boolean, ctx: CliContext): Promise<CommandResult> {
  try {
    if (sub === 'restart') {
      const patch = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': toRFC3339(ctx.now()) } } } } };
      await ctx.client.patch(R.statefulsets, ns, name, 'strategic', patch);
      return { stdout: `statefulset.apps/${name} restarted\n`, stderr: '', exitCode: 0 };
    }
    let stdout = '';
    let last = '';
    const out = (s: string) => {
      if (ctx.print) ctx.print(s);
      else stdout += s;
    };
    for (let waited = 0; ; waited += 1000) {
      const s = statefulSetRolloutStatus((await ctx.client.get(R.statefulsets, ns, name)) as unknown as StatefulSet);
      if (s.error) return { stdout, stderr: `error: ${s.error}\n`, exitCode: 1 };
      if (s.message !== last) out(s.message);
      last = s.message;
      if (s.done || !watch) return { stdout, stderr: '', exitCode: 0 };
      if (!ctx.sleep || waited >= MAX_WAIT_MS) return { stdout, stderr: 'error: timed out waiting for the condition\n', exitCode: 1 };
      await ctx.sleep(1000);
    }
  } catch (e) {
    return fail(serverErrorMessage(e));
  }
}
