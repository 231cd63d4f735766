// `kubectl edit TYPE NAME` / `TYPE/NAME`: mirrors kubectl/pkg/cmd/edit and cmd/util/editor/editoptions.go.
// The command only opens the buffer (CommandResult.edit); the UI shows it in a tab, and saving calls
// submitEdit, which patches the object and prints `deployment.apps/web edited`, or returns the buffer
// to re-open with the failure as comments at the top, as kubectl re-opens its editor.
import { isStatusError } from '../../sim/api/status';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult, EditRequest } from '../types';
import { editBuffer, identityChanged, mergePatch, parseEdited, stripManagedFields, type EditReason } from './edit-patch';
import { fail, flagFail, serverErrorMessage } from './errors';
import { GLOBAL_FLAGS, parseFlags, UsageError, type FlagSpec } from './flags';
import { withTypeMeta } from './output/objects';
import { kindPrefix, resolveArgs, ResolveError } from './resolve';

const FLAGS: FlagSpec[] = [...GLOBAL_FLAGS];

export const NO_EDITOR = 'error: kubectl edit needs an editor: run it in the Kubeplay playground, where it opens the object in the editor\n';

export async function kubectlEdit(argv: string[], ctx: CliContext): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return flagFail(e.message, 'edit');
    throw e;
  }
  const { args, flags } = parsed;
  if (args.length === 0) return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
  let requests;
  try {
    requests = resolveArgs(args);
  } catch (e) {
    if (e instanceof ResolveError) return fail(`error: ${e.message}\n`);
    throw e;
  }
  const names = requests.flatMap((r) => r.names.map((name) => ({ resource: r.resource, name })));
  if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified\n');
  if (names.length > 1) return fail('error: Kubeplay edits one object at a time\n');
  if (!ctx.editor) return fail(NO_EDITOR);
  const { resource, name } = names[0];
  const namespace = resource.namespaced ? ((flags.namespace as string | undefined) ?? ctx.namespace) : undefined;
  let obj: KubeObject;
  try {
    obj = withTypeMeta(await ctx.client.get(resource, namespace, name), resource);
  } catch (e) {
    return fail(`${serverErrorMessage(e)}\n`);
  }
  const original = stripManagedFields(obj);
  const edit: EditRequest = {
    gvr: { group: resource.group, version: resource.version, resource: resource.resource },
    namespace,
    name,
    ref: `${kindPrefix(resource)}/${name}`,
    fileName: `kubectl-edit-${resource.kind.toLowerCase()}-${name}.yaml`,
    buffer: editBuffer(original),
    original,
  };
  return { stdout: '', stderr: '', exitCode: 0, edit };
}

/** What a save did: the final result for the terminal, or `reopen` = show this buffer again and wait. */
export type EditOutcome = CommandResult & { reopen?: EditRequest };

/** The tab was saved with `text`. */
export async function submitEdit(ctx: CliContext, edit: EditRequest, text: string): Promise<EditOutcome> {
  const parsed = parseEdited(text);
  if (parsed.kind === 'empty') return { stdout: '', stderr: 'Edit cancelled, saved file was empty.\n', exitCode: 0 };
  const reopen = (reasons: EditReason[], body: unknown): EditOutcome => ({
    stdout: '',
    stderr: '',
    exitCode: 1,
    reopen: { ...edit, failed: true, buffer: editBuffer(body as KubeObject, reasons) },
  });
  if (parsed.kind === 'error') {
    // kubectl keeps the user's text; a YAML error cannot be re-rendered, so the comment goes on top of it
    return { stdout: '', stderr: '', exitCode: 1, reopen: { ...edit, failed: true, buffer: `${headerWith([{ head: `The edited file had a syntax error: ${parsed.message}`, other: [] }])}${stripBody(text)}` } };
  }
  const edited = parsed.object;
  const original = edit.original as KubeObject;
  const patch = mergePatch(original, edited);
  if (patch === undefined) {
    return edit.failed
      ? { stdout: '', stderr: 'error: Edit cancelled, no valid changes were saved.\n', exitCode: 1 }
      : { stdout: '', stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 };
  }
  if (identityChanged(original, edited)) return reopen([{ head: 'At least one of apiVersion, kind and name was changed', other: [] }], edited);
  try {
    await ctx.client.patch(edit.gvr, edit.namespace, edit.name, 'merge', patch);
  } catch (e) {
    if (isStatusError(e) && e.status.reason === 'Invalid') {
      const causes = (e.status.details?.causes ?? []).map((c) => `${c.field}: ${c.message}`);
      return reopen([{ head: `${resourceRef(edit)} "${edit.name}" was not valid:`, other: causes }], edited);
    }
    return { stdout: '', stderr: `${serverErrorMessage(e)}\n`, exitCode: 1 };
  }
  return { stdout: `${edit.ref} edited\n`, stderr: '', exitCode: 0 };
}

/** The tab was closed without saving. */
export function cancelEdit(edit: EditRequest): CommandResult {
  return edit.failed
    ? { stdout: '', stderr: 'error: Edit cancelled, no valid changes were saved.\n', exitCode: 1 }
    : { stdout: '', stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 };
}

/** `deployments.apps`: kubectl names the resource in its `was not valid` comment this way */
function resourceRef(edit: EditRequest): string {
  return edit.gvr.group ? `${edit.gvr.resource}.${edit.gvr.group}` : edit.gvr.resource;
}

function headerWith(reasons: EditReason[]): string {
  const full = editBuffer({ apiVersion: '', kind: '', metadata: {} }, reasons);
  return full.slice(0, full.lastIndexOf('#\n') + 2);
}

function stripBody(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}
