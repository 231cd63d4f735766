// Word expansion when a command runs, as bash does it for the cases learners type: `$NAME`/`${NAME}`
// (shell variables, set by `NAME=value` or `export NAME=value`), `$?` (the last status) and `$(…)`
// (the command's stdout, trailing newlines removed). Unquoted results are split into words at blanks
// (`kubectl delete $(kubectl get pods -o name)`); inside "…" they stay one word. No globbing.
// Variables live as long as the workspace (the terminal's session, a transcript, a test context).
import type { CliContext, Workspace } from '../types';
import { EXPANSION } from './lex';

export interface ShellState {
  vars: Map<string, string>;
  /** `$?` */
  status: number;
}

const states = new WeakMap<Workspace, ShellState>();

/** the shell's variables and last status for this session (keyed by its workspace) */
export function shellState(ctx: CliContext): ShellState {
  let s = states.get(ctx.workspace);
  if (!s) states.set(ctx.workspace, (s = { vars: new Map(), status: 0 }));
  return s;
}

/** runs a `$(…)` body: its stdout and stderr */
export type Substitute = (text: string) => Promise<{ stdout: string; stderr: string }>;

const SEGMENT = new RegExp(`${EXPANSION.start}([vVcC])([^${EXPANSION.end}]*)${EXPANSION.end}`, 'g');

export function hasExpansion(word: string): boolean {
  return word.includes(EXPANSION.start);
}

/** one word's fields after expansion; `split` false for assignments and redirection targets */
export async function expandWord(word: string, state: ShellState, substitute: Substitute, errors: string[], split = true): Promise<string[]> {
  if (!hasExpansion(word)) return [word];
  const fields: string[] = [];
  let cur = '';
  let has = false;
  let last = 0;
  for (const m of word.matchAll(SEGMENT)) {
    if (m.index > last) {
      cur += word.slice(last, m.index);
      has = true;
    }
    last = m.index + m[0].length;
    const kind = m[1];
    let value: string;
    if (kind === 'v' || kind === 'V') value = m[2] === '?' ? String(state.status) : (state.vars.get(m[2]) ?? '');
    else {
      const r = await substitute(m[2]);
      if (r.stderr) errors.push(r.stderr);
      value = r.stdout.replace(/\n+$/, '');
    }
    if (kind === 'V' || kind === 'C' || !split) {
      cur += value;
      has = true;
      continue;
    }
    // unquoted: blanks separate words
    value.split(/[ \t\n]+/).forEach((part, k) => {
      if (k > 0 && has) {
        fields.push(cur);
        cur = '';
        has = false;
      }
      if (part) {
        cur += part;
        has = true;
      }
    });
  }
  if (last < word.length) {
    cur += word.slice(last);
    has = true;
  }
  if (has) fields.push(cur);
  return split ? fields : [fields.join(' ')];
}

const ASSIGNMENT = /^([A-Za-z_]\w*)=/s;

/**
 * `NAME=value …` (optionally after `export`): sets the variables and tells the caller there is
 * nothing to run. A command after assignments (`X=1 cmd`) runs without them (no environment here).
 */
export async function expandCommand(words: string[], state: ShellState, substitute: Substitute, errors: string[]): Promise<{ words: string[]; assigned: boolean }> {
  let i = words[0] === 'export' && words.length > 1 && words.slice(1).every((w) => ASSIGNMENT.test(w)) ? 1 : 0;
  const assignments: [string, string][] = [];
  for (; i < words.length && ASSIGNMENT.test(words[i]); i++) {
    const name = ASSIGNMENT.exec(words[i])![1];
    const [value] = await expandWord(words[i].slice(name.length + 1), state, substitute, errors, false);
    assignments.push([name, value]);
  }
  if (i === words.length && assignments.length) {
    for (const [name, value] of assignments) state.vars.set(name, value);
    return { words: [], assigned: true };
  }
  const out: string[] = [];
  for (const w of words.slice(i)) out.push(...(await expandWord(w, state, substitute, errors)));
  return { words: out, assigned: false };
}
