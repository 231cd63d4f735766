// `kubectl expose TYPE NAME --port=P`: a Service selecting what the object selects.
// mirrors kubectl/pkg/cmd/expose/expose.go and generate/versioned/service.go (ServiceGeneratorV2).
import { R } from '../../sim/api/resources';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { checkDryRun, createAndPrint, CREATE_OUTPUT_FLAGS } from './create-output';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { resolveArgs } from './resolve';

const FLAGS: FlagSpec[] = [
  ...GLOBAL_FLAGS,
  ...CREATE_OUTPUT_FLAGS,
  { name: 'port', type: 'string' },
  { name: 'target-port', type: 'string' },
  { name: 'protocol', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'selector', type: 'string' },
];

const NO_ARGS = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

type Spec = { selector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | Record<string, string>; template?: { spec?: { containers?: Array<{ ports?: Array<{ containerPort: number }> }> } }; containers?: Array<{ ports?: Array<{ containerPort: number }> }>; ports?: Array<{ port: number }> };

function selectorOf(obj: KubeObject): Record<string, string> | string {
  const spec = (obj.spec ?? {}) as Spec;
  if (obj.kind === 'Pod') return obj.metadata.labels && Object.keys(obj.metadata.labels).length > 0 ? obj.metadata.labels : 'the pod has no labels and cannot be exposed';
  if (obj.kind === 'Service') return (spec.selector as Record<string, string> | undefined) ?? 'the service has no pod selector set';
  const sel = spec.selector as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
  if (sel?.matchExpressions && sel.matchExpressions.length > 0) return `couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map-based selector format`;
  return sel?.matchLabels ?? 'invalid deployment: no selectors, therefore cannot be exposed';
}

function portOf(obj: KubeObject): number | undefined {
  const spec = (obj.spec ?? {}) as Spec;
  if (obj.kind === 'Service') return spec.ports?.[0]?.port;
  const containers = obj.kind === 'Pod' ? spec.containers : spec.template?.spec?.containers;
  return containers?.flatMap((c) => c.ports ?? [])[0]?.containerPort;
}

function intOrString(v: string): number | string {
  return /^\d+$/.test(v) ? Number(v) : v;
}

export async function kubectlExpose(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'expose');
    throw e;
  }
  const { args, flags } = parsed;
  if (args.length === 0) return fail(NO_ARGS);
  const dryRun = flags['dry-run'] as string | undefined;
  const dryErr = checkDryRun(dryRun);
  if (dryErr) return fail(dryErr);
  const requests = resolveArgs(args);
  const { resource, names } = requests[0];
  if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
  if (!['pods', 'services', 'deployments', 'replicasets'].includes(resource.resource)) return fail(`error: cannot expose a ${resource.kind}`);
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  let obj: KubeObject;
  try {
    obj = await ctx.client.get(resource, ns, names[0]);
  } catch (e) {
    return fail(serverErrorMessage(e));
  }
  obj = { ...obj, kind: resource.kind };
  const selector = flags.selector ? Object.fromEntries(String(flags.selector).split(',').map((kv) => kv.split('='))) : selectorOf(obj);
  if (typeof selector === 'string') return fail(`error: couldn't retrieve selectors via --selector flag or introspection: ${selector}\nSee 'kubectl expose -h' for help and examples`);
  const port = flags.port !== undefined ? intOrString(String(flags.port)) : portOf(obj);
  if (port === undefined) return fail("error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples");
  const targetPort = flags['target-port'] !== undefined ? intOrString(String(flags['target-port'])) : port;
  const spec: Record<string, unknown> = { ports: [{ protocol: (flags.protocol as string | undefined) ?? 'TCP', port, targetPort }], selector };
  if (flags.type) spec.type = flags.type;
  const labels = obj.metadata.labels && Object.keys(obj.metadata.labels).length > 0 ? obj.metadata.labels : undefined;
  const svc: KubeObject = {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: { name: (flags.name as string | undefined) ?? names[0], creationTimestamp: null as unknown as string, ...(labels ? { labels } : {}) },
    spec,
    status: { loadBalancer: {} },
  };
  return createAndPrint(svc, R.services, ctx, ns, dryRun, flags.output as string | undefined, 'exposed');
}
