// findutils xargs: runs a command with the words of its stdin appended (`kubectl get pods -o name |
// xargs kubectl delete`), -n N per run, -I R once per line with R replaced, -r to skip an empty input.
// Exit status 123 when a run failed, 127 when the command does not exist (xargs.c).
import type { CliContext, CommandResult } from '../types';
import { usageError } from './filters/options';

export type Runner = (words: string[], ctx: CliContext) => Promise<CommandResult>;

export async function runXargs(args: string[], ctx: CliContext, run: Runner, known: (program: string) => boolean): Promise<CommandResult> {
  let perRun = 0;
  let replace: string | undefined;
  let skipEmpty = false;
  let i = 0;
  // options come before the command (no permuting: the command's own flags are its own)
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-r' || a === '--no-run-if-empty') skipEmpty = true;
    else if (a.startsWith('-n')) {
      const v = a.length > 2 ? a.slice(2) : args[++i];
      if (v === undefined) return usageError('xargs', "option requires an argument -- 'n'");
      if (!/^\d+$/.test(v) || Number(v) < 1) return usageError('xargs', `invalid number "${v}" for -n option`);
      perRun = Number(v);
    } else if (a.startsWith('-I')) {
      replace = a.length > 2 ? a.slice(2) : args[++i];
      if (replace === undefined) return usageError('xargs', "option requires an argument -- 'I'");
    } else return usageError('xargs', a.startsWith('--') ? `unrecognized option '${a}'` : `invalid option -- '${a[1]}'`);
  }
  const command = args.length > i ? args.slice(i) : ['echo'];
  if (!known(command[0])) return { stdout: '', stderr: `xargs: ${command[0]}: No such file or directory\n`, exitCode: 127 };
  const input = ctx.stdin ?? '';
  const runs: string[][] = [];
  if (replace !== undefined) {
    for (const line of input.split('\n').map((l) => l.trim()).filter((l) => l !== '')) runs.push(command.map((w) => w.split(replace!).join(line)));
  } else {
    const words = input.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0 && !skipEmpty) runs.push(command);
    for (let k = 0; k < words.length; k += perRun || words.length) runs.push([...command, ...words.slice(k, k + (perRun || words.length))]);
  }
  let stdout = '';
  let stderr = '';
  let failed = false;
  for (const words of runs) {
    // each run's stdin is empty, as xargs gives its commands /dev/null
    const r = await run(words, { ...ctx, stdin: undefined });
    stdout += r.stdout;
    stderr += r.stderr;
    if (r.exitCode !== 0) failed = true;
  }
  return { stdout, stderr, exitCode: failed ? 123 : 0 };
}
