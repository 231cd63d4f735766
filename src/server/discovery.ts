// Legacy discovery documents: /api, /apis, /api/v1, /apis/<group>/<version>.
// mirrors staging/src/k8s.io/apiserver/pkg/endpoints/discovery (APIVersions, APIGroupList, APIResourceList)
import { METRICS_RESOURCES, RESOURCES, apiVersionOf, type ResourceInfo } from '../sim/api/resources';
import { KUBERNETES_VERSION } from '../sim/cluster';

/** kinds kubectl's `all` category expands to (as upstream: workloads and services, not config). */
const ALL_CATEGORY = new Set(['pods', 'services', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs']);

export function versionInfo(): Record<string, string> {
  const v = KUBERNETES_VERSION.startsWith('v') ? KUBERNETES_VERSION : `v${KUBERNETES_VERSION}`;
  const [major, minor] = v.slice(1).split('.');
  return { major, minor, gitVersion: v, gitCommit: 'kubeplay', gitTreeState: 'clean', buildDate: '2026-01-01T00:00:00Z', goVersion: 'go1.23.0', compiler: 'gc', platform: 'linux/amd64' };
}

export function apiVersions(): unknown {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] };
}

/** everything discovery lists: the stored kinds and metrics-server's read-only ones */
const SERVED = [...RESOURCES, ...METRICS_RESOURCES];

function groups(): Array<{ name: string; version: string }> {
  const seen = new Map<string, string>();
  for (const r of SERVED) if (r.group && !seen.has(r.group)) seen.set(r.group, r.version);
  return [...seen].map(([name, version]) => ({ name, version }));
}

export function apiGroupList(): unknown {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups().map(({ name, version }) => {
      const gv = { groupVersion: `${name}/${version}`, version };
      return { name, versions: [gv], preferredVersion: gv };
    }),
  };
}

function resourceEntries(r: ResourceInfo): unknown[] {
  const main = {
    name: r.resource,
    singularName: r.singular,
    namespaced: r.namespaced,
    kind: r.kind,
    verbs: r.verbs,
    ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
    ...(ALL_CATEGORY.has(r.resource) ? { categories: ['all'] } : {}),
  };
  const subs = r.subresources.map((s) => {
    if (s === 'scale') return { name: `${r.resource}/scale`, singularName: '', namespaced: r.namespaced, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] };
    if (s === 'log') return { name: `${r.resource}/log`, singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] };
    if (s === 'eviction') return { name: `${r.resource}/eviction`, singularName: '', namespaced: true, group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] };
    if (s === 'binding') return { name: `${r.resource}/binding`, singularName: '', namespaced: true, kind: 'Binding', verbs: ['create'] };
    return { name: `${r.resource}/status`, singularName: '', namespaced: r.namespaced, kind: r.kind, verbs: ['get', 'patch', 'update'] };
  });
  return [main, ...subs];
}

/** The APIResourceList for a group version, or undefined when we serve none of it. */
export function apiResourceList(groupVersion: string): unknown {
  const rs = SERVED.filter((r) => apiVersionOf(r) === groupVersion);
  if (rs.length === 0) return undefined;
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources: rs.flatMap(resourceEntries) };
}

export function groupVersions(): string[] {
  return [...new Set(SERVED.map((r) => apiVersionOf(r)))];
}
