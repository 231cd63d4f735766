// `kubectl label|annotate TYPE NAME k=v k2- [--overwrite]`: mirrors kubectl/pkg/cmd/label/label.go
// and annotate.go (the messages `pod/x labeled`, `… unlabeled`, `… not labeled`, the overwrite check).
import type { CliContext, CommandResult } from '../types';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { kindPrefix, resolveArgs } from './resolve';

const FLAGS: FlagSpec[] = [...GLOBAL_FLAGS, { name: 'overwrite', type: 'bool' }];

export function kubectlLabelLike(which: 'label' | 'annotate') {
  const field = which === 'label' ? 'labels' : 'annotations';
  const past = which === 'label' ? 'labeled' : 'annotated';
  return async (argv: string[], ctx: CliContext): Promise<CommandResult> => {
    let parsed;
    try {
      parsed = parseFlags(argv, FLAGS);
    } catch (e) {
      if (e instanceof UsageError) return flagFail(e.message, which);
      throw e;
    }
    const { args, flags } = parsed;
    const changes = args.filter((a) => a.includes('=') || (a.endsWith('-') && !a.includes('/')));
    const targets = args.filter((a) => !changes.includes(a));
    if (changes.length === 0) return fail(`error: at least one ${which === 'label' ? 'label' : 'annotation'} update is required`);
    if (targets.length === 0) return fail(`error: one or more resources must be specified as <resource> <name> or <resource>/<name>`);
    const set: Record<string, string> = {};
    const remove: string[] = [];
    for (const c of changes) {
      if (c.endsWith('-') && !c.includes('=')) remove.push(c.slice(0, -1));
      else set[c.slice(0, c.indexOf('='))] = c.slice(c.indexOf('=') + 1);
    }
    const requests = resolveArgs(targets);
    const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
    let stdout = '';
    const errors: string[] = [];
    if (requests.some((r) => r.names.length === 0)) return fail('error: resource(s) were provided, but no name was specified');
    for (const { resource, names } of requests) {
      const namespace = resource.namespaced ? ns : undefined;
      for (const name of names) {
        try {
          const obj = await ctx.client.get(resource, namespace, name);
          const current = { ...((obj.metadata[field] as Record<string, string> | undefined) ?? {}) };
          const clash = Object.keys(set).find((k) => k in current && current[k] !== set[k]);
          if (clash && !flags.overwrite) {
            errors.push(`error: '${clash}' already has a value (${current[clash]}), and --overwrite is false`);
            continue;
          }
          const next = { ...current, ...set };
          for (const k of remove) delete next[k];
          const changed = JSON.stringify(next) !== JSON.stringify(current);
          if (changed) {
            const patch: Record<string, string | null> = { ...set };
            for (const k of remove) patch[k] = null;
            await ctx.client.patch(resource, namespace, name, 'merge', { metadata: { [field]: patch } });
          }
          const verb = !changed ? `not ${past}` : which === 'label' && Object.keys(set).length === 0 ? 'unlabeled' : past;
          stdout += `${kindPrefix(resource)}/${name} ${verb}\n`;
        } catch (e) {
          errors.push(serverErrorMessage(e));
        }
      }
    }
    return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
  };
}
