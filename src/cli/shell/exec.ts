// Runs a parsed command line as bash would: `;`/newline lists, `&&`/`||` by exit status, pipelines
// (each stage's stdout is the next one's stdin, every stage's stderr goes to the terminal, the
// pipeline's status is the last stage's), and redirections applied left to right (`> f 2>&1` sends
// both to f, `2>&1 > f` only stdout). Stages run one after another on complete output: a stage that
// never ends (`kubectl get -w | grep x`) shows nothing until Ctrl+C; then the later stages still
// filter what it printed (as they would have as it came), and the rest of the line does not run.
import type { CliContext, CommandResult } from '../types';
import { isInterrupted } from '../interrupt';
import { parseShell, type ListItem, type SimpleCommand } from './parse';
import { expandCommand, expandWord, hasExpansion, shellState, type Substitute } from './expand';

/** runs one program (its words) with ctx.stdin as its input */
export type ProgramRunner = (words: string[], ctx: CliContext) => Promise<CommandResult>;

type Sink = { kind: 'out' } | { kind: 'err' } | { kind: 'null' } | { kind: 'file'; path: string; append: boolean; text: string };

/**
 * `ctx` with other stdin/print for one stage; its namespace stays the shell's, so that
 * `kubectl config set-context --current --namespace=x` in a list or pipeline outlives the stage.
 */
function derive(ctx: CliContext, extra: Partial<CliContext>): CliContext {
  const child: CliContext = { ...ctx, ...extra };
  Object.defineProperty(child, 'namespace', { get: () => ctx.namespace, set: (ns: string) => (ctx.namespace = ns), enumerable: true });
  return child;
}

const fail = (stderr: string, exitCode = 1): CommandResult => ({ stdout: '', stderr, exitCode });

export async function runList(items: ListItem[], ctx: CliContext, run: ProgramRunner): Promise<CommandResult> {
  let stdout = '';
  let stderr = '';
  let status = 0;
  let last: CommandResult | undefined;
  for (const item of items) {
    if (item.when === '&&' && status !== 0) continue;
    if (item.when === '||' && status === 0) continue;
    // Ctrl+C ends the whole line, as SIGINT does the shell's foreground job
    if (ctx.signal?.aborted) break;
    // what an earlier command printed is shown before the next one starts
    if (last && ctx.print && last.stdout) ctx.print(last.stdout);
    else if (last) stdout += last.stdout;
    if (last && ctx.printError && last.stderr) ctx.printError(last.stderr);
    else if (last) stderr += last.stderr;
    last = await runPipeline(item.pipeline, ctx, run);
    status = last.exitCode;
    shellState(ctx).status = status;
  }
  if (!last) return { stdout: '', stderr: '', exitCode: 0 };
  return { ...last, stdout: stdout + last.stdout, stderr: stderr + last.stderr, exitCode: ctx.signal?.aborted && items.length > 1 ? 130 : status };
}

async function runPipeline(stages: SimpleCommand[], ctx: CliContext, run: ProgramRunner): Promise<CommandResult> {
  let input = ctx.stdin;
  let stderr = '';
  let r: CommandResult = { stdout: '', stderr: '', exitCode: 0 };
  for (let k = 0; k < stages.length; k++) {
    const final = k === stages.length - 1;
    r = await runSimple(stages[k], derive(ctx, { stdin: input }), run, final);
    stderr += r.stderr;
    input = r.stdout;
  }
  return { ...r, stderr };
}

/** one command with its redirections; `final`: its stdout goes to the terminal (else to a pipe) */
async function runSimple(raw: SimpleCommand, ctx: CliContext, run: ProgramRunner, final: boolean): Promise<CommandResult> {
  const expanded = await expand(raw, ctx, run);
  if ('exitCode' in expanded) return expanded;
  const { cmd, errors } = expanded;
  const r = await runExpanded(cmd, ctx, run, final);
  return errors ? { ...r, stderr: errors + r.stderr } : r;
}

