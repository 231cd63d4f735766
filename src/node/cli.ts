// The `kubeplay` command line (bin/kubeplay.mjs runs this file through tsx).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_SEED, runScript } from './script';
import { runServe } from '../server/cli';
import { runHelmCli } from './helm';

export const USAGE = `Usage: kubeplay <command> [options]

Commands:
  script FILE [--seed S] [--workspace DIR]
      Run a transcript of terminal commands (kubectl …) on a fresh simulated cluster and print
      each command as "$ <command>" followed by its output. "# …" lines and blank lines are
      skipped; "sleep 30s" advances simulated time; "cat <<'EOF' > file … EOF" writes a file.
      --seed S          seed for random names (default ${DEFAULT_SEED}); same seed, same output
      --workspace DIR   copy DIR's files into the virtual workspace first
  helm template [NAME] CHART_DIR [--set K=V] [-f values.yaml] [-n NS] …
      Render a chart from the local disk as \`helm template\` does (also helm show and helm create):
      the playground's Helm engine, no cluster, output comparable with the real helm's.
  serve [--port N] [--host H] [--speed X] [--seed S] [--kubeconfig PATH]
      Serve a simulated cluster as a Kubernetes API on http://127.0.0.1:6443 for the real kubectl
      and print the export KUBECONFIG=… line to use it (see README).

Options:
  -h, --help   print this help
`;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs the CLI with argv (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    (cmd === undefined ? io.stderr : io.stdout)(USAGE);
    return cmd === undefined ? 1 : 0;
  }
  if (cmd === 'serve') return runServe(rest, io);
  if (cmd === 'helm') return runHelmCli(rest, io);
  if (cmd !== 'script') {
    io.stderr(`kubeplay: unknown command "${cmd}"\nRun 'kubeplay --help' for usage.\n`);
    return 1;
  }
  const parsed = parseScriptArgs(rest);
  if (typeof parsed === 'string') {
    io.stderr(`kubeplay script: ${parsed}\nRun 'kubeplay --help' for usage.\n`);
    return 1;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  let text: string;
  let files: Record<string, string> = {};
  try {
    text = readFileSync(parsed.file, 'utf8');
  } catch (e) {
    io.stderr(`kubeplay script: cannot read ${parsed.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 1;
  }
  if (parsed.workspace !== undefined) {
    try {
      files = readTree(parsed.workspace);
    } catch (e) {
      io.stderr(`kubeplay script: cannot read workspace ${parsed.workspace}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return 1;
    }
  }
  try {
    io.stdout(await runScript(text, { seed: parsed.seed, files }));
  } catch (e) {
    io.stderr(`kubeplay script: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  return 0;
}

interface ScriptArgs {
  file: string;
  seed: number | string;
  workspace?: string;
  help?: boolean;
}

export function parseScriptArgs(args: string[]): ScriptArgs | string {
  let file: string | undefined;
  let seed: number | string = DEFAULT_SEED;
  let workspace: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? args[++i];
    if (name === '-h' || name === '--help') return { file: '', seed, help: true };
    if (name === '--seed') {
      const v = value();
      if (v === undefined || v === '') return 'flag needs an argument: --seed';
      seed = /^\d+$/.test(v) ? Number(v) : v;
    } else if (name === '--workspace') {
      const v = value();
      if (v === undefined || v === '') return 'flag needs an argument: --workspace';
      workspace = v;
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown flag: ${a}`;
    } else if (file === undefined) {
      file = a;
    } else {
      return `unexpected argument: ${a}`;
    }
  }
  if (file === undefined) return 'missing FILE';
  return { file, seed, workspace };
}

/** Every file under dir, keyed by its path relative to dir with '/' separators. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}
