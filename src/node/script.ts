// `kubeplay script`: replays a transcript of terminal commands on a fresh simulated cluster and
// renders what a terminal would show. The same parser as the lessons' solution.txt (parseTranscript).
import { runCommand } from '../cli/run';
import { clusterContext } from '../cli/cluster-context';
import { loadSchema } from '../server/openapi';
import { MemoryWorkspace } from '../cli/workspace';
import { createCluster } from '../sim/cluster';
import { parseTranscript, type TranscriptStep } from '../lessons/transcript';

/** The seed used when none is given, so two runs without --seed print the same. */
export const DEFAULT_SEED = 1;

/**
 * Virtual time between two commands: a person typing the next line. One second lets controllers
 * (ReplicaSet, scheduler, kubelet) react the way they would between two real keystrokes, and keeps
 * AGE columns readable ("1s", "5s").
 */
export const TYPING_MS = 1000;

export interface ScriptOptions {
  seed?: number | string;
  /** files copied into the virtual workspace before the first command (path → content) */
  files?: Record<string, string>;
}

/** Runs a transcript and returns its rendered output: `$ line` then stdout then stderr, per step. */
export async function runScript(text: string, opts: ScriptOptions = {}): Promise<string> {
  return renderSteps(parseTranscript(text), opts);
}

async function renderSteps(steps: TranscriptStep[], opts: ScriptOptions): Promise<string> {
  const cluster = createCluster({ seed: opts.seed ?? DEFAULT_SEED });
  const workspace = new MemoryWorkspace(opts.files ?? {});
  const ctx = clusterContext(cluster, workspace);
  ctx.openApiSchema = loadSchema;
  let out = '';
  let first = true;
  for (const step of steps) {
    if (!first) cluster.advance(TYPING_MS);
    first = false;
    if (step.type === 'write') {
      // a heredoc is shown the way it was typed, then its file lands in the workspace
      workspace.write(step.path, step.content);
      out += renderHeredoc(step.line ?? `cat <<'EOF' > ${step.path}`, step.content);
      continue;
    }
    if (step.type === 'load') {
      out += `$ ${step.line}\n`;
      cluster.load.set({ namespace: step.namespace, kind: step.kind, name: step.name }, step.millicores);
      continue;
    }
    if (step.type === 'node') {
      out += `$ ${step.line}\n`;
      if (step.action === 'stop') cluster.stopNode(step.name);
      else cluster.startNode(step.name);
      continue;
    }
    if (step.type === 'sleep') {
      out += `$ ${step.line ?? `sleep ${step.ms}ms`}\n`;
      cluster.advance(step.ms);
      continue;
    }
    // a command over several lines (a here-document) shows bash's `> ` continuation prompt
    out += `$ ${step.line.replace(/\n/g, '\n> ')}\n`;
    const r = await runCommand(step.line, ctx);
    out += ensureNewline(r.stdout) + ensureNewline(r.stderr);
  }
  return out;
}

function ensureNewline(s: string): string {
  return s === '' || s.endsWith('\n') ? s : s + '\n';
}

/** A here-document as bash echoes it: the command, each body line after the `> ` prompt, the delimiter. */
function renderHeredoc(line: string, content: string): string {
  const delimiter = /<<-?\s*(['"]?)(\w+)\1/.exec(line)?.[2] ?? 'EOF';
  const body = content.endsWith('\n') ? content.slice(0, -1) : content;
  return `$ ${line}\n` + body.split('\n').map((l) => `> ${l}\n`).join('') + `> ${delimiter}\n`;
}
