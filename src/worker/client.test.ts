import { describe, expect, it, vi } from 'vitest';
import { REQUEST_TIMEOUT_MS, WorkerClient } from './client';
import { useStore } from '../state/store';
import type { RequestEnvelope, WorkerMessage } from './protocol';

// A fake Worker that records requests and lets the test answer them or fail.
class FakeWorker {
  sent: RequestEnvelope[] = [];
  terminated = false;
  private listeners = new Map<string, Array<(e: unknown) => void>>();
  addEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  postMessage(m: RequestEnvelope) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  emit(m: WorkerMessage) {
    for (const fn of this.listeners.get('message') ?? []) fn({ data: m });
  }
  fail(message: string) {
    for (const fn of this.listeners.get('error') ?? []) fn({ message, preventDefault() {} });
  }
  answer(id: number, result: unknown) {
    this.emit({ type: 'response', id, ok: true, result });
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const clock = { now: 5, paused: false, speed: 1 };

function setup() {
  const workers: FakeWorker[] = [];
  // frames by hand: frame() runs what waits for the next animation frame
  let frames: Array<() => void> = [];
  const frame = () => {
    const due = frames;
    frames = [];
    for (const fn of due) fn();
  };
  const client = new WorkerClient(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    (fn) => frames.push(fn),
  );
  return { client, workers, frame, frames: () => frames.length };
}

describe('worker client', () => {
  it('inits, then mirrors the editor file into the workspace, and feeds notices to the store', async () => {
    const { client, workers, frame } = setup();
    useStore.getState().setEditorFileName('web.yaml');
    useStore.getState().setEditorText('kind: Pod\n');
    const started = client.start('ja');
    const w = workers[0];
    expect(w.sent[0]).toMatchObject({ id: 1, method: 'init', lang: 'ja' });
    w.emit({ type: 'sync', objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }], resourceVersion: '3', clock });
    w.answer(1, { clock });
    await tick();
    expect(w.sent[1]).toMatchObject({ method: 'writeFile', path: 'web.yaml', content: 'kind: Pod\n' });
    w.answer(w.sent[1].id, null);
    await started;
    expect(useStore.getState().workerStatus).toBe('ready');
    w.emit({ type: 'batch', events: [{ type: 'ADDED', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' } } }], resourceVersion: '4', clock: { ...clock, now: 9 } });
    frame();
    expect(useStore.getState().objects.Pod.get('default/p')).toBeDefined();
    expect(useStore.getState().clock.now).toBe(9);
  });

  it('applies the batches of one frame together, deltas against the mirrored object, and the latest clock', async () => {
    const { client, workers, frame, frames } = setup();
    void client.start();
    const w = workers[0];
    w.emit({ type: 'sync', objects: [], resourceVersion: '3', clock });
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', resourceVersion: '4' }, spec: { containers: [{ name: 'c', image: 'nginx' }] }, status: { phase: 'Pending' } };
    const before = useStore.getState().objects;
    w.emit({ type: 'batch', events: [{ type: 'ADDED', object: pod }], resourceVersion: '4', clock: { ...clock, now: 6 } });
    w.emit({ type: 'batch', events: [{ type: 'PATCHED', kind: 'Pod', key: 'default/p', delta: { set: [[['status', 'phase'], 'Running']] } }], resourceVersion: '5', clock: { ...clock, now: 7 } });
    w.emit({ type: 'clock', clock: { ...clock, now: 8 } });
    // nothing reaches the store (and no component re-renders) until the frame; one frame is asked for
    expect(useStore.getState().objects).toBe(before);
    expect(useStore.getState().clock.now).toBe(5);
    expect(frames()).toBe(1);
    frame();
    const p = useStore.getState().objects.Pod.get('default/p') as typeof pod;
    expect(p.status.phase).toBe('Running');
    expect(p.spec).toBe(pod.spec);
    expect(useStore.getState().resourceVersion).toBe('5');
    expect(useStore.getState().clock.now).toBe(8);
    // a delete then travels by name alone
    w.emit({ type: 'batch', events: [{ type: 'DELETED', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' } } }], resourceVersion: '6', clock });
    frame();
    expect(useStore.getState().objects.Pod.has('default/p')).toBe(false);
  });

  it('applies waiting batches before a response resolves, and drops them when a sync replaces the mirror', async () => {
    const { client, workers, frame } = setup();
    void client.start();
    const w = workers[0];
    w.emit({ type: 'sync', objects: [], resourceVersion: '3', clock });
    const r = client.request({ method: 'exec', line: 'kubectl run x --image=nginx' });
    const id = w.sent[w.sent.length - 1].id;
    w.emit({ type: 'batch', events: [{ type: 'ADDED', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', namespace: 'default' } } }], resourceVersion: '4', clock });
    w.answer(id, { stdout: 'pod/x created\n', stderr: '', exitCode: 0 });
    await r;
    expect(useStore.getState().objects.Pod.has('default/x')).toBe(true);
    w.emit({ type: 'batch', events: [{ type: 'ADDED', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'old', namespace: 'default' } } }], resourceVersion: '5', clock });
    w.emit({ type: 'sync', objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }], resourceVersion: '1', clock });
    frame();
    expect(useStore.getState().objects.Pod).toBeUndefined();
    expect(useStore.getState().resourceVersion).toBe('1');
  });

  it('resolves and rejects requests by id', async () => {
    const { client, workers } = setup();
    void client.start();
    const w = workers[0];
    const a = client.request({ method: 'exec', line: 'kubectl get pods' });
    const b = client.request({ method: 'step' });
    const [ida, idb] = w.sent.slice(-2).map((m) => m.id);
    w.emit({ type: 'response', id: idb, ok: false, error: 'nope' });
    w.answer(ida, { stdout: 'x', stderr: '', exitCode: 0 });
    await expect(a).resolves.toEqual({ stdout: 'x', stderr: '', exitCode: 0 });
    await expect(b).rejects.toThrow('nope');
  });

  it('a worker error marks the simulator crashed and fails pending requests; restart keeps the editor text', async () => {
    const { client, workers } = setup();
    useStore.getState().setEditorText('apiVersion: v1\nkind: Pod\n');
    void client.start();
    const pending = client.request({ method: 'exec', line: 'kubectl get pods' });
    workers[0].fail('out of memory');
    await expect(pending).rejects.toThrow('out of memory');
    expect(useStore.getState().workerStatus).toBe('crashed');
    expect(useStore.getState().crashMessage).toBe('out of memory');
    expect(workers[0].terminated).toBe(true);

    // requests while crashed fail rather than silently starting a new cluster
    await expect(client.request({ method: 'exec', line: 'kubectl get pods' })).rejects.toThrow('restart');
    expect(workers).toHaveLength(1);

    void client.restart();
    const w2 = workers[1];
    expect(w2.sent[0]).toMatchObject({ method: 'init' });
    w2.answer(w2.sent[0].id, { clock });
    await tick();
    expect(w2.sent[1]).toMatchObject({ method: 'writeFile', content: 'apiVersion: v1\nkind: Pod\n' });
    expect(useStore.getState().editorText).toBe('apiVersion: v1\nkind: Pod\n');
  });

  it('a crash notice from the worker is a crash too', () => {
    const { client, workers } = setup();
    void client.start();
    workers[0].emit({ type: 'crash', message: 'controller exploded' });
    expect(useStore.getState().workerStatus).toBe('crashed');
    expect(workers[0].terminated).toBe(true);
  });

  it('a worker that stops answering is treated as crashed', async () => {
    vi.useFakeTimers();
    try {
      const { client, workers } = setup();
      void client.start();
      workers[0].answer(1, { clock });
      // a command may wait on (possibly paused) virtual time, so exec is never timed out …
      const waiting = expect(client.request({ method: 'exec', line: 'kubectl delete pod x' })).rejects.toThrow(/did not answer explain/);
      vi.advanceTimersByTime(REQUEST_TIMEOUT_MS * 3);
      expect(useStore.getState().workerStatus).not.toBe('crashed');
      // … but any other request unanswered for REQUEST_TIMEOUT_MS means the worker hung
      const hung = client.request({ method: 'explain', namespace: 'default', name: 'p' });
      const settled = expect(hung).rejects.toThrow(/did not answer explain/);
      vi.advanceTimersByTime(REQUEST_TIMEOUT_MS - 1);
      expect(useStore.getState().workerStatus).not.toBe('crashed');
      vi.advanceTimersByTime(1);
      await settled;
      await waiting; // the crash ends the waiting command too
      expect(useStore.getState().workerStatus).toBe('crashed');
      expect(workers[0].terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
  it('passes what a running command prints to its onOutput, before the response', async () => {
    const { client, workers } = setup();
    void client.start();
    const w = workers[0];
    w.answer(1, { clock });
    await tick();
    const shown: string[] = [];
    const running = client.request({ method: 'exec', line: 'kubectl delete pod x' }, { onOutput: (t) => shown.push(t) });
    const id = w.sent[w.sent.length - 1].id;
    w.emit({ type: 'output', id, text: 'pod "x" deleted\n' });
    w.emit({ type: 'output', id: id + 99, text: 'not ours\n' });
    expect(shown).toEqual(['pod "x" deleted\n']);
    w.answer(id, { stdout: 'pod "x" deleted\n', stderr: '', exitCode: 0, streamed: 16 });
    await expect(running).resolves.toMatchObject({ streamed: 16 });
  });
});
