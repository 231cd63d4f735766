import { describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../cli/types';
import { createHost, FRAME_MS, MAX_BATCH_EVENTS, MAX_TICK_MS, type HostDeps } from './host';
import type { Notice, WorkerMessage } from './protocol';
import { fakeCluster as cluster } from './fake-cluster.test-util';

function files(): Workspace {
  const m = new Map<string, string>();
  return { read: (p) => m.get(p), write: (p, c) => void m.set(p, c), list: () => [...m.keys()].sort(), exists: (p) => m.has(p) };
}

function setup(overrides: Partial<HostDeps> = {}) {
  const posted: WorkerMessage[] = [];
  let real = 1000;
  let current: ReturnType<typeof cluster> | undefined;
  const deps: HostDeps = {
    createCluster: () => (current = cluster()),
    runCommand: async (line) => ({ stdout: `ran ${line}\n`, stderr: '', exitCode: 0 }),
    applyManifests: async () => ({ ok: true, documents: [], output: '' }),
    workspace: files(),
    post: (m) => posted.push(m),
    realNow: () => real,
    setInterval: vi.fn(() => 1),
    clearInterval: vi.fn(),
    ...overrides,
  };
  const host = createHost(deps);
  const notices = () => posted.filter((m): m is Notice => m.type !== 'response');
  const responses = () => posted.filter((m) => m.type === 'response');
  return { host, deps, posted, notices, responses, api: () => current!.api, clock: () => current!.clock, passReal: (ms: number) => (real += ms) };
}

const pod = (name: string, labels?: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels } });

