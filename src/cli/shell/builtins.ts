// The few shell programs the playground's terminal has besides kubectl: echo, cat, ls and pwd over
// the virtual workspace (the editor's files), with bash's and coreutils' wording; and `> file` /
// `>> file` redirection of any command's output into the workspace, so that
// `kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml` works.
import type { CommandResult, Workspace } from '../types';
import { normalizePath } from '../workspace';

const ok = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

export const BUILTINS = ['echo', 'cat', 'ls', 'pwd'];

export function runBuiltin(program: string, args: string[], ws: Workspace): CommandResult | undefined {
  switch (program) {
    case 'echo': {
      const newline = args[0] !== '-n';
      const words = newline ? args : args.slice(1);
      return ok(words.join(' ') + (newline ? '\n' : ''));
    }
    case 'pwd':
      return ok('/workspace\n');
    case 'cat': {
      let stdout = '';
      let stderr = '';
      for (const f of args) {
        const text = ws.read(f);
        if (text !== undefined) stdout += text;
        else stderr += ws.exists(f) ? `cat: ${f}: Is a directory\n` : `cat: ${f}: No such file or directory\n`;
      }
      return { stdout, stderr, exitCode: stderr ? 1 : 0 };
    }
    case 'ls': {
      const targets = args.filter((a) => !a.startsWith('-'));
      const long = args.some((a) => a.startsWith('-') && a.includes('l'));
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
        const entries = ws.list(normalizePath(t));
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

/** `cmd … > file` / `>> file`: the words without the redirection, and where stdout goes */
export function splitRedirect(words: string[]): { words: string[]; target?: { path: string; append: boolean } } | { error: string } {
  const i = words.findIndex((w) => w === '>' || w === '>>' || /^>>?[^>]/.test(w));
  if (i < 0) return { words };
  const w = words[i];
  const append = w.startsWith('>>');
  const inline = w.slice(append ? 2 : 1);
  const path = inline || words[i + 1];
  if (!path) return { error: "bash: syntax error near unexpected token `newline'" };
  const rest = [...words.slice(0, i), ...words.slice(i + (inline ? 1 : 2))];
  return { words: rest, target: { path, append } };
}
