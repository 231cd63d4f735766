// A lesson's solution.txt as steps to replay: a bash-compatible subset, so the same file runs in a
// real shell against a real cluster. One command a line; `# …` comments; `sleep 30s` advances
// simulated time; `cat <<'EOF' > path … EOF` writes a file into the workspace; any other command
// with a here-document (or an open quote) takes the lines up to its end.
import type { CommandResult } from '../cli/types';
import { needsMoreInput } from '../cli/shell/parse';
import type { Fault, FaultResult } from '../sim/faults';
import { evaluateCheck, observedRefs, type LessonView } from './checks';
import { evaluateStep, resolveAction } from './actions';
import { faultBefore, faultShown, type FaultBefore } from './fault-shown';
import type { Lesson } from './types';

export type TranscriptStep =
  | { type: 'run'; line: string }
  | { type: 'write'; path: string; content: string; line?: string }
  | { type: 'sleep'; ms: number; line?: string }
  /** `# load deployment/web 300m [-n NS]`: the load generator (a comment to a real shell) */
  | { type: 'load'; kind: 'Deployment' | 'Service'; name: string; namespace: string; millicores: number; line: string }
  /** `# stop node/NAME`, `# start node/NAME`: the node's VM goes down or comes back (the fault palette) */
  | { type: 'node'; action: 'stop' | 'start'; name: string; line: string }
  /** `# action STEP-ID`: press the step's action button (a fault; a comment to a real shell) */
  | { type: 'action'; step: string; line: string };

const LOAD_RE = /^#\s*load\s+(deployment|service)\/(\S+)\s+(\d+)m(?:\s+-n\s+(\S+))?$/;

const NODE_RE = /^#\s*(stop|start)\s+node\/(\S+)$/;

const ACTION_RE = /^#\s*action\s+([A-Za-z0-9_-]+)$/;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, '': 1000 };

export function parseTranscript(text: string): TranscriptStep[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const steps: TranscriptStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const load = LOAD_RE.exec(line);
    if (load) {
      steps.push({ type: 'load', kind: load[1] === 'service' ? 'Service' : 'Deployment', name: load[2], namespace: load[4] ?? 'default', millicores: Number(load[3]), line });
      continue;
    }
    const node = NODE_RE.exec(line);
    if (node) {
      steps.push({ type: 'node', action: node[1] as 'stop' | 'start', name: node[2], line });
      continue;
    }
    const action = ACTION_RE.exec(line);
    if (action) {
      steps.push({ type: 'action', step: action[1], line });
      continue;
    }
    if (!line || line.startsWith('#')) continue;
    const heredoc = /^cat\s+<<-?\s*(['"]?)(\w+)\1\s*>\s*(\S+)$/.exec(line);
    const sleep = /^sleep\s+(\d+(?:\.\d+)?)(ms|s|m|h|)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i].trim() !== heredoc[2]; i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`unterminated here-document ${heredoc[2]}`);
      steps.push({ type: 'write', path: heredoc[3], content: body.join('\n') + '\n', line });
    } else if (sleep) {
      steps.push({ type: 'sleep', ms: Math.round(parseFloat(sleep[1]) * UNIT_MS[sleep[2]]), line });
    } else {
      // a here-document (`kubectl apply -f - <<EOF`), an open quote or a trailing `|`: the command
      // goes on over the next lines, as bash reads it
      let text = line;
      while (needsMoreInput(text) && i + 1 < lines.length) text += `\n${lines[++i]}`;
      steps.push({ type: 'run', line: text });
    }
  }
  return steps;
}

