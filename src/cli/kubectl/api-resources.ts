// `kubectl api-resources`: the served kinds from the resource table, core group first, each group's
// resources by name. mirrors kubectl/pkg/cmd/apiresources/apiresources.go (columns and order).
import { apiVersionOf, RESOURCES } from '../../sim/api/resources';
import type { CliContext, CommandResult } from '../types';
import { flagFail, ok } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError } from './flags';
import { GET_TABWRITER, tabwrite } from './tabwriter';

export async function kubectlApiResources(argv: string[], _ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, [...GLOBAL_FLAGS, { name: 'namespaced', type: 'bool' }, { name: 'api-group', type: 'string' }, { name: 'output', short: 'o', type: 'string' }, { name: 'no-headers', type: 'bool' }]);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'api-resources');
    throw e;
  }
  const { flags } = parsed;
  const groups = [...new Set(RESOURCES.map((r) => r.group))].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1));
  const rows = RESOURCES.filter((r) => flags.namespaced === undefined || r.namespaced === flags.namespaced)
    .filter((r) => flags['api-group'] === undefined || r.group === flags['api-group'])
    .sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || (a.resource < b.resource ? -1 : 1));
  if (flags.output === 'name') return ok(rows.map((r) => (r.group ? `${r.resource}.${r.group}\n` : `${r.resource}\n`)).join(''));
  const lines = rows.map((r) => `${r.resource}\t${r.shortNames.join(',')}\t${apiVersionOf(r)}\t${r.namespaced}\t${r.kind}`);
  if (!flags['no-headers']) lines.unshift('NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND');
  return ok(tabwrite(`${lines.join('\n')}\n`, GET_TABWRITER));
}
