// Stopping a command that waits: Ctrl+C in the browser terminal, or `timeout DURATION` in a
// transcript. The command's context is wrapped so that, once the signal fires, its next wait or
// API call throws Interrupted — every command stops at its next await, with no code of its own —
// and runCommand turns that into the exit status a shell shows (130 for ^C, 124 for timeout).
import type { KubeClient } from '../sim/api/client';
import type { CliContext, CommandResult } from './types';

export class Interrupted extends Error {
  constructor(readonly exitCode: number) {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

export function isInterrupted(e: unknown): e is Interrupted {
  return e instanceof Interrupted;
}

function guardedClient(client: KubeClient, check: () => void): KubeClient {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        check();
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** `ctx` whose waits end, and whose later calls throw, once `signal` aborts */
export function interruptible(ctx: CliContext, signal: AbortSignal, exitCode = 130): CliContext {
  const check = () => {
    if (signal.aborted) throw new Interrupted(exitCode);
  };
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(new Interrupted(exitCode));
    else signal.addEventListener('abort', () => reject(new Interrupted(exitCode)), { once: true });
  });
  aborted.catch(() => undefined); // observed by the races below; never unhandled
  return {
    ...ctx,
    client: guardedClient(ctx.client, check),
    signal,
    sleep: ctx.sleep
      ? async (ms: number) => {
          check();
          await Promise.race([ctx.sleep!(ms), aborted]);
          check();
        }
      : undefined,
    print: ctx.print
      ? (text: string) => {
          if (!signal.aborted) ctx.print!(text);
        }
      : undefined,
    printError: ctx.printError
      ? (text: string) => {
          if (!signal.aborted) ctx.printError!(text);
        }
      : undefined,
  };
}

/** Go-ish/coreutils durations for `timeout`: 30s, 5m, 1h, 2 (seconds), 1m30s */
export function parseTimeout(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const m = /^(\d+(?:\.\d+)?)(s|m|h|d)$/.exec(text);
  if (m) return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
  return undefined;
}

/**
 * coreutils `timeout DURATION COMMAND`: runs the command and interrupts it once DURATION of
 * (simulated) time has passed in its waits; exit status 124 then, as coreutils reports.
 */
export async function runWithTimeout(args: string[], ctx: CliContext, run: (line: string[], ctx: CliContext) => Promise<CommandResult>): Promise<CommandResult> {
  const [duration, ...command] = args;
  if (duration === undefined || command.length === 0) return { stdout: '', stderr: "timeout: missing operand\nTry 'timeout --help' for more information.\n", exitCode: 125 };
  const limit = parseTimeout(duration);
  if (limit === undefined) return { stdout: '', stderr: `timeout: invalid time interval '${duration}'\nTry 'timeout --help' for more information.\n`, exitCode: 125 };
  const controller = new AbortController();
  let elapsed = 0;
  // what the command prints as it goes: the outer context's, or collected here so that an
  // interrupted command's output is not lost
  let printed = '';
  const timed: CliContext = {
    ...ctx,
    print: ctx.print ?? ((text) => (printed += text)),
    sleep: ctx.sleep
      ? async (ms) => {
          const step = Math.min(ms, limit - elapsed);
          if (step > 0) await ctx.sleep!(step);
          elapsed += Math.max(0, step);
          if (elapsed >= limit) controller.abort();
        }
      : undefined,
  };
  try {
    const r = await run(command, interruptible(timed, controller.signal, 124));
    return { ...r, stdout: printed + r.stdout };
  } catch (e) {
    if (!isInterrupted(e)) throw e;
    return { stdout: printed, stderr: '', exitCode: 124 };
  }
}
