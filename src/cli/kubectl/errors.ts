// How kubectl prints errors: mirrors staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go
// (CheckErr / StandardErrorMessage) and cobra's usage errors.
import { isStatusError } from '../../sim/api/status';
import type { CommandResult } from '../types';

/** `Error from server (NotFound): pods "x" not found` */
export function serverErrorMessage(e: unknown, context?: string): string {
  if (isStatusError(e)) {
    const msg = context ? `${context}: ${e.status.message}` : e.status.message;
    const reason = e.status.reason;
    return reason && reason !== 'Unknown' ? `Error from server (${reason}): ${msg}` : `Error from server: ${msg}`;
  }
  return `error: ${e instanceof Error ? e.message : String(e)}`;
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