export interface TranscriptHost {
  run(line: string): Promise<CommandResult>;
  writeFile(path: string, content: string): void;
  sleep(ms: number): Promise<void> | void;
  /** the load generator (`# load deployment/web 300m`); absent = such lines are comments */
  setLoad?(target: { namespace: string; kind: 'Deployment' | 'Service'; name: string }, millicores: number): Promise<void> | void;
  /** stop or start a node's VM (`# stop node/NAME`); absent = such lines are comments */
  setNode?(name: string, action: 'stop' | 'start'): Promise<void> | void;
  /** runs a step action's fault (`# action STEP-ID`); absent = such lines fail the replay */
  fault?(fault: Fault): Promise<FaultResult> | FaultResult;
  /** the cluster as the UI would mirror it */
  objects(): LessonView['objects'];
}

export interface SolutionReplay {
  /** steps whose check passed at some point, in the order they first passed */
  done: string[];
  failures: { line: string; result: CommandResult }[];
}

/**
 * Replays a lesson's solution and evaluates every step after each transcript line, the way the
 * panel does (sticky done, seen objects). A `read` step counts as read once every step before it is
 * done (the learner presses Next there), and a step with an action needs its `# action` line first.
 * A solution bot for CI.
 */
export async function replaySolution(lesson: Lesson, host: TranscriptHost): Promise<SolutionReplay> {
  const commandLog: { line: string; exitCode: number }[] = [];
  const seen = new Set<string>();
  const done: string[] = [];
  const failures: SolutionReplay['failures'] = [];
  const checks = lesson.steps.map((s) => s.check);
  const actionsRan = new Set<string>();
  const broken = new Set<string>();
  /** faults thrown whose effect the objects have not shown yet */
  const pendingFaults = new Map<string, { fault: Fault; before: FaultBefore }>();
  const evaluate = () => {
    const objects = host.objects();
    for (const ref of observedRefs(checks, objects)) seen.add(ref);
    for (const [id, p] of pendingFaults) {
      if (!faultShown(p.fault, objects, p.before)) continue;
      broken.add(id);
      pendingFaults.delete(id);
    }
    lesson.steps.forEach((step, i) => {
      if (done.includes(step.id)) return;
      const read = lesson.steps.slice(0, i).every((s) => done.includes(s.id));
      const ran = actionsRan.has(step.id);
      const r = evaluateStep(step, { objects, commandLog, seen, read }, { ran, broken: broken.has(step.id) });
      if (ran && !r.checkDone) broken.add(step.id);
      if (r.done) done.push(step.id);
    });
  };
  const runAction = async (stepId: string, line: string) => {
    const step = lesson.steps.find((s) => s.id === stepId);
    const fault = step?.action && resolveAction(step.action, host.objects());
    const fail = (stderr: string) => failures.push({ line, result: { stdout: '', stderr, exitCode: 1 } });
    if (!step?.action) return fail(`no step "${stepId}" with an action`);
    if (!fault) return fail(`the target of step "${stepId}"'s action does not exist`);
    if (!host.fault) return fail('this host cannot run faults');
    // a check already failing when the button is pressed (a node is down, "start it") counts as broken
    if (!evaluateCheck(step.check, { objects: host.objects(), commandLog, seen, read: true }).done) broken.add(stepId);
    const before = faultBefore(fault, host.objects());
    const result = await host.fault(fault);
    if (!result.ok) return fail(`fault ${fault.action} ${fault.kind}/${fault.name}: ${result.message}`);
    actionsRan.add(stepId);
    pendingFaults.set(stepId, { fault, before });
  };
  for (const step of parseTranscript(lesson.solution)) {
    if (step.type === 'write') host.writeFile(step.path, step.content);
    else if (step.type === 'sleep') await host.sleep(step.ms);
    else if (step.type === 'load') await host.setLoad?.({ namespace: step.namespace, kind: step.kind, name: step.name }, step.millicores);
    else if (step.type === 'node') await host.setNode?.(step.name, step.action);
    else if (step.type === 'action') await runAction(step.step, step.line);
    else {
      const result = await host.run(step.line);
      commandLog.push({ line: step.line, exitCode: result.exitCode });
      if (result.exitCode !== 0) failures.push({ line: step.line, result });
    }
    evaluate();
  }
  return { done, failures };
}
