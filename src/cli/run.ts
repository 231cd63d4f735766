// The terminal's one-line shell: splits the line like a shell and runs the program it names.
// kubectl (and its common alias `k`) are the programs for now; helm and az come later.
import { runKubectl } from './kubectl';
import { tokenize } from './shell/tokenize';
import type { CliContext, CommandResult } from './types';

export async function runCommand(line: string, ctx: CliContext): Promise<CommandResult> {
  const t = tokenize(line);
  if ('error' in t) return { stdout: '', stderr: `${t.error}\n`, exitCode: 2 };
  const [program, ...args] = t.words;
  if (program === undefined) return { stdout: '', stderr: '', exitCode: 0 };
  if (program === 'kubectl' || program === 'k') return runKubectl(args, ctx);
  return { stdout: '', stderr: `command not found: ${program}\n`, exitCode: 127 };
}
