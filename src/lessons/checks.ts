// Evaluates a step's check against what the UI already mirrors: one Map lookup per object check, so
// a cluster of 10,000 pods costs no more than one of ten. Results are messages (i18n keys + values),
// rendered in the current language by messages.ts or the panel's t().
import type { KubeObject } from '../sim/api/types';
import type { AbsentCheck, Check, CheckResult, CommandCheck, CountCheck, FieldCheck, Msg, ObjectCheck } from './types';
import { displayStatus, formatLabels } from './status';

export interface CommandRecord {
  line: string;
  exitCode: number;
}

export interface LessonView {
  /** kind → 'namespace/name' → object (the store's cluster mirror) */
  objects: Record<string, Map<string, KubeObject>>;
  commandLog: readonly CommandRecord[];
  /** objectRef()s observed earlier in this lesson (for absent checks with afterExisted) */
  seen: ReadonlySet<string>;
  /** this step was marked read (the learner pressed Next) */
  read: boolean;
}

export function objectRef(c: { kind: string; namespace?: string; name: string }): string {
  return `${c.kind}/${c.namespace ?? 'default'}/${c.name}`;
}

function lookup(view: LessonView, c: { kind: string; namespace?: string; name: string }): KubeObject | undefined {
  return view.objects[c.kind]?.get(`${c.namespace ?? 'default'}/${c.name}`);
}

const msg = (key: string, params?: Record<string, string>): Msg => ({ key: `lesson.check.${key}`, params });

function statusMsg(obj: KubeObject): Msg {
  return msg('isStatus', { kind: obj.kind, name: obj.metadata.name ?? '', status: displayStatus(obj) });
}

function evaluateObject(c: ObjectCheck, view: LessonView): CheckResult {
  const labels = formatLabels(c.labels);
  const params = { kind: c.kind, name: c.name, phase: c.phase ?? '', labels };
  const expected = [msg(`expect${c.phase ? 'Phase' : 'Exists'}${labels ? 'Labels' : ''}`, params)];
  const obj = lookup(view, c);
  if (!obj) return { done: false, expected, actual: [msg('missing', { kind: c.kind, name: c.name })] };
  const actual: Msg[] = [statusMsg(obj)];
  const have = obj.metadata.labels ?? {};
  const labelsOk = Object.entries(c.labels ?? {}).every(([k, v]) => have[k] === v);
  if (!labelsOk) {
    const shown = formatLabels(have);
    actual.push(shown ? msg('hasLabels', { labels: shown }) : msg('noLabels'));
  }
  const phase = (obj.status as { phase?: string } | undefined)?.phase;
  const phaseOk = !c.phase || (phase === c.phase && !obj.metadata.deletionTimestamp);
  return { done: labelsOk && phaseOk, expected, actual };
}

function evaluateAbsent(c: AbsentCheck, view: LessonView): CheckResult {
  const expected = [msg('expectAbsent', { kind: c.kind, name: c.name })];
  const obj = lookup(view, c);
  if (obj) return { done: false, expected, actual: [statusMsg(obj)] };
  if (c.afterExisted && !view.seen.has(objectRef(c))) {
    return { done: false, expected, actual: [msg('neverExisted', { kind: c.kind, name: c.name })] };
  }
  return { done: true, expected, actual: [msg('missing', { kind: c.kind, name: c.name })] };
}

function evaluateCommand(c: CommandCheck, view: LessonView): CheckResult {
  const expected = [msg('expectCommand', { example: c.example ?? c.match })];
  const re = new RegExp(c.match);
  const needSuccess = c.success !== false;
  let failed: CommandRecord | undefined;
  for (let i = view.commandLog.length - 1; i >= 0; i--) {
    const entry = view.commandLog[i];
    if (!re.test(entry.line.trim())) continue;
    if (!needSuccess || entry.exitCode === 0) {
      return { done: true, expected, actual: [msg('ran', { line: entry.line.trim() })] };
    }
    failed ??= entry;
  }
  if (failed) {
    return { done: false, expected, actual: [msg('failed', { line: failed.line.trim(), code: String(failed.exitCode) })] };
  }
  return { done: false, expected, actual: [msg('noCommand')] };
}

/** `spec.template.spec.containers.0.image` → the value there, or undefined */
function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function evaluateField(c: FieldCheck, view: LessonView): CheckResult {
  const expected = [msg('expectField', { kind: c.kind, name: c.name, path: c.path, value: String(c.equals) })];
  const obj = lookup(view, c);
  if (!obj) return { done: false, expected, actual: [msg('missing', { kind: c.kind, name: c.name })] };
  const value = at(obj, c.path);
  const shown = value === undefined ? msg('fieldUnset', { path: c.path }) : msg('fieldIs', { path: c.path, value: String(value) });
  return { done: value === c.equals, expected, actual: [shown] };
}

function isReady(o: KubeObject): boolean {
  const conds = (o.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
  return !o.metadata.deletionTimestamp && conds.some((x) => x.type === 'Ready' && x.status === 'True');
}

function evaluateCount(c: CountCheck, view: LessonView): CheckResult {
  const labels = formatLabels(c.labels);
  const params = { kind: c.kind, labels, count: String(c.count) };
  const where = Object.entries(c.where ?? {});
  const whereMsg = where.length ? [msg('where', { fields: where.map(([p, v]) => `${p}=${String(v)}`).join(', ') })] : [];
  const expected = [msg(c.ready ? 'expectCountReady' : 'expectCount', params), ...whereMsg];
  const ns = c.namespace ?? 'default';
  let n = 0;
  for (const o of view.objects[c.kind]?.values() ?? []) {
    if ((o.metadata.namespace ?? '') !== ns) continue;
    const have = o.metadata.labels ?? {};
    if (!Object.entries(c.labels).every(([k, v]) => have[k] === v)) continue;
    if (c.ready && !isReady(o)) continue;
    if (!where.every(([p, v]) => at(o, p) === v)) continue;
    n++;
  }
  return { done: n === c.count, expected, actual: [msg(c.ready ? 'countReady' : 'count', { ...params, count: String(n) }), ...whereMsg] };
}

export function evaluateCheck(check: Check, view: LessonView): CheckResult {
  switch (check.type) {
    case 'read':
      return { done: view.read, expected: [msg('expectRead')], actual: [msg(view.read ? 'wasRead' : 'notRead')] };
    case 'object':
      return evaluateObject(check, view);
    case 'absent':
      return evaluateAbsent(check, view);
    case 'command':
      return evaluateCommand(check, view);
    case 'field':
      return evaluateField(check, view);
    case 'count':
      return evaluateCount(check, view);
    case 'all': {
      const results = check.checks.map((c) => evaluateCheck(c, view));
      return {
        done: results.every((r) => r.done),
        expected: results.flatMap((r) => r.expected),
        actual: results.flatMap((r) => r.actual),
      };
    }
  }
}

/** The refs of objects that absent-after-existed checks care about and that exist right now. */
export function observedRefs(checks: readonly Check[], objects: LessonView['objects']): string[] {
  const out: string[] = [];
  const visit = (c: Check) => {
    if (c.type === 'all') c.checks.forEach(visit);
    else if (c.type === 'absent' && c.afterExisted && lookup({ objects, commandLog: [], seen: new Set(), read: false }, c)) {
      out.push(objectRef(c));
    }
  };
  checks.forEach(visit);
  return out;
}
