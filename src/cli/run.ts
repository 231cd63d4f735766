// The terminal's one-line shell: splits the line like a shell and runs the program it names.
// kubectl (and its common alias `k`) and `timeout` are the programs for now; helm and az come later.
import { runKubectl } from './kubectl';
import { runCurl } from './curl';
import { tokenize } from './shell/tokenize';
import { isInterrupted, runWithTimeout } from './interrupt';
import type { CliContext, CommandResult } from './types';

export async function runCommand(line: string, ctx: CliContext): Promise<CommandResult> {
  const t = tokenize(line);
  if ('error' in t) return { stdout: '', stderr: `${t.error}\n`, exitCode: 2 };
  try {
    return await runWords(t.words, ctx);
  } catch (e) {
    // Ctrl+C (the context's signal): the command stops where it waited; what it printed stays printed
    if (isInterrupted(e)) return { stdout: '', stderr: '', exitCode: e.exitCode };
    throw e;
  }
}

async function runWords(words: string[], ctx: CliContext): Promise<CommandResult> {
  const [program, ...args] = words;
  if (program === undefined) return { stdout: '', stderr: '', exitCode: 0 };
  if (program === 'kubectl' || program === 'k') return runKubectl(args, ctx);
  if (program === 'curl') return runCurl(args, ctx);
  if (program === 'timeout') return runWithTimeout(args, ctx, runWords);
  return { stdout: '', stderr: `command not found: ${program}\n`, exitCode: 127 };
}
