// `kubectl config`: the playground has one context; its namespace is the one thing learners change
// (`kubectl config set-context --current --namespace=dev`). mirrors kubectl/pkg/cmd/config.
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, ok } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { GET_TABWRITER, tabwrite } from './tabwriter';

/** the kubeconfig context (and cluster and user) name the playground reports */
export const CONTEXT_NAME = 'kubeplay';

const FLAGS: FlagSpec[] = [...GLOBAL_FLAGS, { name: 'current', type: 'bool' }, { name: 'cluster', type: 'string' }, { name: 'user', type: 'string' }, { name: 'output', short: 'o', type: 'string' }];

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
    case 'current-context':
      return ok(`${CONTEXT_NAME}\n`);
    case 'get-contexts': {
      const ns = ctx.namespace === 'default' ? '' : ctx.namespace;
      if (flags.output === 'name') return ok(`${CONTEXT_NAME}\n`);
      return ok(tabwrite(`CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n*\t${CONTEXT_NAME}\t${CONTEXT_NAME}\t${CONTEXT_NAME}\t${ns}\n`, GET_TABWRITER));
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
      return fail('error: kubeplay\'s kubectl supports config current-context, get-contexts and set-context --current --namespace=NS');
    default:
      return fail(`error: kubeplay's kubectl does not support "config ${sub}"`);
  }
}
