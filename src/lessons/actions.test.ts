import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../sim/api/types';
import type { Fault, FaultResult } from '../sim/faults';
import { actionProblem, evaluateStep, resolveAction } from './actions';
import type { LessonView } from './checks';
import { parseLesson } from './parse';
import type { Step, StepAction } from './types';
import { parseTranscript, replaySolution } from './transcript';

function pod(name: string, labels: Record<string, string>, nodeName: string, deleting = false): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels, ...(deleting ? { deletionTimestamp: '2025-01-06T09:00:00Z' } : {}) },
    spec: { nodeName, containers: [] },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
  } as unknown as KubeObject;
}

function mirror(...objects: KubeObject[]): LessonView['objects'] {
  const out: LessonView['objects'] = {};
  for (const o of objects) (out[o.kind] ??= new Map()).set(`${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
  return out;
}

const objects = mirror(pod('web-b', { app: 'web' }, 'node-2'), pod('web-a', { app: 'web' }, 'node-1', true), pod('web-c', { app: 'web' }, 'node-3'), pod('db-0', { app: 'db' }, 'node-1'));

describe('resolveAction', () => {
  it('picks the first pod by name that carries the labels and is not being deleted', () => {
    expect(resolveAction({ type: 'fault', fault: 'killPod', kind: 'Pod', labels: { app: 'web' } }, objects)).toEqual({
      action: 'killPod',
      kind: 'Pod',
      namespace: 'default',
      name: 'web-b',
      value: undefined,
    });
  });

  it('stops the node that runs the first matching pod, or a node by name', () => {
    expect(resolveAction({ type: 'fault', fault: 'stopNode', kind: 'Pod', labels: { app: 'db' } }, objects)).toEqual({ action: 'stopNode', kind: 'Node', name: 'node-1' });
    expect(resolveAction({ type: 'fault', fault: 'startNode', kind: 'Node', name: 'node-9' }, objects)).toEqual({ action: 'startNode', kind: 'Node', name: 'node-9' });
  });

  it('starts the first node that is not Ready when no name is given', () => {
    const node = (name: string, ready: string): KubeObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name }, status: { conditions: [{ type: 'Ready', status: ready }] } }) as unknown as KubeObject;
    const action: StepAction = { type: 'fault', fault: 'startNode', kind: 'Node' };
    expect(actionProblem(action)).toBeUndefined();
    expect(resolveAction(action, mirror(node('n-1', 'True'), node('n-3', 'Unknown'), node('n-2', 'Unknown')))).toEqual({ action: 'startNode', kind: 'Node', name: 'n-2' });
    expect(resolveAction(action, mirror(node('n-1', 'True')))).toBeUndefined();
  });

  it('is undefined while the target does not exist', () => {
    expect(resolveAction({ type: 'fault', fault: 'killPod', kind: 'Pod', labels: { app: 'cache' } }, objects)).toBeUndefined();
    expect(resolveAction({ type: 'fault', fault: 'breakImage', kind: 'Deployment', name: 'web' }, objects)).toBeUndefined();
    expect(resolveAction({ type: 'fault', fault: 'stopNode', kind: 'Pod', labels: { app: 'cache' } }, objects)).toBeUndefined();
  });
});

describe('actionProblem', () => {
  it('accepts a well-formed action and names what is wrong with others', () => {
    expect(actionProblem(undefined)).toBeUndefined();
    expect(actionProblem({ type: 'fault', fault: 'killPod', kind: 'Pod', labels: { app: 'web' } })).toBeUndefined();
    expect(actionProblem({ type: 'fault', fault: 'explode', kind: 'Pod', name: 'x' } as unknown as StepAction)).toMatch(/unknown fault "explode"/);
    expect(actionProblem({ type: 'fault', fault: 'killPod', kind: 'Pod' })).toBe('fault action needs name or labels');
    expect(actionProblem({ type: 'fault', fault: 'stopNode', kind: 'Deployment', name: 'web' })).toMatch(/targets a Node/);
    expect(actionProblem({ type: 'fault', fault: 'burnCpu', kind: 'Deployment', name: 'web' })).toMatch(/needs value/);
    expect(actionProblem({ type: 'click' } as unknown as StepAction)).toMatch(/unknown action type "click"/);
  });

  it('makes parseLesson reject a bad action with the lesson and step named', () => {
    const files = {
      'steps.json': JSON.stringify({ id: 'x', steps: [{ id: 'kill', check: { type: 'read' }, action: { type: 'fault', fault: 'killPod', kind: 'Pod' } }] }),
      'en.md': '# X\n\n## Kill {#kill}\n\ntext',
      'ja.md': '# X\n\n## 削除 {#kill}\n\n本文',
    };
    expect(() => parseLesson('x', files)).toThrow('lessons/x: step "kill": fault action needs name or labels');
    files['steps.json'] = files['steps.json'].replace('"kind":"Pod"', '"kind":"Pod","labels":{"app":"web"}');
    expect(parseLesson('x', files).steps[0].action).toEqual({ type: 'fault', fault: 'killPod', kind: 'Pod', labels: { app: 'web' } });
  });
});

describe('evaluateStep', () => {
  const step: Step = {
    id: 'kill',
    check: { type: 'count', kind: 'Pod', labels: { app: 'web' }, ready: true, count: 2 },
    action: { type: 'fault', fault: 'killPod', kind: 'Pod', labels: { app: 'web' } },
    text: { en: { title: 'Kill', body: 'x' }, ja: { title: '削除', body: 'x' } },
  };
  const view: LessonView = { objects, commandLog: [], seen: new Set(), read: false };

  it('is not done before the action ran, even when the check already passes', () => {
    const r = evaluateStep(step, view, { ran: false, broken: false });
    expect(r.done).toBe(false);
    expect(r.checkDone).toBe(true);
    expect(r.expected[0]).toEqual({ key: 'lesson.check.expectAction', params: { target: 'app=web' } });
    expect(r.actual).toEqual([{ key: 'lesson.check.actionNotRun' }]);
  });

  it('after the action, waits for the check to fail once (the fault showed) before it may pass: healed', () => {
    const ran = evaluateStep(step, view, { ran: true, broken: false });
    expect([ran.done, ran.checkDone]).toEqual([false, true]);
    expect(ran.actual).toEqual([{ key: 'lesson.check.faultNotSeen' }]);
    const fewer: LessonView = { ...view, objects: mirror(pod('web-c', { app: 'web' }, 'node-3')) };
    const hurt = evaluateStep(step, fewer, { ran: true, broken: false });
    expect([hurt.done, hurt.checkDone]).toEqual([false, false]);
    expect(hurt.actual).toEqual([{ key: 'lesson.check.countReady', params: { kind: 'Pod', labels: 'app=web', count: '1' } }]);
    expect(evaluateStep(step, view, { ran: true, broken: true }).done).toBe(true);
    expect(evaluateStep({ ...step, action: undefined }, view, { ran: false, broken: false }).done).toBe(true);
  });
});

describe('# action lines in solutions', () => {
  it('parse as action steps', () => {
    expect(parseTranscript('# action kill-pod\n# a comment\nkubectl get pods')).toEqual([
      { type: 'action', step: 'kill-pod', line: '# action kill-pod' },
      { type: 'run', line: 'kubectl get pods' },
    ]);
  });

  it('run the step action through the host, and fail the replay when the target is missing', async () => {
    const lesson = parseLesson('x', {
      'steps.json': JSON.stringify({
        id: 'x',
        steps: [{ id: 'kill', check: { type: 'count', kind: 'Pod', labels: { app: 'web' }, ready: true, count: 2 }, action: { type: 'fault', fault: 'killPod', kind: 'Pod', labels: { app: 'web' } } }],
      }),
      'en.md': '# X\n\n## Kill {#kill}\n\ntext',
      'ja.md': '# X\n\n## 削除 {#kill}\n\n本文',
      'solution.txt': '# action kill\nsleep 5s\n',
    });
    const faults: unknown[] = [];
    const [webA, webB, webC] = ['web-a', 'web-b', 'web-c'].map((n) => pod(n, { app: 'web' }, 'node-1'));
    let current = mirror(webA, webB);
    const host = {
      run: async () => ({ stdout: '', stderr: '', exitCode: 0 }),
      writeFile: () => {},
      // the replacement pod gets Ready while time passes
      sleep: () => void (current = mirror(webB, webC)),
      objects: () => current,
    };
    const kill = (f: Fault): FaultResult => {
      faults.push(f);
      current = mirror(webB);
      return { ok: true, message: 'killPod' };
    };
    const replay = await replaySolution(lesson, { ...host, fault: kill });
    expect(faults).toEqual([{ action: 'killPod', kind: 'Pod', namespace: 'default', name: 'web-a', value: undefined }]);
    expect(replay).toEqual({ done: ['kill'], failures: [] });
    current = mirror(webA, webB);
    const without = await replaySolution(lesson, host);
    expect(without.done).toEqual([]);
    expect(without.failures[0].result.stderr).toBe('this host cannot run faults');
  });
});
