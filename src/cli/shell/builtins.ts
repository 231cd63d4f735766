// The few shell programs the playground's terminal has besides kubectl: echo, cat, ls and pwd over
// the virtual workspace (the editor's files), printf, tee, true/false, and sleep over simulated time, with bash's
// and coreutils' wording. Redirection (`> web.yaml`) is the shell's: ./exec.ts.
import type { CliContext, CommandResult } from '../types';
import { normalizePath } from '../workspace';
import { parseTimeout } from '../interrupt';
import { echo, printf } from './printf';
import { date } from './date';

const ok = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

export const BUILTINS = ['echo', 'printf', 'cat', 'tee', 'ls', 'pwd', 'true', 'false', 'sleep', 'clear', 'date'];

export function runBuiltin(program: string, args: string[], ctx: CliContext): CommandResult | Promise<CommandResult> | undefined {
  const ws = ctx.workspace;
  switch (program) {
    case 'true':
      return ok('');
    case 'date':
      return date(args, ctx);
    case 'clear':
      // what ncurses' clear writes for xterm: home, erase the screen and the scrollback (the terminal
      // clears by itself when `clear` is the whole line; this is for `…; clear`)
      return ok('\x1b[H\x1b[2J\x1b[3J');
    case 'false':
      return { stdout: '', stderr: '', exitCode: 1 };
    case 'sleep':
      return sleep(args, ctx);
    case 'echo':
      return echo(args);
    case 'printf':
      return printf(args);
    case 'tee':
      return tee(args, ctx);
    case 'pwd':
      return ok('/workspace\n');
    case 'cat': {
      let stdout = '';
      let stderr = '';
      // -n numbers the lines across all files, as coreutils does
      const bad = args.find((a) => a.startsWith('-') && a !== '-' && !/^-n+$/.test(a) && a !== '--number');
      if (bad) return { stdout: '', stderr: bad.startsWith('--') ? `cat: unrecognized option '${bad}'\nTry 'cat --help' for more information.\n` : `cat: invalid option -- '${[...bad.slice(1)].find((c) => c !== 'n')}'\nTry 'cat --help' for more information.\n`, exitCode: 1 };
      const number = args.some((a) => /^-n+$/.test(a) || a === '--number');
      const files = args.filter((a) => !/^-n+$/.test(a) && a !== '--number');
      for (const f of files.length ? files : ['-']) {
        const text = f === '-' ? (ctx.stdin ?? '') : ws.read(f);
        if (text !== undefined) stdout += text;
        else stderr += ws.exists(f) ? `cat: ${f}: Is a directory\n` : `cat: ${f}: No such file or directory\n`;
      }
      if (number) stdout = stdout.split(/(?<=\n)/).filter((l) => l !== '').map((l, i) => `${String(i + 1).padStart(6)}\t${l}`).join('');
      return { stdout, stderr, exitCode: stderr ? 1 : 0 };
    }
    case 'ls': {
      const targets = args.filter((a) => !a.startsWith('-'));
      const long = args.some((a) => a.startsWith('-') && a.includes('l'));
      // names starting with a dot (a chart's .helmignore) are listed only with -a or -A, as coreutils does
      const hidden = args.some((a) => /^-[a-zA-Z]*[aA]/.test(a));
      let stdout = '';
      let stderr = '';
      for (const t of targets.length ? targets : ['']) {
        if (t && !ws.exists(t)) {
          stderr += `ls: cannot access '${t}': No such file or directory\n`;
          continue;
        }
        if (t && ws.read(t) !== undefined) {
          stdout += long ? `-rw-r--r-- 1 learner learner ${new TextEncoder().encode(ws.read(t)!).length} ${t}\n` : `${t}\n`;
          continue;
        }
        const entries = ws.list(normalizePath(t)).filter((e) => hidden || !e.startsWith('.'));
        if (targets.length > 1) stdout += `${t}:\n`;
        if (!long) {
          stdout += entries.map((e) => `${e}\n`).join('');
          continue;
        }
        // coreutils' long format: a `total` of 1K blocks (4K per file or folder started), then a line each
        const sizes = entries.map((e) => {
          const text = ws.read(normalizePath(`${t}/${e}`));
          return text === undefined ? -1 : new TextEncoder().encode(text).length;
        });
        const blocks = sizes.reduce((n, size) => n + (size < 0 ? 4 : Math.ceil(size / 4096) * 4), 0);
        stdout += `total ${blocks}\n`;
        stdout += entries.map((e, i) => (sizes[i] < 0 ? `drwxr-xr-x 2 learner learner 4096 ${e}\n` : `-rw-r--r-- 1 learner learner ${sizes[i]} ${e}\n`)).join('');
      }
      return { stdout, stderr, exitCode: stderr ? 2 : 0 };
    }
    default:
      return undefined;
  }
}

/** coreutils sleep: durations add up (`sleep 1m 30s`), and pass in simulated time */
async function sleep(args: string[], ctx: CliContext): Promise<CommandResult> {
  const usage = "Try 'sleep --help' for more information.\n";
  if (args.length === 0) return { stdout: '', stderr: `sleep: missing operand\n${usage}`, exitCode: 1 };
  let ms = 0;
  for (const a of args) {
    const d = parseTimeout(a);
    if (d === undefined) return { stdout: '', stderr: `sleep: invalid time interval \u2018${a}\u2019\n${usage}`, exitCode: 1 };
    ms += d;
  }
  if (ctx.sleep) await ctx.sleep(ms);
  return ok('');
}

/** coreutils tee: stdin to each file (-a appends) and on to stdout */
function tee(args: string[], ctx: CliContext): CommandResult {
  const append = args.includes('-a') || args.includes('--append');
  const input = ctx.stdin ?? '';
  let stderr = '';
  for (const f of args.filter((a) => a !== '-a' && a !== '--append')) {
    if (ctx.workspace.exists(f) && ctx.workspace.read(f) === undefined) stderr += `tee: ${f}: Is a directory\n`;
    else ctx.workspace.write(f, (append ? (ctx.workspace.read(f) ?? '') : '') + input);
  }
  return { stdout: input, stderr, exitCode: stderr ? 1 : 0 };
}
