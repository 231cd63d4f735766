// `kubectl autoscale TYPE NAME --max=N [--min=N] [--cpu-percent=N] [--name=NAME]`: a
// HorizontalPodAutoscaler for a Deployment, ReplicaSet or StatefulSet.
// mirrors kubectl/pkg/cmd/autoscale/autoscale.go — kubectl 1.32 builds and prints an autoscaling/v1
// object; the simulator stores v2, so it goes through the same conversion `kubeplay serve` uses.
import { R } from '../../sim/api/resources';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { isStatusError } from '../../sim/api/status';
import { toV1, toV2 } from '../../sim/api/hpa-v1';
import { checkDryRun, CREATE_OUTPUT_FLAGS, printResult } from './create-output';
import { fail, flagFail, requiredFlagsFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { resolveArgs } from './resolve';

const FLAGS: FlagSpec[] = [...GLOBAL_FLAGS, ...CREATE_OUTPUT_FLAGS, { name: 'max', type: 'int' }, { name: 'min', type: 'int' }, { name: 'cpu-percent', type: 'int' }, { name: 'name', type: 'string' }];

const NO_ARGS = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";
const SCALABLE = ['deployments', 'replicasets', 'statefulsets', 'replicationcontrollers'];

export async function kubectlAutoscale(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'autoscale');
    throw e;
  }
  const { args, flags } = parsed;
  if (flags.max === undefined) return requiredFlagsFail(['max'], ctx.now());
  const max = flags.max as number;
  const min = (flags.min as number | undefined) ?? -1;
  const cpu = (flags['cpu-percent'] as number | undefined) ?? -1;
  if (max < 1) return fail(`error: --max=MAXPODS is required and must be at least 1, max: ${max}`);
  if (max < min) return fail(`error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
  if (args.length === 0) return fail(NO_ARGS);
  const dryRun = flags['dry-run'] as string | undefined;
  const dryErr = checkDryRun(dryRun);
  if (dryErr) return fail(dryErr);
  const { resource, names } = resolveArgs(args)[0];
  if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  let target: KubeObject;
  try {
    target = await ctx.client.get(resource, ns, names[0]);
  } catch (e) {
    return fail(serverErrorMessage(e));
  }
  if (!SCALABLE.includes(resource.resource)) return fail(`error: cannot autoscale a ${resource.kind}: cannot autoscale a ${resource.kind}`);
  const spec: Record<string, unknown> = { scaleTargetRef: { apiVersion: target.apiVersion ?? `${resource.group}/${resource.version}`, kind: resource.kind, name: target.metadata.name }, maxReplicas: max };
  if (min > 0) spec.minReplicas = min;
  if (cpu >= 0) spec.targetCPUUtilizationPercentage = cpu;
  const name = (flags.name as string | undefined) ?? target.metadata.name;
  const v1 = { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name, creationTimestamp: null }, spec, status: { currentReplicas: 0, desiredReplicas: 0 } } as unknown as KubeObject;
  const r = R.horizontalpodautoscalers;
  const output = flags.output as string | undefined;
  if (dryRun === 'client') return printResult(v1, r, output, 'autoscaled') ?? { stdout: `horizontalpodautoscaler.autoscaling/${name} autoscaled (dry run)\n`, stderr: '', exitCode: 0 };
  try {
    const created = await ctx.client.create(r, ns, toV2(v1), dryRun === 'server' ? { dryRun: 'All' } : undefined);
    return printResult(toV1(created), r, output, 'autoscaled') ?? { stdout: `horizontalpodautoscaler.autoscaling/${name} autoscaled${dryRun === 'server' ? ' (server dry run)' : ''}\n`, stderr: '', exitCode: 0 };
  } catch (e) {
    return fail(isStatusError(e) ? serverErrorMessage(e) : String(e));
  }
}