describe('worker host', () => {
  it('answers init with the clock and posts one sync notice with every object', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init', seed: 7 });
    const [sync] = t.notices();
    expect(sync.type).toBe('sync');
    if (sync.type !== 'sync') return;
    expect(sync.objects.some((o) => o.kind === 'Namespace' && o.metadata.name === 'default')).toBe(true);
    expect(sync.resourceVersion).toBe(t.api().currentResourceVersion());
    expect(t.responses()).toEqual([{ type: 'response', id: 1, ok: true, result: { clock: { now: t.clock().now(), paused: false, speed: 1 } } }]);
    expect(t.deps.setInterval).toHaveBeenCalledWith(expect.any(Function), FRAME_MS);
  });

  it('collects watch events and posts them as one batch per tick, none when nothing changed', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    t.posted.length = 0;
    t.api().put('pods', 'ADDED', pod('a'));
    t.api().put('pods', 'ADDED', pod('b'));
    t.api().put('pods', 'MODIFIED', pod('a', { x: 'y' }));
    t.host.tick();
    const batches = t.notices().filter((n) => n.type === 'batch');
    expect(batches).toHaveLength(1);
    const batch = batches[0];
    if (batch.type !== 'batch') return;
    // the two changes to pod a collapse into one ADDED with the newest object
    expect(batch.events.map((e) => [e.type, 'object' in e && e.object.metadata.name])).toEqual([['ADDED', 'a'], ['ADDED', 'b']]);
    expect('object' in batch.events[0] && batch.events[0].object.metadata.labels).toEqual({ x: 'y' });
    expect(batch.resourceVersion).toBe(t.api().currentResourceVersion());
    t.posted.length = 0;
    t.host.tick();
    expect(t.notices()).toEqual([]);
  });

  it('sends a change to an object it posted before as a delta, and a delete by name alone', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    t.api().put('pods', 'ADDED', { ...pod('a', { app: 'web' }), spec: { containers: [{ name: 'c', image: 'nginx' }] } } as never);
    t.host.tick();
    t.posted.length = 0;
    t.api().put('pods', 'MODIFIED', { ...pod('a', { app: 'web', tier: 'front' }), spec: { containers: [{ name: 'c', image: 'nginx' }] } } as never);
    t.api().put('pods', 'DELETED', pod('b'));
    // the namespace came with the sync notice: its change is a delta too
    t.api().put('namespaces', 'MODIFIED', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', labels: { team: 'a' } } });
    t.host.tick();
    const [batch] = t.notices();
    if (batch.type !== 'batch') throw new Error(batch.type);
    const rv = t.api().currentResourceVersion();
    expect(batch.events).toEqual([
      { type: 'PATCHED', kind: 'Pod', key: 'default/a', delta: { set: [[['metadata', 'labels', 'tier'], 'front'], [['metadata', 'resourceVersion'], String(Number(rv) - 2)]] } },
      { type: 'DELETED', object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'b', namespace: 'default' } } },
      { type: 'PATCHED', kind: 'Namespace', key: '/default', delta: { set: [[['metadata', 'labels'], { team: 'a' }], [['metadata', 'resourceVersion'], rv]] } },
    ]);
  });

  it('posts a big batch as several notices of at most MAX_BATCH_EVENTS events, in order', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    t.posted.length = 0;
    const n = MAX_BATCH_EVENTS * 2 + 3;
    for (let i = 0; i < n; i++) t.api().put('pods', 'ADDED', pod(`p${i}`));
    t.host.tick();
    const batches = t.notices().filter((b) => b.type === 'batch');
    expect(batches.map((b) => b.type === 'batch' && b.events.length)).toEqual([MAX_BATCH_EVENTS, MAX_BATCH_EVENTS, 3]);
    const names = batches.flatMap((b) => (b.type === 'batch' ? b.events.map((e) => 'object' in e && e.object.metadata.name) : []));
    expect(names).toEqual(Array.from({ length: n }, (_, i) => `p${i}`));
    expect(new Set(batches.map((b) => b.type === 'batch' && b.resourceVersion))).toEqual(new Set([t.api().currentResourceVersion()]));
  });

  it('keeps a delete after an add in the same frame', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    t.posted.length = 0;
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' } };
    t.api().put('configmaps', 'ADDED', cm);
    t.api().put('configmaps', 'DELETED', cm);
    t.host.tick();
    const batch = t.notices()[0];
    expect(batch.type === 'batch' && batch.events.map((e) => e.type)).toEqual(['ADDED', 'DELETED']);
  });

  it('advances virtual time by real time × speed, not while paused, and caps a long gap', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    const start = t.clock().now();
    await t.host.handle({ id: 2, method: 'setClock', speed: 10 });
    t.passReal(100);
    t.host.tick();
    expect(t.clock().now()).toBe(start + 1000);
    await t.host.handle({ id: 3, method: 'setClock', paused: true });
    t.passReal(100);
    t.host.tick();
    expect(t.clock().now()).toBe(start + 1000);
    await t.host.handle({ id: 4, method: 'setClock', paused: false, speed: 1 });
    t.passReal(60_000);
    t.host.tick();
    expect(t.clock().now()).toBe(start + 1000 + MAX_TICK_MS);
  });

  it('moves virtual time in whole milliseconds, carrying fractions over', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    const start = t.clock().now();
    await t.host.handle({ id: 2, method: 'setClock', speed: 0.25 });
    for (let i = 0; i < 3; i++) {
      t.passReal(16.7);
      t.host.tick();
      expect(Number.isInteger(t.clock().now())).toBe(true);
    }
    expect(t.clock().now()).toBe(start + 12); // 3 × 16.7 × 0.25 = 12.525
  });

  it('clamps speed to 0.25x–50x and rejects nonsense', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    await t.host.handle({ id: 2, method: 'setClock', speed: 500 });
    await t.host.handle({ id: 3, method: 'setClock', speed: Number.NaN });
    const [, fast, bad] = t.responses();
    expect(fast).toMatchObject({ ok: true, result: { speed: 50 } });
    expect(bad).toMatchObject({ ok: false, error: 'invalid speed: NaN' });
  });

  it('step jumps to the next pending timer and runs it', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    const ran: number[] = [];
    t.clock().on('test', (_k, now) => ran.push(now));
    const start = t.clock().now();
    t.clock().after(5000, 'test', 'k');
    t.clock().after(9000, 'test', 'k');
    await t.host.handle({ id: 2, method: 'step' });
    expect(ran).toEqual([start + 5000]);
    expect(t.responses()[1]).toMatchObject({ ok: true, result: { now: start + 5000 } });
    expect(t.notices().at(-1)).toMatchObject({ type: 'clock', clock: { now: start + 5000 } });
  });

  it('turns thrown errors into error responses and keeps serving', async () => {
    const t = setup({
      runCommand: async (line) => {
        if (line === 'boom') throw new Error('kaput');
        return { stdout: 'ok\n', stderr: '', exitCode: 0 };
      },
    });
    await t.host.handle({ id: 1, method: 'exec', line: 'x' });
    expect(t.responses()[0]).toMatchObject({ id: 1, ok: false, error: expect.stringContaining('init') });
    await t.host.handle({ id: 2, method: 'init' });
    await t.host.handle({ id: 3, method: 'exec', line: 'boom' });
    await t.host.handle({ id: 4, method: 'exec', line: 'fine' });
    expect(t.responses().slice(1).map((r) => [r.id, r.ok])).toEqual([[2, true], [3, false], [4, true]]);
    expect(t.responses()[2]).toMatchObject({ error: 'kaput' });
  });

  it('a failing tick pauses the clock and posts a crash notice instead of throwing', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    t.clock().on('bad', () => {
      throw new Error('controller exploded');
    });
    t.clock().after(10, 'bad', 'k');
    t.passReal(50);
    expect(() => t.host.tick()).not.toThrow();
    expect(t.notices().at(-1)).toEqual({ type: 'crash', message: 'controller exploded' });
    await t.host.handle({ id: 2, method: 'exec', line: 'still here' });
    expect(t.responses()[1]).toMatchObject({ ok: true, result: { stdout: 'ran still here\n' } });
  });

  it('writes files to the workspace and gives kubectl a context on the cluster', async () => {
    const seen: string[] = [];
    const t = setup({
      runCommand: async (_line, ctx) => {
        seen.push(ctx.workspace.read('pod.yaml') ?? '', ctx.namespace, String(ctx.now()));
        return { stdout: '', stderr: '', exitCode: 0 };
      },
    });
    await t.host.handle({ id: 1, method: 'init' });
    await t.host.handle({ id: 2, method: 'writeFile', path: 'pod.yaml', content: 'kind: Pod' });
    await t.host.handle({ id: 3, method: 'exec', line: 'kubectl apply -f pod.yaml' });
    expect(seen).toEqual(['kind: Pod', 'default', String(t.clock().now())]);
  });

  it('reset starts a fresh cluster, re-syncs, and keeps the workspace', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    await t.host.handle({ id: 2, method: 'writeFile', path: 'a.yaml', content: 'x' });
    t.api().put('pods', 'ADDED', pod('a'));
    const first = t.api();
    await t.host.handle({ id: 3, method: 'reset', seed: 2 });
    expect(t.api()).not.toBe(first);
    const syncs = t.notices().filter((n) => n.type === 'sync');
    expect(syncs).toHaveLength(2);
    expect(syncs[1].type === 'sync' && syncs[1].objects.some((o) => o.kind === 'Pod')).toBe(false);
    // the old cluster's watches are gone: its changes no longer reach the batch
    first.put('pods', 'ADDED', pod('ghost'));
    t.posted.length = 0;
    t.host.tick();
    expect(t.notices().filter((n) => n.type === 'batch')).toEqual([]);
    expect(t.deps.workspace.read('a.yaml')).toBe('x');
  });

  it('passes apply the text and file name, and answers explain from the cluster (null when absent)', async () => {
    const applied: Array<[string, string | undefined]> = [];
    const t = setup({
      applyManifests: async (text, _ctx, opts) => {
        applied.push([text, opts.fileName]);
        return { ok: true, documents: [], output: 'pod/a created\n' };
      },
    });
    await t.host.handle({ id: 1, method: 'init' });
    await t.host.handle({ id: 2, method: 'apply', yaml: 'kind: Pod', fileName: 'pod.yaml' });
    await t.host.handle({ id: 3, method: 'explain', namespace: 'default', name: 'nope' });
    expect(applied).toEqual([['kind: Pod', 'pod.yaml']]);
    expect(t.responses().slice(1)).toEqual([
      { type: 'response', id: 2, ok: true, result: { ok: true, documents: [], output: 'pod/a created\n' } },
      { type: 'response', id: 3, ok: true, result: null },
    ]);
  });
  it("lets a command's wait last in virtual time: it returns once the clock, running or stepped, has moved on", async () => {
    const t = setup({
      runCommand: async (line, ctx) => {
        ctx.print!('pod "x" deleted\n'); // shown at once, as kubectl prints before it waits
        await ctx.sleep!(30_000);
        return { stdout: `waited ${line}\n`, stderr: '', exitCode: 0 };
      },
    });
    await t.host.handle({ id: 1, method: 'init' });
    const start = t.clock().now();
    let done = false;
    const pending = t.host.handle({ id: 2, method: 'exec', line: 'kubectl delete pod x' }).then(() => (done = true));
    await Promise.resolve();
    // at 1x, 20 s of real time is 20 s of virtual time: not yet
    for (let i = 0; i < 80; i++) {
      t.passReal(MAX_TICK_MS);
      t.host.tick();
    }
    await Promise.resolve();
    expect(done).toBe(false);
    expect(t.notices().filter((n) => n.type === 'output')).toEqual([{ type: 'output', id: 2, text: 'pod "x" deleted\n' }]);
    // paused, the command keeps waiting however much real time passes
    await t.host.handle({ id: 3, method: 'setClock', paused: true });
    for (let i = 0; i < 80; i++) {
      t.passReal(MAX_TICK_MS);
      t.host.tick();
    }
    await Promise.resolve();
    expect(done).toBe(false);
    await t.host.handle({ id: 4, method: 'setClock', paused: false, speed: 50 });
    t.passReal(MAX_TICK_MS);
    t.host.tick();
    await pending;
    expect(t.clock().now() - start).toBeGreaterThanOrEqual(30_000);
    expect(t.responses().find((r) => r.id === 2)).toMatchObject({ ok: true, result: { stdout: 'pod "x" deleted\nwaited kubectl delete pod x\n', streamed: 16 } });
  });

  it('answers timeline with the samples newer than since, and runs an AKS scenario on a cluster of its own', async () => {
    const { createCluster } = await import('../sim/cluster');
    const sim = createCluster({ seed: 2 });
    const t = setup({ createCluster: () => sim });
    await t.host.handle({ id: 1, method: 'init' });
    sim.advance(30_000);
    await t.host.handle({ id: 2, method: 'timeline' });
    const all = (t.responses().find((m) => m.id === 2) as { result: { samples: { t: number; nodes: number }[] } }).result.samples;
    expect(all.length).toBe(4);
    expect(all.every((s) => s.nodes === 3)).toBe(true);
    await t.host.handle({ id: 3, method: 'timeline', since: all[2].t });
    expect((t.responses().find((m) => m.id === 3) as { result: { samples: unknown[] } }).result.samples).toEqual([all[3]]);
    const before = sim.clock.now();
    await t.host.handle({ id: 4, method: 'aksScenario', options: { nodes: 3, replicas: 6, settings: { maxSurge: '100%' } } });
    expect(t.responses().find((m) => m.id === 4)).toMatchObject({ ok: true, result: { peakNodes: 6, state: 'Succeeded' } });
    expect(sim.clock.now()).toBe(before);
  });

  it('cancel interrupts a waiting command (Ctrl+C): what it printed stays, the exit status is 130', async () => {
    const { runCommand } = await import('../cli/run');
    const { createCluster } = await import('../sim/cluster');
    const sim = createCluster({ seed: 1 });
    const t = setup({ runCommand, createCluster: () => sim });
    await t.host.handle({ id: 1, method: 'init' });
    await t.host.handle({ id: 2, method: 'setClock', paused: true });
    sim.api.create({ group: 'apps', version: 'v1', resource: 'deployments' }, 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'n', image: 'nginx:1.27' }] } } },
    } as never);
    // the clock is paused: rollout status would wait forever
    const pending = t.host.handle({ id: 3, method: 'exec', line: 'kubectl rollout status deployment/web' });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    await t.host.handle({ id: 4, method: 'cancel', target: 3 });
    await pending;
    const r = t.responses().find((m) => m.id === 3);
    expect(r).toMatchObject({ ok: true, result: { exitCode: 130, stderr: '' } });
    expect((r as { result: { stdout: string } }).result.stdout).toMatch(/^Waiting for deployment/);
    expect(t.responses().find((m) => m.id === 4)).toMatchObject({ ok: true, result: null });
  });

  it('streams a list\'s earlier stderr as stderr output, and the result counts what it already showed', async () => {
    const t = setup({
      runCommand: async (line, ctx) => {
        ctx.print!('one\n');
        ctx.printError!('bad\n');
        return { stdout: `ran ${line}\n`, stderr: 'worse\n', exitCode: 1 };
      },
    });
    await t.host.handle({ id: 1, method: 'init' });
    await t.host.handle({ id: 2, method: 'exec', line: 'a; b' });
    expect(t.notices().filter((n) => n.type === 'output')).toEqual([
      { type: 'output', id: 2, text: 'one\n' },
      { type: 'output', id: 2, text: 'bad\n', stream: 'stderr' },
    ]);
    expect(t.responses().at(-1)).toMatchObject({ ok: true, result: { stdout: 'one\nran a; b\n', streamed: 4, stderr: 'bad\nworse\n', streamedStderr: 4, exitCode: 1 } });
  });
});
