// The terminal's shell: parses the line like bash (src/cli/shell/parse.ts: pipes, redirections,
// `&&`/`||`/`;`, here-documents) and runs the programs it names: kubectl (and its common alias `k`),
// curl, timeout, sleep, the workspace's echo/cat/ls/pwd and the text filters learners pipe into
// (grep, head, tail, wc, sort, uniq, cut, tr, base64, a tiny awk) and xargs; helm, and az (the `az aks` group over src/sim/aks).
import { runKubectl } from './kubectl';
import { runCurl } from './curl';
import { runHelm } from './helm';
import { runAz } from './az';
import { parseShell } from './shell/parse';
import { runList } from './shell/exec';
import { FILTERS, runFilter } from './shell/filters';
import { BUILTINS, runBuiltin } from './shell/builtins';
import { runXargs } from './shell/xargs';
import { isInterrupted, runWithTimeout } from './interrupt';
import type { CliContext, CommandResult } from './types';

export async function runCommand(line: string, ctx: CliContext): Promise<CommandResult> {
  const parsed = parseShell(line);
  if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}\n`, exitCode: 2 };
  const warnings = parsed.warnings.map((w) => `${w}\n`).join('');
  try {
    const r = await runList(parsed.items, ctx, runProgram);
    return warnings ? { ...r, stderr: warnings + r.stderr } : r;
  } catch (e) {
    // Ctrl+C (the context's signal): the command stops where it waited; what it printed stays printed
    if (isInterrupted(e)) return { stdout: '', stderr: '', exitCode: e.exitCode };
    throw e;
  }
}

async function runProgram(words: string[], ctx: CliContext): Promise<CommandResult> {
  const [program, ...args] = words;
  if (program === undefined) return { stdout: '', stderr: '', exitCode: 0 };
  if (program === 'kubectl' || program === 'k') return runKubectl(args, ctx);
  if (program === 'curl') return runCurl(args, ctx);
  if (program === 'helm') return runHelm(args, ctx);
  if (program === 'az') return runAz(args, ctx);
  if (program === 'timeout') return runWithTimeout(args, ctx, runProgram);
  if (program === 'xargs') return runXargs(args, ctx, runProgram, isProgram);
  const builtin = (await runBuiltin(program, args, ctx)) ?? runFilter(program, args, ctx.stdin, ctx.workspace);
  if (builtin) return builtin;
  return { stdout: '', stderr: `command not found: ${program}\n`, exitCode: 127 };
}

const PROGRAMS = new Set(['kubectl', 'k', 'curl', 'helm', 'az', 'timeout', 'xargs', ...BUILTINS, ...FILTERS]);
const isProgram = (program: string) => PROGRAMS.has(program);
