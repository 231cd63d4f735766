// What the user typed after the verb (`pods`, `po/x`, `pods,svc`, `all`) turned into resources and
// names, with kubectl's client-side errors. mirrors cli-runtime/pkg/resource/builder.go (ResourceTypeOrNameArgs).
import { RESOURCES, resourceForName, type ResourceInfo } from '../../sim/api/resources';

export interface ResourceRequest {
  resource: ResourceInfo;
  /** empty = the whole collection */
  names: string[];
}

export class ResolveError extends Error {}

/** kubectl's `all` category in discovery order; only the kinds the simulator serves are used */
const ALL = ['pods', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'horizontalpodautoscalers', 'cronjobs', 'jobs'];

function lookup(typed: string): ResourceInfo[] {
  if (typed === 'all') return ALL.flatMap((r) => RESOURCES.filter((x) => x.resource === r));
  const r = resourceForName(typed);
  if (!r) throw new ResolveError(`the server doesn't have a resource type "${typed}"`);
  return [r];
}

/** `pod` or `deployment.apps`: how kubectl names a kind in `kind/name` output */
export function kindPrefix(r: ResourceInfo): string {
  return r.group ? `${r.kind.toLowerCase()}.${r.group}` : r.kind.toLowerCase();
}

export function resolveArgs(args: string[]): ResourceRequest[] {
  if (args.length === 0) return [];
  const slashForm = args.some((a) => a.includes('/'));
  if (slashForm) {
    if (!args.every((a) => a.includes('/'))) {
      throw new ResolveError(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      );
    }
    const out: ResourceRequest[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      const type = a.slice(0, slash);
      const name = a.slice(slash + 1);
      if (type === '' || name === '') throw new ResolveError(`arguments in resource/name form must have a single resource and name`);
      const [r] = lookup(type);
      const existing = out.find((o) => o.resource === r);
      if (existing) existing.names.push(name);
      else out.push({ resource: r, names: [name] });
    }
    return out;
  }
  const [types, ...names] = args;
  const resources: ResourceInfo[] = [];
  for (const t of types.split(',')) for (const r of lookup(t)) if (!resources.includes(r)) resources.push(r);
  if (names.length > 0 && resources.length > 1) throw new ResolveError('you may only specify a single resource type');
  return resources.map((resource) => ({ resource, names: [...names] }));
}
