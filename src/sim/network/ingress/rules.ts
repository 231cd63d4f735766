// How ingress-nginx picks a backend for a request: the Ingresses of its class merged per host
// (an exact host before a `*.wildcard` one before rules without a host), then the longest matching
// path (Exact before Prefix at the same length; Prefix matches whole path elements, so /foo matches
// /foo/bar but not /foobar; ImplementationSpecific is a plain nginx prefix, or a regex when the
// Ingress uses nginx.ingress.kubernetes.io/use-regex or rewrite-target). rewrite-target rewrites
// the path the backend sees, with $1… from the regex.
// mirrors ingress-nginx internal/ingress/controller/controller.go (createServers, getBackendServers)
// and the upstream Ingress path-matching rules (docs/concepts/services-networking/ingress)
import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1';

export interface RouteMatch {
  ingress: Ingress;
  backend: IngressBackend;
  /** the path the backend receives (after rewrite-target) */
  path: string;
}

const REWRITE = 'nginx.ingress.kubernetes.io/rewrite-target';
const USE_REGEX = 'nginx.ingress.kubernetes.io/use-regex';

function hostRank(ruleHost: string | undefined, host: string): number {
  if (!ruleHost) return 1;
  if (ruleHost === host) return 3;
  if (ruleHost.startsWith('*.')) {
    const rest = ruleHost.slice(1); // .foo.com
    return host.endsWith(rest) && !host.slice(0, -rest.length).includes('.') && host.length > rest.length ? 2 : 0;
  }
  return 0;
}

function prefixMatches(prefix: string, path: string): boolean {
  const p = prefix.replace(/\/+$/, '');
  if (p === '') return true;
  return path === p || path.startsWith(`${p}/`);
}

interface Candidate extends RouteMatch {
  rank: number;
  len: number;
  exact: boolean;
}

/** The backend for host + path among the given Ingresses (already filtered to the controller's class). */
export function matchIngress(ingresses: readonly Ingress[], host: string, path: string): RouteMatch | undefined {
  let best: Candidate | undefined;
  for (const ing of ingresses) {
    const regex = ing.metadata?.annotations?.[USE_REGEX] === 'true' || ing.metadata?.annotations?.[REWRITE] !== undefined;
    const rewrite = ing.metadata?.annotations?.[REWRITE];
    for (const rule of ing.spec?.rules ?? []) {
      const rank = hostRank(rule.host, host);
      if (rank === 0) continue;
      for (const p of rule.http?.paths ?? []) {
        const rp = p.path ?? '/';
        let ok = false;
        let target = path;
        if (p.pathType === 'Exact' && !regex) ok = path === rp;
        else if (p.pathType === 'Prefix' && !regex) ok = prefixMatches(rp, path);
        else {
          const m = safeRegex(regex ? rp : escape(rp))?.exec(path);
          ok = !!m;
          if (m && rewrite !== undefined) target = rewrite.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '') || '/';
        }
        if (!ok) continue;
        if (rewrite !== undefined && !regex) target = rewrite;
        const c: Candidate = { ingress: ing, backend: p.backend, path: target, rank, len: rp.length, exact: p.pathType === 'Exact' };
        if (!best || c.rank > best.rank || (c.rank === best.rank && (c.len > best.len || (c.len === best.len && c.exact && !best.exact)))) best = c;
      }
    }
  }
  if (best) return { ingress: best.ingress, backend: best.backend, path: best.path };
  // no rule matched: an Ingress's defaultBackend serves the rest
  const withDefault = ingresses.find((i) => i.spec?.defaultBackend);
  return withDefault ? { ingress: withDefault, backend: withDefault.spec!.defaultBackend!, path } : undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function safeRegex(src: string): RegExp | undefined {
  try {
    return new RegExp(`^${src}`, 'i');
  } catch {
    return undefined;
  }
}

/** nginx's own error pages, as ingress-nginx serves them (server_tokens off: no version) */
export function nginxErrorPage(status: 404 | 503): { status: number; reason: string; body: string } {
  const reason = status === 404 ? 'Not Found' : 'Service Temporarily Unavailable';
  const title = `${status} ${reason}`;
  return { status, reason, body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n` };
}
