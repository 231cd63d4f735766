// `kubectl create ingress NAME --rule=host/path=svc:port[,tls[=secret]] [--class] [--default-backend]
// [--annotation]`: the object kubectl builds — a trailing `*` makes the path a Prefix, else Exact; rules
// of one host share one IngressRule; TLS entries grouped by secret.
// mirrors kubectl/pkg/cmd/create/create_ingress.go (Validate, createIngress, buildIngressSpec)
import { R } from '../../sim/api/resources';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { createAndPrint } from './create-output';
import type { CreateCall } from './create-kinds';
import { fail } from './errors';

const RULE = /^([\w*\-.]*)(\/[^=]*)=([a-z0-9][a-z0-9\-.]*):([\w-]+)(,tls(=([\w\-.]+))?)?$/;
const BACKEND = /^([a-z0-9][a-z0-9\-.]*):([\w-]+)$/;

type ServiceBackend = { service: { name: string; port: { number: number } | { name: string } } };

function backend(name: string, port: string): ServiceBackend {
  return { service: { name, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

const strings = (v: unknown) => (v as string[] | undefined) ?? [];

export async function createIngress(c: CreateCall, ctx: CliContext): Promise<CommandResult> {
  if (!c.name) return fail("error: exactly one NAME is required, got 0\nSee 'kubectl create ingress -h' for help and examples");
  const rules = strings(c.flags.rule);
  const def = c.flags['default-backend'] as string | undefined;
  if (rules.length === 0 && !def) return fail('error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)');
  for (const r of rules) if (!RULE.test(r)) return fail(`error: rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
  if (def && !BACKEND.test(def)) return fail(`error: default-backend should be in format servicename:serviceport`);
  const annotations: Record<string, string> = {};
  for (const a of strings(c.flags.annotation)) {
    const eq = a.indexOf('=');
    if (eq <= 0) return fail(`error: annotation ${a} is invalid and should be in format key=[value]`);
    annotations[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const spec: Record<string, unknown> = {};
  const cls = c.flags.class as string | undefined;
  if (cls) spec.ingressClassName = cls;
  if (def) {
    const m = BACKEND.exec(def)!;
    spec.defaultBackend = backend(m[1], m[2]);
  }
  const byHost = new Map<string, Array<Record<string, unknown>>>();
  const tls = new Map<string, string[]>();
  for (const r of rules) {
    const [, host, rawPath, svc, port, hasTls, , secret] = RULE.exec(r)!;
    const prefix = rawPath.endsWith('*');
    const path = { backend: backend(svc, port), path: prefix ? rawPath.slice(0, -1) : rawPath, pathType: prefix ? 'Prefix' : 'Exact' };
    if (!byHost.has(host)) byHost.set(host, []);
    byHost.get(host)!.push(path);
    if (hasTls) {
      const key = secret ?? '';
      if (!tls.has(key)) tls.set(key, []);
      if (host) tls.get(key)!.push(host);
    }
  }
  if (byHost.size > 0) spec.rules = [...byHost].map(([host, paths]) => ({ ...(host ? { host } : {}), http: { paths } }));
  if (tls.size > 0) spec.tls = [...tls].map(([secretName, hosts]) => ({ ...(hosts.length ? { hosts } : {}), ...(secretName ? { secretName } : {}) }));
  const obj = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { ...(Object.keys(annotations).length ? { annotations } : {}), creationTimestamp: null as unknown as string, name: c.name },
    spec,
    status: { loadBalancer: {} },
  } as KubeObject;
  return createAndPrint(obj, R.ingresses, ctx, c.ns, c.dryRun, c.output, 'created', 'failed to create ingress: ');
}
