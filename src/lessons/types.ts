// The lesson model: content (Markdown per language) plus checks as data. A check is evaluated against
// the UI's cluster mirror and the terminal's command log, never by poking the simulator, so the same
// check could later run against a real cluster's API.

import type { FaultAction } from '../sim/faults';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** The learner has pressed "Next step" on this step. */
export interface ReadCheck {
  type: 'read';
}

/** An object exists, optionally with these labels and (for Pods and other kinds with status.phase) phase. */
export interface ObjectCheck {
  type: 'object';
  kind: string;
  name: string;
  /** default 'default'; '' for cluster-scoped kinds */
  namespace?: string;
  labels?: Record<string, string>;
  phase?: string;
}

/** No such object; with afterExisted, it must also have been seen earlier in the lesson. */
export interface AbsentCheck {
  type: 'absent';
  kind: string;
  name: string;
  namespace?: string;
  afterExisted?: boolean;
}

/** A terminal command matching `match` (a regular expression) ran; by default it must have succeeded. */
export interface CommandCheck {
  type: 'command';
  match: string;
  /** what to show as "expected"; default: the pattern */
  example?: string;
  /** require exit code 0 (default true) */
  success?: boolean;
}

/** A field of an object (a dotted path; numbers index lists) has this value: `status.readyReplicas` = 3. */
export interface FieldCheck {
  type: 'field';
  kind: string;
  name: string;
  namespace?: string;
  path: string;
  equals: string | number | boolean;
}

/** Exactly `count` objects of a kind carry these labels; with `ready`, only Ready pods not being deleted count. */
export interface CountCheck {
  type: 'count';
  kind: string;
  namespace?: string;
  labels: Record<string, string>;
  ready?: boolean;
  /** only objects whose dotted paths have these values (e.g. `status.nodeInfo.kubeletVersion`) */
  where?: Record<string, string | number | boolean>;
  count: number;
}

export interface AllCheck {
  type: 'all';
  checks: Check[];
}

export type Check = ReadCheck | ObjectCheck | AbsentCheck | CommandCheck | FieldCheck | CountCheck | AllCheck;

/** A translatable message: an i18n key under `lesson.` and its interpolation values. */
export interface Msg {
  key: string;
  params?: Record<string, string>;
}

export interface CheckResult {
  done: boolean;
  expected: Msg[];
  actual: Msg[];
}

export interface StepText {
  title: string;
  /** Markdown */
  body: string;
}

/**
 * A button on a step that throws a fault at the cluster through the fault palette (src/sim/faults.ts).
 * The target is `kind` + `name`, or `kind` + `labels`: the first matching object by name that is not
 * being deleted (Pods of a Deployment have random names). For stopNode/startNode, `kind: 'Pod'` with
 * labels picks the node that runs the first such Pod.
 */
export interface FaultStepAction {
  type: 'fault';
  fault: FaultAction;
  kind: string;
  name?: string;
  /** default 'default'; ignored for Nodes */
  namespace?: string;
  labels?: Record<string, string>;
  /** burnCpu: millicores */
  value?: number;
}

export type StepAction = FaultStepAction;

export interface Step {
  id: string;
  check: Check;
  /** a step with an action is done only once its action has run and then its check passes */
  action?: StepAction;
  text: Record<Lang, StepText>;
}

export interface Lesson {
  id: string;
  order: number;
  title: Record<Lang, string>;
  steps: Step[];
  /** the editor's starting manifest per language (start.yaml, or start.ja.yaml where the comments differ) */
  startYaml: Record<Lang, string>;
  /** commands that solve the lesson (a `kubeplay script` transcript) */
  solution: string;
}
