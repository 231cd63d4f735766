// The terminal's one-line shell: splits the line like a shell and runs the program it names.
// kubectl (and its common alias `k`), curl, timeout and the workspace's echo/cat/ls/pwd, with `> file`
// redirection; helm and az come later.
import { runKubectl } from './kubectl';
import { runCurl } from './curl';
import { tokenize } from './shell/tokenize';
import { runBuiltin, splitRedirect } from './shell/builtins';
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

async function runWords(all: string[], ctx: CliContext): Promise<CommandResult> {
  const split = splitRedirect(all);
  if ('error' in split) return { stdout: '', stderr: `${split.error}\n`, exitCode: 2 };
  if (!split.target) return runProgram(split.words, ctx);
  // `> file`: what the command prints goes into the workspace file instead of the terminal
  const { path, append } = split.target;
  if (ctx.workspace.exists(path) && ctx.workspace.read(path) === undefined) return { stdout: '', stderr: `bash: ${path}: Is a directory\n`, exitCode: 1 };
  let printed = '';
  const r = await runProgram(split.words, { ...ctx, print: (text) => (printed += text) });
  ctx.workspace.write(path, (append ? (ctx.workspace.read(path) ?? '') : '') + printed + r.stdout);
  return { ...r, stdout: '', streamed: undefined };
}

async function runProgram(words: string[], ctx: CliContext): Promise<CommandResult> {
  const [program, ...args] = words;
  if (program === undefined) return { stdout: '', stderr: '', exitCode: 0 };
  if (program === 'kubectl' || program === 'k') return runKubectl(args, ctx);
  if (program === 'curl') return runCurl(args, ctx);
  if (program === 'timeout') return runWithTimeout(args, ctx, runWords);
  const builtin = runBuiltin(program, args, ctx.workspace);
  if (builtin) return builtin;
  return { stdout: '', stderr: `command not found: ${program}\n`, exitCode: 127 };
}
