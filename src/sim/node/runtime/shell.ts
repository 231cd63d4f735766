// Runs a parsed `sh -c` script in virtual time and returns its ProcessPlan: echo/printf print,
// sleep moves the script's own clock, exit ends it, && || ; combine by exit status.
// The script runs to completion once, up front: its output is fully determined by its text and env.
import { parseScript, ShellSyntaxError, type Node, type Word } from './shell-parse';
import type { FileEvent, LogLine, ProcessPlan } from './process-plan';

export interface ShellEnv {
  vars: Record<string, string>;
  hostname: string;
  /** files that already exist (for exec probes) */
  files?: Set<string>;
  /** what `cat` prints for files it can read (kubectl exec: /etc/hosts, mounted ConfigMaps…) */
  contents?: Record<string, string>;
  /** curl and wget on the pod network (kubectl exec); absent = no network, as in probes */
  net?: (program: 'curl' | 'wget', args: string[]) => { stdout: string; stderr: string; exitCode: number };
}

function fileExists(s: State, path: string): boolean {
  let exists = s.existing.has(path);
  for (const f of s.files) if (f.path === path) exists = f.exists;
  return exists;
}

/** raised inside the interpreter to unwind on `exit` or on a blocking command (`sleep infinity`) */
class Halt {
  constructor(readonly code: number | undefined) {}
}

interface State {
  t: number;
  out: LogLine[];
  vars: Record<string, string>;
  status: number;
  hostname: string;
  silent: number;
  loop?: ProcessPlan['loop'];
  files: FileEvent[];
  /** files present when the script starts (exec probes run in a live container) */
  existing: Set<string>;
  contents: Record<string, string>;
  net?: ShellEnv['net'];
}

const MAX_LINES = 10_000;

/** `sleep` durations: 5, 1.5, 2m, 1h, 1d, infinity (ms; Infinity blocks forever) */
export function parseSleep(arg: string): number | undefined {
  if (arg === 'infinity' || arg === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) return undefined;
  const mult = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]] ?? 1000;
  return Math.round(Number(m[1]) * mult);
}

function expand(w: Word, s: State): string {
  let out = '';
  for (const p of w.parts) {
    if ('lit' in p) out += p.lit;
    else if ('variable' in p) out += p.variable === '?' ? String(s.status) : p.variable === 'HOSTNAME' ? (s.vars.HOSTNAME ?? s.hostname) : (s.vars[p.variable] ?? '');
    else {
      const cmd = p.subst.trim();
      if (cmd === 'date') out += '{time:date}';
      else if (cmd === 'hostname') out += s.hostname;
      else if (cmd.startsWith('echo ')) out += cmd.slice(5).replace(/^["']|["']$/g, '');
    }
  }
  return out;
}

function print(s: State, text: string): void {
  if (s.silent > 0 || s.out.length >= MAX_LINES) return;
  for (const line of text.split('\n')) s.out.push({ at: s.t, text: line });
}

function simple(words: Word[], s: State): void {
  let argv = words.map((w) => expand(w, s));
  // assignments before the command: VAR=value
  while (argv.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0]) && !words[0].quoted) {
    const eq = argv[0].indexOf('=');
    s.vars[argv[0].slice(0, eq)] = argv[0].slice(eq + 1);
    argv = argv.slice(1);
    words = words.slice(1);
  }
  if (argv.length === 0) return void (s.status = 0);
  // redirections: `> /dev/null`, `>&2`, `2>&1`; output to a file is not shown in the logs
  let silent = false;
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^(\d?)(>>?)(&?\d*)(.*)$/.exec(a);
    if (m && !words[i].quoted) {
      const target = m[3] ? m[3] : m[4] || argv[++i] || '';
      if (!target.startsWith('&') && (m[1] === '' || m[1] === '1')) silent = true;
      if (target.startsWith('/') && target !== '/dev/null') s.files.push({ at: s.t, path: target, exists: true });
      continue;
    }
    args.push(a);
  }
  if (silent) s.silent++;
  try {
    builtin(args, s);
  } finally {
    if (silent) s.silent--;
  }
}

