// `kubectl set resources TYPE/NAME --limits=cpu=200m,memory=512Mi --requests=… [-c NAME]`.
// mirrors kubectl/pkg/cmd/set/set_resources.go
import { parseQuantityExact } from '../../sim/api/quantity';
import type { CliContext, CommandResult } from '../types';
import { fail } from './errors';
import { selectContainers, setOnTemplates } from './set-template';

function parseList(spec: string | undefined): Record<string, string> | string {
  const out: Record<string, string> = {};
  if (!spec) return out;
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return `error: invalid argument ${part}`;
    const [name, value] = [part.slice(0, eq), part.slice(eq + 1)];
    try {
      parseQuantityExact(value);
    } catch {
      return `error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`;
    }
    out[name] = value;
  }
  return out;
}

export async function kubectlSetResources(targets: string[], flags: Record<string, unknown>, ctx: CliContext): Promise<CommandResult> {
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  if (targets.length === 0) return fail("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl set resources -h' for help and examples");
  const limits = parseList(flags.limits as string | undefined);
  const requests = parseList(flags.requests as string | undefined);
  if (typeof limits === 'string') return fail(limits);
  if (typeof requests === 'string') return fail(requests);
  if (Object.keys(limits).length === 0 && Object.keys(requests).length === 0) return fail('error: you must specify an update to requests or limits (in the form of --requests/--limits)');
  const container = flags.container as string | undefined;
  return setOnTemplates(targets, ctx, ns, 'resource requirements updated', (spec, t) => {
    const cs = selectContainers(spec, container);
    if (cs.length === 0) return { warnings: [`${t.resource.kind}/${t.name} does not have any containers matching "${container}"`] };
    for (const c of cs) {
      const res = { ...(c.resources ?? {}) };
      if (Object.keys(limits).length) res.limits = { ...(res.limits ?? {}), ...limits };
      if (Object.keys(requests).length) res.requests = { ...(res.requests ?? {}), ...requests };
      c.resources = res;
    }
  });
}
