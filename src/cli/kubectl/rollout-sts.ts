// `kubectl rollout status|restart` for StatefulSets: mirrors kubectl/pkg/polymorphichelpers
// rollout_status.go (StatefulSetStatusViewer) and objectrestarter.go (the restartedAt annotation).
// history and undo read the set's ControllerRevisions (history.go StatefulSetHistoryViewer,
// rollback.go StatefulSetRollbacker).
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { R } from '../../sim/api/resources';
import { toRFC3339 } from '../../sim/clock';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { fail, serverErrorMessage } from './errors';
import { deepEqual } from './apply-merge';
import { DESCRIBE_TABWRITER, tabwrite } from './tabwriter';

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

type Revision = KubeObject & { revision: number; data?: { spec?: { template?: Record<string, unknown> } } };

/** the set's ControllerRevisions, oldest first */
async function revisionsOf(set: KubeObject, ctx: CliContext): Promise<Revision[]> {
  const list = (await ctx.client.list(R.controllerrevisions, set.metadata.namespace)).items as Revision[];
  return list.filter((r) => (r.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === set.metadata.uid)).sort((a, b) => a.revision - b.revision);
}

function templateOf(r: Revision): Record<string, unknown> {
  const { $patch: _patch, ...template } = (r.data?.spec?.template ?? {}) as Record<string, unknown>;
  return template;
}

async function historyOrUndo(sub: 'history' | 'undo', name: string, ns: string, toRevision: number, ctx: CliContext): Promise<CommandResult> {
  const set = await ctx.client.get(R.statefulsets, ns, name);
  const history = await revisionsOf(set, ctx);
  if (sub === 'history') {
    const rows = history.map((r) => `${r.revision}\t${r.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>'}\n`).join('');
    return { stdout: `statefulset.apps/${name} \n${tabwrite(`REVISION\tCHANGE-CAUSE\n${rows}`, DESCRIBE_TABWRITER)}\n`, stderr: '', exitCode: 0 };
  }
  if (toRevision === 0 && history.length <= 1) return fail('error: no last revision to roll back to');
  const target = toRevision === 0 ? history[history.length - 2] : history.find((r) => r.revision === toRevision);
  if (!target) return fail(`error: unable to find specified revision ${toRevision} in history`);
  const template = templateOf(target);
  const spec = set.spec as { template?: unknown };
  if (deepEqual(template, spec.template)) return { stdout: `statefulset.apps/${name} skipped rollback (current template already matches revision ${toRevision})\n`, stderr: '', exitCode: 0 };
  await ctx.client.update(R.statefulsets, ns, { ...set, spec: { ...(set.spec as object), template } });
  return { stdout: `statefulset.apps/${name} rolled back\n`, stderr: '', exitCode: 0 };
}

export async function statefulSetRollout(sub: 'status' | 'restart' | 'history' | 'undo', name: string, ns: string, watch: boolean, ctx: CliContext, toRevision = 0): Promise<CommandResult> {
  try {
    if (sub === 'history' || sub === 'undo') return await historyOrUndo(sub, name, ns, toRevision, ctx);
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