function builtin(argv: string[], s: State): void {
  const [cmd, ...args] = argv;
  const name = cmd.replace(/^\/(usr\/)?bin\//, '');
  switch (name) {
    case 'echo': {
      let a = args;
      while (a[0] === '-n' || a[0] === '-e') a = a.slice(1);
      print(s, a.join(' ').replace(/\\n/g, argv.includes('-e') ? '\n' : '\\n'));
      return void (s.status = 0);
    }
    case 'printf': {
      let i = 1;
      const text = (args[0] ?? '').replace(/%[sd]/g, () => args[i++] ?? '').replace(/\\n/g, '\n').replace(/\n$/, '');
      print(s, text);
      return void (s.status = 0);
    }
    case 'sleep': {
      const ms = parseSleep(args[0] ?? '');
      if (ms === undefined) {
        print(s, `sleep: invalid number '${args[0] ?? ''}'`);
        return void (s.status = 1);
      }
      if (ms === Infinity) throw new Halt(undefined);
      s.t += ms;
      return void (s.status = 0);
    }
    case 'exit':
      throw new Halt(args[0] !== undefined ? Number(args[0]) & 255 : s.status);
    case 'true':
    case ':':
      return void (s.status = 0);
    case 'false':
      return void (s.status = 1);
    case 'date':
      print(s, '{time:date}');
      return void (s.status = 0);
    case 'hostname':
      print(s, s.hostname);
      return void (s.status = 0);
    case 'env':
    case 'printenv': {
      const all: Record<string, string> = { HOSTNAME: s.hostname, ...s.vars };
      if (!args[0]) {
        print(s, Object.entries(all).map(([k, v]) => `${k}=${v}`).join('\n'));
        return void (s.status = 0);
      }
      // `printenv A B` prints each set one on its own line; exit 1 if any is unset (coreutils)
      const set = args.filter((a) => all[a] !== undefined);
      if (set.length) print(s, set.map((a) => all[a]).join('\n'));
      return void (s.status = set.length === args.length ? 0 : 1);
    }
    case 'tail':
      if (args.includes('-f')) throw new Halt(undefined);
      return void (s.status = 0);
    case 'export':
      for (const a of args) {
        const eq = a.indexOf('=');
        if (eq > 0) s.vars[a.slice(0, eq)] = a.slice(eq + 1);
      }
      return void (s.status = 0);
    case 'cat': {
      let failed = false;
      for (const f of args) {
        if (!fileExists(s, f)) {
          print(s, `cat: can't open '${f}': No such file or directory`);
          failed = true;
        } else if (s.contents[f] !== undefined) print(s, s.contents[f].replace(/\n$/, ''));
      }
      return void (s.status = failed ? 1 : 0);
    }
    case 'ls': {
      // the directory's entries among the files this container knows of
      const dir = (args.find((a) => !a.startsWith('-')) ?? '/').replace(/\/$/, '');
      const known = new Set([...s.existing, ...Object.keys(s.contents), ...s.files.filter((f) => f.exists).map((f) => f.path)]);
      const entries = new Set<string>();
      for (const p of known) if (p.startsWith(`${dir}/`)) entries.add(p.slice(dir.length + 1).split('/')[0]);
      if (entries.size === 0 && !known.has(dir)) {
        print(s, `ls: ${dir}: No such file or directory`);
        return void (s.status = 1);
      }
      if (entries.size > 0) print(s, [...entries].sort().join('\n'));
      else print(s, dir);
      return void (s.status = 0);
    }
    case 'pwd':
      print(s, '/');
      return void (s.status = 0);
    case 'id':
      print(s, 'uid=0(root) gid=0(root) groups=0(root),10(wheel)');
      return void (s.status = 0);
    case 'whoami':
      print(s, 'root');
      return void (s.status = 0);
    case 'touch':
      for (const f of args) s.files.push({ at: s.t, path: f, exists: true });
      return void (s.status = 0);
    case 'rm': {
      for (const f of args.filter((a) => !a.startsWith('-'))) s.files.push({ at: s.t, path: f, exists: false });
      return void (s.status = 0);
    }
    case 'test':
    case '[': {
      const a = args.filter((x) => x !== ']');
      if (a[0] === '-f' || a[0] === '-e') return void (s.status = fileExists(s, a[1] ?? '') ? 0 : 1);
      return void (s.status = a.length === 3 && a[1] === '=' ? (a[0] === a[2] ? 0 : 1) : 1);
    }
    case 'trap':
    case 'cd':
    case 'mkdir':
    case 'kill':
      return void (s.status = 0);
    case 'exec':
      return args.length ? builtin(args, s) : void (s.status = 0);
    case 'sh':
    case 'bash':
    case 'ash':
      if (args[0] === '-c' && args[1] !== undefined) return run(parseScript(args[1]), s);
      throw new Halt(0); // an interactive shell without a tty reads EOF and exits
    case 'wget':
    case 'nslookup':
    case 'curl': {
      if (s.net && name !== 'nslookup') {
        const r = s.net(name as 'curl' | 'wget', args);
        const text = r.stdout + r.stderr;
        if (text) print(s, text.replace(/\n$/, ''));
        return void (s.status = r.exitCode);
      }
      const host = args.find((a) => !a.startsWith('-')) ?? '';
      print(s, name === 'nslookup' ? `;; connection timed out; no servers could be reached` : `${name}: bad address '${host.replace(/^https?:\/\//, '').split(/[/:]/)[0]}'`);
      return void (s.status = 1);
    }
    default:
      print(s, `sh: ${cmd}: not found`);
      s.status = 127;
  }
}

function run(node: Node, s: State): void {
  switch (node.n) {
    case 'simple':
      return simple(node.words, s);
    case 'list':
      for (const item of node.items) run(item, s);
      return;
    case 'pipe':
      // only the last command's output reaches the container's stdout
      s.silent++;
      try {
        for (const c of node.cmds.slice(0, -1)) run(c, s);
      } finally {
        s.silent--;
      }
      return run(node.cmds[node.cmds.length - 1], s);
    case 'andor':
      run(node.first, s);
      for (const { op, cmd } of node.rest) if ((op === '&&') === (s.status === 0)) run(cmd, s);
      return;
    case 'if':
      run(node.cond, s);
      if (s.status === 0) run(node.then, s);
      else if (node.otherwise) run(node.otherwise, s);
      else s.status = 0;
      return;
    case 'for':
      for (const item of node.items.flatMap((w) => expand(w, s).split(/\s+/).filter(Boolean))) {
        s.vars[node.variable] = item;
        run(node.body, s);
      }
      return;
    case 'while':
      return runWhile(node, s);
  }
}

function runWhile(node: Extract<Node, { n: 'while' }>, s: State): void {
  for (let iteration = 0; iteration < 1000; iteration++) {
    const start = s.t;
    const mark = s.out.length;
    run(node.cond, s);
    if ((s.status === 0) === node.until) return void (s.status = 0);
    run(node.body, s);
    // An iteration that takes time and ends where it began repeats forever: keep it as a loop.
    const period = s.t - start;
    if (iteration === 0 && isEndless(node)) {
      const lines = s.out.splice(mark).map((l) => ({ at: l.at - start, text: l.text }));
      s.loop = { start, period: period > 0 ? period : 1000, lines };
      throw new Halt(undefined);
    }
  }
}

function isEndless(node: Extract<Node, { n: 'while' }>): boolean {
  const c = node.cond;
  const only = c.n === 'list' && c.items.length === 1 ? c.items[0] : c;
  const word = only.n === 'simple' && only.words.length === 1 ? only.words[0].bare : '';
  return node.until ? word === 'false' : word === 'true' || word === ':';
}

/** Runs `script` as `sh -c script` would. */
/**
 * A shell running as a container's PID 1 gets no default signal handlers, so SIGTERM does nothing and
 * the kubelet waits out the grace period before SIGKILL: why `kubectl delete` of a busybox
 * `sh -c '… && sleep 3600'` pod takes 30 seconds on a real cluster. Capped by the grace period.
 */
export const SHELL_IGNORES_SIGTERM_MS = 24 * 3600 * 1000;

export function runShell(script: string, env: ShellEnv): ProcessPlan {
  const s: State = { t: 0, out: [], vars: { ...env.vars }, status: 0, hostname: env.hostname, silent: 0, files: [], existing: env.files ?? new Set(), contents: env.contents ?? {}, net: env.net };
  let exitCode: number | undefined;
  try {
    run(parseScript(script), s);
    exitCode = s.status;
  } catch (e) {
    if (e instanceof Halt) exitCode = e.code;
    else if (e instanceof ShellSyntaxError) {
      s.out.push({ at: s.t, text: `sh: ${e.message}` });
      exitCode = 2;
    } else throw e;
  }
  return { lines: s.out, loop: s.loop, exit: exitCode === undefined ? undefined : { at: s.t, code: exitCode }, stopMs: SHELL_IGNORES_SIGTERM_MS, ...(s.files.length ? { files: s.files } : {}) };
}
