// Parses a request path into the resource it names, as the api-server's RequestInfoFactory does.
// mirrors staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go
import { METRICS_RESOURCES, RESOURCES, apiVersionOf, type ResourceInfo } from '../sim/api/resources';

export interface ResourceRoute {
  resource: ResourceInfo;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/** undefined: not a resource path of a group version we serve; 'unknown': a GV we serve, a resource we don't */
export function parseResourcePath(pathname: string): ResourceRoute | 'unknown' | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let gv: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    gv = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    gv = `${parts[1]}/${parts[2]}`;
    rest = parts.slice(3);
  } else return undefined;
  const inGv = [...RESOURCES, ...METRICS_RESOURCES].filter((r) => apiVersionOf(r) === gv);
  if (inGv.length === 0) return undefined;
  const find = (name: string) => inGv.find((r) => r.resource === name);
  let namespace: string | undefined;
  // /namespaces/{ns}/{resource}/…, unless it is the namespaces resource itself (/namespaces/{name}[/status])
  if (rest[0] === 'namespaces' && rest.length >= 3 && find(rest[2])) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const resource = find(rest[0]);
  if (!resource || rest.length > 3) return 'unknown';
  if (namespace !== undefined && !resource.namespaced) return 'unknown';
  return { resource, namespace, name: rest[1], subresource: rest[2] };
}
