// `kubectl config`: the playground has one context; its namespace is the one thing learners change
// (`kubectl config set-context --current --namespace=dev`). mirrors kubectl/pkg/cmd/config.
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, ok } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { GET_TABWRITER, tabwrite } from './tabwriter';
import { toKubectlJson } from './output/json';
import { executeJsonPath } from './output/jsonpath';
import { toKubectlYaml } from './output/yaml';

/**
 * The kubeconfig `az aks get-credentials` writes for Microsoft's tutorial cluster (myAKSCluster in
 * myResourceGroup): context and cluster named after the cluster, the user clusterUser_<rg>_<cluster>,
 * the server the cluster's API FQDN (<dnsPrefix>-<hash>.hcp.<region>.azmk8s.io).
 */
export const CONTEXT_NAME = 'myAKSCluster';
export const USER_NAME = 'clusterUser_myResourceGroup_myAKSCluster';
export const SERVER_URL = 'https://myaksclust-myresourcegroup-8f3c1a-4k7q2m9x.hcp.japaneast.azmk8s.io:443';

/** `kubectl config view`: secrets shown as kubectl shows them without --raw */
function kubeconfigView(namespace: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    clusters: [{ cluster: { 'certificate-authority-data': 'DATA+OMITTED', server: SERVER_URL }, name: CONTEXT_NAME }],
    contexts: [{ context: { cluster: CONTEXT_NAME, ...(namespace !== 'default' ? { namespace } : {}), user: USER_NAME }, name: CONTEXT_NAME }],
    'current-context': CONTEXT_NAME,
    kind: 'Config',
    preferences: {},
    users: [{ name: USER_NAME, user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED', token: 'REDACTED' } }],
  };
}

function view(output: string | undefined, namespace: string): CommandResult {
  const cfg = kubeconfigView(namespace);
  if (output === undefined || output === 'yaml') return ok(toKubectlYaml(cfg as never));
  if (output === 'json') return ok(toKubectlJson(cfg));
  if (output.startsWith('jsonpath=')) {
    try {
      return ok(executeJsonPath(output.slice('jsonpath='.length), cfg));
    } catch (e) {
      return fail(`error: ${(e as Error).message}`);
    }
  }
  return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,jsonpath,jsonpath-as-json,jsonpath-file,yaml`);
}

const FLAGS: FlagSpec[] = [...GLOBAL_FLAGS, { name: 'current', type: 'bool' }, { name: 'cluster', type: 'string' }, { name: 'user', type: 'string' }, { name: 'output', short: 'o', type: 'string' }, { name: 'minify', type: 'bool' }, { name: 'raw', type: 'bool' }, { name: 'flatten', type: 'bool' }];

export async function kubectlConfig(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'config');
    throw e;
  }
  const { args, flags } = parsed;
  const [sub, ...rest] = args;
  switch (sub) {
    case 'view':
      return view(flags.output as string | undefined, ctx.namespace);
    case 'current-context':
      return ok(`${CONTEXT_NAME}\n`);
    case 'get-contexts': {
      const ns = ctx.namespace === 'default' ? '' : ctx.namespace;
      if (flags.output === 'name') return ok(`${CONTEXT_NAME}\n`);
      return ok(tabwrite(`CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n*\t${CONTEXT_NAME}\t${CONTEXT_NAME}\t${USER_NAME}\t${ns}\n`, GET_TABWRITER));
    }
    case 'set-context': {
      const name = rest[0];
      if (!flags.current && name === undefined) return fail("error: you must specify a non-empty context name or --current");
      if (flags.current && name !== undefined) return fail('error: you cannot specify both a context name and --current');
      if (name !== undefined && name !== CONTEXT_NAME) return fail(`error: kubeplay has one context, "${CONTEXT_NAME}"`);
      const ns = flags.namespace as string | undefined;
      if (ns !== undefined) {
        ctx.namespace = ns;
        ctx.setNamespace?.(ns);
      }
      return ok(`Context "${CONTEXT_NAME}" modified.\n`);
    }
    case undefined:
      return fail('error: kubeplay\'s kubectl supports config view, current-context, get-contexts and set-context --current --namespace=NS');
    default:
      return fail(`error: kubeplay's kubectl does not support "config ${sub}"`);
  }
}
