// How kubectl prints errors: mirrors staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go
// (CheckErr / StandardErrorMessage) and cobra's usage errors.
import { isStatusError } from '../../sim/api/status';
import type { CommandResult } from '../types';

/** `Error from server (NotFound): pods "x" not found` */
export function serverErrorMessage(e: unknown, context?: string): string {
  if (isStatusError(e) && e.status.reason === 'Invalid' && e.status.details) return invalidMessage(e.status.details);
  if (isStatusError(e)) {
    const msg = context ? `${context}: ${e.status.message}` : e.status.message;
    const reason = e.status.reason;
    return reason && reason !== 'Unknown' ? `Error from server (${reason}): ${msg}` : `Error from server: ${msg}`;
  }
  return `error: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * CheckErr's special case for 422 Invalid: `The Pod "x" is invalid: spec.containers[0].image: Required value`,
 * built from the Status details (kind, name, causes), not its message, so the `error when creating
 * "file"` context is dropped as kubectl drops it; several causes go one per line after `* `, duplicates once.
 * (kubectl prints the plain `Error from server (Invalid): …` form only when several objects failed at once.)
 */
function invalidMessage(details: { kind?: string; name?: string; causes?: Array<{ field?: string; message?: string }> }): string {
  const head = details.kind || details.name ? `The ${details.kind ?? ''} "${details.name ?? ''}" is invalid` : 'The request is invalid';
  const causes = [...new Set((details.causes ?? []).map((c) => `${c.field}: ${c.message}`))];
  if (causes.length === 0) return head;
  if (causes.length === 1) return `${head}: ${causes[0]}`;
  return `${head}: \n${causes.map((c) => `* ${c}`).join('\n')}`;
}

export function fail(stderr: string, stdout = ''): CommandResult {
  return { stdout, stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode: 1 };
}

/** A usage error as cobra prints it, with the command's help hint. */
export function usageFail(message: string, command: string): CommandResult {
  const help = command ? `kubectl ${command}` : 'kubectl';
  return fail(`error: ${message}\nSee '${help} --help' for usage.`);
}

/** cobra's flag errors start with a capital E */
export function flagFail(message: string, command: string): CommandResult {
  const help = command ? `kubectl ${command}` : 'kubectl';
  return fail(`Error: ${message}\nSee '${help} --help' for usage.`);
}

export function ok(stdout: string, stderr = ''): CommandResult {
  return { stdout, stderr, exitCode: 0 };
}

/**
 * cobra's missing required flags, which kubectl 1.32 logs through klog rather than printing
 * (`E1122 10:25:29.731602    8676 run.go:72] "command failed" err="required flag(s) \"image\" not set"`);
 * the time is the simulated clock's, the process id a fixed stand-in.
 */
export function requiredFlagsFail(names: string[], now: number): CommandResult {
  const d = new Date(now);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const stamp = `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')}`;
  const list = names.map((n) => `\\"${n}\\"`).join(', ');
  return fail(`E${stamp}    4242 run.go:72] "command failed" err="required flag(s) ${list} not set"`);
}
