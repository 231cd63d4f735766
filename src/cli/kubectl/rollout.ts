// `kubectl rollout status|history|undo|restart|pause|resume` for Deployments: mirrors
// kubectl/pkg/polymorphichelpers (rollout_status.go, history.go, rollback.go, objectrestarter.go,
// objectpauser.go, objectresumer.go).
// `status` waits in simulated time (ctx.sleep), printing each new status line as kubectl does.
import { R } from '../../sim/api/resources';
import { toRFC3339 } from '../../sim/clock';
import type { Deployment, KubeObject, ReplicaSet } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { deepEqual } from './apply-merge';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { resolveArgs } from './resolve';
import { DESCRIBE_TABWRITER, tabwrite } from './tabwriter';
import { statefulSetRollout } from './rollout-sts';

const FLAGS: FlagSpec[] = [...GLOBAL_FLAGS, { name: 'to-revision', type: 'int' }, { name: 'revision', type: 'int' }, { name: 'watch', short: 'w', type: 'bool' }, { name: 'timeout', type: 'string' }];
const REVISION = 'deployment.kubernetes.io/revision';
const MAX_WAIT_MS = 10 * 60 * 1000;

/** mirrors rollout_status.go DeploymentStatusViewer.Status */
export function deploymentRolloutStatus(d: Deployment): { message: string; done: boolean; error?: string } {
  const name = d.metadata?.name;
  const st = d.status ?? {};
  if ((d.metadata?.generation ?? 0) > (st.observedGeneration ?? 0)) return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  const progressing = (st.conditions ?? []).find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') return { message: '', done: false, error: `deployment "${name}" exceeded its progress deadline` };
  const replicas = d.spec?.replicas ?? 1;
  const updated = st.updatedReplicas ?? 0;
  if (updated < replicas) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`, done: false };
  if ((st.replicas ?? 0) > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
  if ((st.availableReplicas ?? 0) < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}

function withoutHash(t: unknown): unknown {
  const tpl = structuredClone(t) as { metadata?: { labels?: Record<string, string> } };
  if (tpl?.metadata?.labels) delete tpl.metadata.labels['pod-template-hash'];
  return tpl;
}

async function ownedReplicaSets(d: KubeObject, ctx: CliContext): Promise<ReplicaSet[]> {
  const list = await ctx.client.list(R.replicasets, d.metadata.namespace);
  return (list.items as unknown as ReplicaSet[]).filter((rs) => (rs.metadata?.ownerReferences ?? []).some((o) => o.controller && o.uid === d.metadata.uid));
}

const revisionOf = (rs: ReplicaSet) => Number(rs.metadata?.annotations?.[REVISION] ?? 0);

export async function kubectlRollout(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'rollout');
    throw e;
  }
  const { args, flags } = parsed;
  const [sub, ...targets] = args;
  if (!['status', 'history', 'undo', 'restart', 'pause', 'resume'].includes(sub ?? '')) return fail("error: kubeplay's kubectl supports rollout status, history, undo, restart, pause and resume");
  if (targets.length === 0) return fail(`error: required resource not specified`);
  const requests = resolveArgs(targets);
  const { resource, names } = requests[0];
  if (resource.resource !== 'deployments' && (sub === 'pause' || sub === 'resume')) {
    return fail(`error: ${resource.resource}${resource.group ? `.${resource.group}` : ''} "${names[0] ?? ''}" ${sub === 'pause' ? 'pausing' : 'resuming'} is not supported`);
  }
  if (resource.resource === 'statefulsets' && sub !== 'pause' && sub !== 'resume' && names.length > 0) return statefulSetRollout(sub as 'status' | 'restart' | 'history' | 'undo', names[0], (flags.namespace as string | undefined) ?? ctx.namespace, flags.watch !== false, ctx, (flags['to-revision'] as number | undefined) ?? 0);
  if (resource.resource !== 'deployments') return fail(`error: no ${sub === 'status' ? 'status viewer' : sub === 'history' ? 'history viewer' : sub === 'undo' ? 'rollbacker' : 'restarter'} has been implemented for "${resource.kind}" in kubeplay`);
  if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  const name = names[0];
  try {
    const d = await ctx.client.get(R.deployments, ns, name);
    const paused = (d.spec as { paused?: boolean }).paused === true;
    if (sub === 'pause' || sub === 'resume') {
      // mirrors polymorphichelpers/objectpauser.go and objectresumer.go
      if (paused === (sub === 'pause')) return fail(`error: deployments.apps "${name}" is ${sub === 'pause' ? 'already' : 'not'} paused`);
      await ctx.client.patch(R.deployments, ns, name, 'strategic', { spec: { paused: sub === 'pause' } });
      return { stdout: `deployment.apps/${name} ${sub === 'pause' ? 'paused' : 'resumed'}\n`, stderr: '', exitCode: 0 };
    }
    if (sub === 'restart') {
      if (paused) return fail(`error: deployments.apps "${name}" can't restart paused deployment (run rollout resume first)`);
      const patch = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': toRFC3339(ctx.now()) } } } } };
      await ctx.client.patch(R.deployments, ns, name, 'strategic', patch);
      return { stdout: `deployment.apps/${name} restarted\n`, stderr: '', exitCode: 0 };
    }
    if (sub === 'history') {
      const rss = (await ownedReplicaSets(d, ctx)).filter((rs) => revisionOf(rs) > 0).sort((a, b) => revisionOf(a) - revisionOf(b));
      const rows = rss.map((rs) => `${revisionOf(rs)}\t${rs.metadata?.annotations?.['kubernetes.io/change-cause'] || '<none>'}\n`).join('');
      return { stdout: `deployment.apps/${name} \n${tabwrite(`REVISION\tCHANGE-CAUSE\n${rows}`, DESCRIBE_TABWRITER)}\n`, stderr: '', exitCode: 0 };
    }
    if (sub === 'undo') return undo(d, ctx, ns, (flags['to-revision'] as number | undefined) ?? 0);
    return status(d, ctx, ns, flags.watch !== false);
  } catch (e) {
    return fail(serverErrorMessage(e));
  }
}