/** the command with its variables and `$(…)` replaced; `NAME=value` alone sets the variable instead */
async function expand(cmd: SimpleCommand, ctx: CliContext, run: ProgramRunner): Promise<{ cmd: SimpleCommand; errors: string } | CommandResult> {
  const marked = (r: SimpleCommand['redirects'][number]) => hasExpansion(r.target ?? '') || hasExpansion(r.body ?? '');
  if (!cmd.words.some(hasExpansion) && !cmd.redirects.some(marked) && !cmd.words.some((w) => /^[A-Za-z_]\w*=/.test(w))) return { cmd, errors: '' };
  const state = shellState(ctx);
  const errors: string[] = [];
  // $(…) runs with no stdin; its errors reach the terminal, its output becomes words
  const substitute: Substitute = async (text) => {
    const parsed = parseShell(text);
    if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}\n` };
    const r = await runList(parsed.items, derive(ctx, { stdin: undefined, print: undefined, printError: undefined }), run);
    return { stdout: r.stdout, stderr: r.stderr };
  };
  const { words, assigned } = await expandCommand(cmd.words, state, substitute, errors);
  if (assigned) return { stdout: '', stderr: errors.join(''), exitCode: 0 };
  const redirects = [];
  for (const r of cmd.redirects) {
    if (r.target !== undefined) redirects.push({ ...r, target: (await expandWord(r.target, state, substitute, errors, false))[0] });
    else if (r.body !== undefined) redirects.push({ ...r, body: (await expandWord(r.body, state, substitute, errors, false))[0] });
    else redirects.push(r);
  }
  return { cmd: { words, redirects }, errors: errors.join('') };
}

async function runExpanded(cmd: SimpleCommand, ctx: CliContext, run: ProgramRunner, final: boolean): Promise<CommandResult> {
  let stdin = ctx.stdin;
  let fd1: Sink = { kind: 'out' };
  let fd2: Sink = { kind: 'err' };
  const files: Extract<Sink, { kind: 'file' }>[] = [];
  for (const r of cmd.redirects) {
    switch (r.op) {
      case '<': {
        const path = r.target!;
        const text = path === '/dev/null' ? '' : ctx.workspace.read(path);
        if (text === undefined) return fail(ctx.workspace.exists(path) ? `bash: ${path}: Is a directory\n` : `bash: ${path}: No such file or directory\n`);
        stdin = text;
        break;
      }
      case '<<':
        stdin = r.body ?? '';
        break;
      case '<<<':
        stdin = `${r.target ?? ''}\n`;
        break;
      case '2>&1':
        fd2 = fd1;
        break;
      case '>&2':
        fd1 = fd2;
        break;
      default: {
        const sink = openSink(r.target!, r.op.endsWith('>>'), ctx);
        if (typeof sink === 'string') return fail(sink);
        if (sink.kind === 'file') files.push(sink);
        if (r.op !== '2>' && r.op !== '2>>') fd1 = sink;
        if (r.op === '2>' || r.op === '2>>' || r.op === '&>') fd2 = sink;
      }
    }
  }
  let printed = '';
  // output bound for the terminal is shown as the command prints it; anything else is collected
  // (after Ctrl+C nothing streams any more: the rest comes back in the result)
  const stream = final && fd1.kind === 'out' && ctx.print !== undefined && !ctx.signal?.aborted;
  const print = stream ? ctx.print : (text: string) => (printed += text);
  let r: CommandResult = { stdout: '', stderr: '', exitCode: 0 };
  try {
    if (cmd.words.length) r = await run(cmd.words, derive(ctx, { stdin, print }));
  } catch (e) {
    // interrupted: what it printed so far still goes down the pipe (or into its file)
    if (!isInterrupted(e)) throw e;
    r = { stdout: '', stderr: '', exitCode: e.exitCode };
  }
  const out: CommandResult = { ...r, stdout: '', stderr: '', streamed: undefined };
  const send = (sink: Sink, text: string) => {
    if (sink.kind === 'out') out.stdout += text;
    else if (sink.kind === 'err') out.stderr += text;
    else if (sink.kind === 'file') sink.text += text;
  };
  send(fd1, printed + r.stdout);
  send(fd2, r.stderr);
  for (const f of files) ctx.workspace.write(f.path, (f.append ? (ctx.workspace.read(f.path) ?? '') : '') + f.text);
  return out;
}

function openSink(path: string, append: boolean, ctx: CliContext): Sink | string {
  if (path === '/dev/null') return { kind: 'null' };
  if (path === '/dev/stdout') return { kind: 'out' };
  if (path === '/dev/stderr') return { kind: 'err' };
  if (ctx.workspace.exists(path) && ctx.workspace.read(path) === undefined) return `bash: ${path}: Is a directory\n`;
  return { kind: 'file', path, append, text: '' };
}
