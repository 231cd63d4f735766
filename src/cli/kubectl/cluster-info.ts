// `kubectl cluster-info` and `kubectl api-versions`.
// cluster-info mirrors kubectl/pkg/cmd/clusterinfo/clusterinfo.go: the control plane's URL, then
// every kube-system Service labelled kubernetes.io/cluster-service=true, named by its
// kubernetes.io/name label, with its API-server proxy URL (kubectl's colours only reach a tty).
import { R, RESOURCES, apiVersionOf } from '../../sim/api/resources';
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, ok, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError } from './flags';
import { SERVER_URL } from './config';

interface ServicePortLike {
  name?: string;
  port?: number;
}

export async function kubectlClusterInfo(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let args: string[];
  try {
    args = parseFlags(argv, GLOBAL_FLAGS).args;
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'cluster-info');
    throw e;
  }
  if (args[0] === 'dump') return fail("error: kubeplay's kubectl does not support cluster-info dump");
  if (args.length > 0) return fail(`error: unknown command "${args[0]}" for "kubectl cluster-info"`);
  let out = `Kubernetes control plane is running at ${SERVER_URL}\n`;
  try {
    const services = await ctx.client.list(R.services, 'kube-system', { labelSelector: 'kubernetes.io/cluster-service=true' });
    for (const svc of services.items) {
      const name = svc.metadata.labels?.['kubernetes.io/name'] ?? svc.metadata.name;
      const ports = ((svc.spec as { ports?: ServicePortLike[] } | undefined)?.ports ?? []);
      // clusterinfo.go: the first port, `[https:]name:portName` — https when the port is named
      // https or is 443 (`https:metrics-server:/proxy` on AKS, whose port has no name)
      const p = ports[0];
      const scheme = p?.name === 'https' || p?.port === 443 ? 'https:' : '';
      const link = `${SERVER_URL}/api/v1/namespaces/kube-system/services/${scheme}${svc.metadata.name}:${p?.name ?? ''}/proxy`;
      out += `${name} is running at ${link}\n`;
    }
  } catch (e) {
    return fail(serverErrorMessage(e));
  }
  return ok(`${out}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
}

/** every group/version the server serves, sorted as kubectl sorts them */
export async function kubectlApiVersions(argv: string[]): Promise<CommandResult> {
  try {
    parseFlags(argv, GLOBAL_FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'api-versions');
    throw e;
  }
  const versions = [...new Set(RESOURCES.map((r) => apiVersionOf(r)))].sort();
  return ok(versions.map((v) => `${v}\n`).join(''));
}
