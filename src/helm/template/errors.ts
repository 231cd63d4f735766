// Errors shaped as Go's: each carries Go's Error() text and the error it wraps (errors.Unwrap),
// which Helm walks to reformat exec errors (pkg/engine/engine.go reformatExecErrorMsg).
export class GoError extends Error {
  constructor(message: string, override readonly cause?: Error) {
    super(message);
  }
}

/** text/template's ExecError: `template: LOC: executing "NAME" at <CTX>: MSG` */
export class ExecError extends GoError {
  constructor(readonly templateName: string, message: string, cause?: Error) {
    super(message, cause);
  }
}

/** a function's error, wrapped as exec.go does: "error calling NAME: %w" */
export class FuncError extends GoError {}

/** the chain errors.Unwrap walks: ExecError → its Err (same text) → what that wraps */
export function unwrapChain(err: Error): Error[] {
  const out: Error[] = [];
  let cur: Error | undefined = err;
  while (cur) {
    out.push(cur);
    if (cur instanceof ExecError) {
      // ExecError.Unwrap gives its Err, whose text is the same; that Err wraps the cause
      out.push(new GoError(cur.message));
    }
    cur = cur instanceof GoError ? cur.cause : undefined;
  }
  return out;
}
