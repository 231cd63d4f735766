import { describe, expect, it } from 'vitest';
import { Slicer } from './sliced';

function setup(budget = 8) {
  let tasks: Array<() => void> = [];
  let clock = 0;
  const slicer = new Slicer<string>((fn) => tasks.push(fn), budget, () => clock);
  const runTask = () => {
    const fn = tasks.shift();
    fn?.();
    return fn !== undefined;
  };
  return { slicer, runTask, pending: () => tasks.length, advance: (ms: number) => (clock += ms), clear: () => (tasks = []) };
}

/** a job of `n` steps, each taking `ms` of the fake clock */
function* job(t: { advance(ms: number): void }, n: number, ms: number, result: string, log: string[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    t.advance(ms);
    log.push(`${result}${i}`);
    yield;
  }
  return result;
}

describe('Slicer', () => {
  it('runs steps until the budget is spent, then continues in a later task', () => {
    const t = setup(8);
    const log: string[] = [];
    const results: string[] = [];
    t.slicer.request(() => job(t, 5, 3, 'a', log), (v) => results.push(v));
    expect(log).toEqual([]); // nothing runs inside the request
    t.runTask();
    expect(log).toEqual(['a0', 'a1', 'a2']); // 9 ms ≥ 8: the slice ends
    expect(t.pending()).toBe(1);
    t.runTask();
    expect(log).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    t.runTask();
    expect(results).toEqual(['a']);
    expect(t.slicer.busy).toBe(false);
  });

  it('lets a running job finish, then runs only the latest waiting request and drops the stale result', () => {
    const t = setup(1);
    const log: string[] = [];
    const results: string[] = [];
    t.slicer.request(() => job(t, 2, 1, 'a', log), (v) => results.push(v));
    t.runTask();
    t.slicer.request(() => job(t, 1, 1, 'b', log), (v) => results.push(v));
    t.slicer.request(() => job(t, 1, 1, 'c', log), (v) => results.push(v));
    while (t.runTask());
    expect(log).toEqual(['a0', 'a1', 'c0']);
    expect(results).toEqual(['c']);
  });

  it('does nothing more once disposed', () => {
    const t = setup(1);
    const results: string[] = [];
    t.slicer.request(() => job(t, 3, 1, 'a', []), (v) => results.push(v));
    t.runTask();
    t.slicer.dispose();
    while (t.runTask());
    t.slicer.request(() => job(t, 1, 1, 'b', []), (v) => results.push(v));
    while (t.runTask());
    expect(results).toEqual([]);
  });
});

describe('deriveGraphSteps', () => {
  it('yields between passes (in chunks at scale) and ends with what deriveGraph returns', async () => {
    const { deriveGraph, deriveGraphSteps } = await import('./derive');
    const { add, node, pod } = await import('./fixtures.test-util');
    const pods = Array.from({ length: 2500 }, (_, i) => pod(`p${i}`, { nodeName: 'n1', phase: 'Running' }));
    const objects = add({}, node('n1'), ...pods);
    const steps = deriveGraphSteps(objects);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // passes, plus the warm-up: 2 podData chunks and 1 index chunk of 2,000 pods
    expect(yields).toBeGreaterThanOrEqual(7);
    expect(r.value).toEqual(deriveGraph(objects));
  });
});