async function status(first: KubeObject, ctx: CliContext, ns: string, watch: boolean): Promise<CommandResult> {
  let d = first;
  let stdout = '';
  let last = '';
  // each new status line shows at once where the context can print (and survives a Ctrl+C)
  const out = (s: string) => {
    if (ctx.print) ctx.print(s);
    else stdout += s;
  };
  for (let waited = 0; ; waited += 1000) {
    const s = deploymentRolloutStatus(d as unknown as Deployment);
    if (s.error) return { stdout, stderr: `error: ${s.error}\n`, exitCode: 1 };
    if (s.message !== last) out(s.message);
    last = s.message;
    if (s.done || !watch) return { stdout, stderr: '', exitCode: 0 };
    if (!ctx.sleep || waited >= MAX_WAIT_MS) return { stdout, stderr: 'error: timed out waiting for the condition\n', exitCode: 1 };
    await ctx.sleep(1000);
    d = await ctx.client.get(R.deployments, ns, d.metadata.name ?? '');
  }
}

async function undo(d: KubeObject, ctx: CliContext, ns: string, toRevision: number): Promise<CommandResult> {
  const name = d.metadata.name;
  const rss = (await ownedReplicaSets(d, ctx)).filter((rs) => revisionOf(rs) > 0).sort((a, b) => revisionOf(b) - revisionOf(a));
  let target: ReplicaSet | undefined;
  if (toRevision === 0) {
    if (rss.length < 2) return fail(`error: no rollout history found for deployment "${name}"`);
    target = rss[1];
  } else {
    target = rss.find((rs) => revisionOf(rs) === toRevision);
    if (!target) return fail(`error: unable to find specified revision ${toRevision} in history`);
  }
  if ((d.spec as { paused?: boolean }).paused) return fail(`error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again`);
  const template = withoutHash(target.spec?.template);
  if (deepEqual(template, withoutHash((d.spec as { template: unknown }).template))) {
    return { stdout: `deployment.apps/${name} skipped rollback (current template already matches revision ${revisionOf(target)})\n`, stderr: '', exitCode: 0 };
  }
  await ctx.client.update(R.deployments, ns, { ...d, spec: { ...(d.spec as object), template } });
  return { stdout: `deployment.apps/${name} rolled back\n`, stderr: '', exitCode: 0 };
}
