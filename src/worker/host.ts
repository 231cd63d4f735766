// The worker's brain, free of worker globals so that vitest can drive it in Node: it answers the
// Requests of ./protocol.ts against a simulated cluster, moves virtual time with real time
// (× speed, unless paused), and posts the watch events it collects as at most one `batch` notice
// per frame. Every error is caught: a bad request gets an error response, a failing clock tick a
// `crash` notice; nothing the user does ends the worker.
import { applyFault } from '../sim/faults';
import { runUpgradeScenario } from '../sim/aks/scenario';
import type { CliContext, CommandResult, Workspace } from '../cli/types';
import type { ApplyResult } from '../cli/kubectl/apply-types';
import type { Notice, RequestEnvelope, Request, ResultOf, WorkerMessage } from './protocol';
import { Session, type HostCluster } from './session';
import { interruptible } from '../cli/interrupt';
import { cancelEdit, submitEdit } from '../cli/kubectl/edit';
import { normalizePath } from '../cli/workspace';

export type { HostCluster } from './session';

export interface HostDeps {
  createCluster(seed: number | string | undefined, nodes?: number): HostCluster;
  runCommand(line: string, ctx: CliContext): Promise<CommandResult>;
  applyManifests(text: string, ctx: CliContext, opts: { fileName?: string }): Promise<ApplyResult>;
  workspace: Workspace;
  post(msg: WorkerMessage): void;
  /** real time in ms (performance.now in the worker) */
  realNow(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** One frame: the most often the host posts a batch. */
export const FRAME_MS = 16;
/** Events per `batch` notice at most: 250 whole pods are ~0.7 MB, a few ms to receive. */
export const MAX_BATCH_EVENTS = 250;
/** Real time counted per tick at most, so a throttled background tab does not jump hours ahead. */
export const MAX_TICK_MS = 250;

export interface Host {
  handle(req: RequestEnvelope): Promise<void>;
  /** one frame: advance the clock by the real time elapsed, then flush events (the loop calls it) */
  tick(): void;
  dispose(): void;
}

export function createHost(deps: HostDeps): Host {
  let session: Session | undefined;
  let lastReal = deps.realNow();
  let lastPostedSecond = -1;
  let carry = 0; // real-time milliseconds × speed not yet turned into virtual time
  let loop: unknown;

  const post = (n: Notice) => deps.post(n);

  // what commands write reaches the UI's editor as `file` notices; the UI's own writeFile does not echo
  const workspace: Workspace = {
    read: (p) => deps.workspace.read(p),
    list: (d) => deps.workspace.list(d),
    exists: (p) => deps.workspace.exists(p),
    write(path, content) {
      deps.workspace.write(path, content);
      post({ type: 'file', path: normalizePath(path), content });
    },
  };

  const ctx = (): CliContext => {
    const s = need();
    return {
      client: s.cluster.client,
      workspace,
      // `kubectl edit` opens its buffer in the editor (CommandResult.edit, then submitEdit)
      editor: true,
      now: () => s.cluster.clock.now(),
      namespace: 'default',
      // kubectl's waits (delete, rollout status) last as long in virtual time as on a real cluster:
      // the command returns once the clock, at its current speed (or by Step), has moved `ms` on
      sleep: (ms) => waitUntil(s.cluster.clock.now() + ms),
      // the pod network, when the cluster has one (createCluster's; test fakes may not)
      network: (s.cluster as { network?: CliContext['network'] }).network,
      // helm's templates: randAlphaNum from the cluster's seeded rng, lookup through the sync api
      rng: (s.cluster as { rng?: CliContext['rng'] }).rng,
      syncApi: 'get' in s.cluster.api ? (s.cluster.api as unknown as CliContext['syncApi']) : undefined,
      // `az aks`: the AKS model around the cluster (createCluster's; test fakes have none)
      aks: (s.cluster as { aks?: CliContext['aks'] }).aks,
      // `kubectl explain`: the schema is a separate chunk, fetched the first time it is needed
      openApiSchema: async () => (await import('../ui/editor/k8s-schema.generated.json')).default as Record<string, unknown>,
    };
  };

  /** the exec requests still running, by id, so that `cancel` can interrupt one */
  const running = new Map<number, AbortController>();
  let waiters: Array<{ at: number; resolve(): void }> = [];
  function waitUntil(at: number): Promise<void> {
    return new Promise((resolve) => {
      waiters.push({ at, resolve });
      wake();
    });
  }
  function wake(): void {
    const now = session?.cluster.clock.now();
    if (now === undefined || waiters.length === 0) return;
    const due = waiters.filter((w) => w.at <= now);
    if (due.length === 0) return;
    waiters = waiters.filter((w) => w.at > now);
    for (const w of due) w.resolve();
  }
  /** a restart ends every wait: the commands waiting on the old cluster return */
  function releaseWaiters(): void {
    const all = waiters;
    waiters = [];
    for (const w of all) w.resolve();
  }

  function need(): Session {
    if (!session) throw new Error('the simulator is not started (send init first)');
    return session;
  }

  function start(seed: number | string | undefined, nodes?: number) {
    session?.stop();
    session = undefined;
    releaseWaiters();
    const s = new Session(deps.createCluster(seed, nodes));
    const { objects, resourceVersion } = s.start();
    session = s;
    lastReal = deps.realNow();
    carry = 0;
    post({ type: 'sync', objects, resourceVersion, clock: s.clockState() });
    lastPostedSecond = Math.floor(s.cluster.clock.now() / 1000);
    if (loop === undefined) loop = deps.setInterval(tick, FRAME_MS);
    return { clock: s.clockState() };
  }

  function flush(force = false) {
    const s = session;
    if (!s) return;
    const clock = s.clockState();
    const second = Math.floor(clock.now / 1000);
    if (s.batcher.size > 0) {
      const events = s.batcher.take();
      const resourceVersion = s.cluster.api.currentResourceVersion();
      // a big batch in pieces: the main thread receives (deserialises) each message as one task
      for (let i = 0; i < events.length; i += MAX_BATCH_EVENTS) {
        post({ type: 'batch', events: events.slice(i, i + MAX_BATCH_EVENTS), resourceVersion, clock });
      }
    } else if (force || second !== lastPostedSecond) {
      post({ type: 'clock', clock });
    } else return;
    lastPostedSecond = second;
  }

  function tick() {
    const s = session;
    const real = deps.realNow();
    const elapsed = Math.min(MAX_TICK_MS, Math.max(0, real - lastReal));
    lastReal = real;
    if (!s) return;
    try {
      if (!s.paused && elapsed > 0) {
        // virtual time moves in whole milliseconds (timestamps stay integers); the fraction carries over
        carry += elapsed * s.speed;
        const whole = Math.floor(carry);
        carry -= whole;
        if (whole > 0) s.cluster.advance(whole);
      }
      wake();
      flush();
    } catch (e) {
      s.paused = true; // a broken simulation must not throw again every frame
      post({ type: 'crash', message: messageOf(e) });
    }
  }

  async function dispatch(req: Request, id: number): Promise<ResultOf[Request['method']]> {
    switch (req.method) {
      case 'init':
      case 'reset':
        return start(req.seed, req.nodes);
      case 'fault':
        return applyFault(need().cluster, req.fault);
      case 'apply':
        return deps.applyManifests(req.yaml, ctx(), { fileName: req.fileName });
      case 'exec': {
        // what a command prints before it ends (kubectl delete's `deleted`, then its wait) reaches the
        // terminal at once as `output` notices; the result still carries the whole stdout
        let printed = '';
        const print = (text: string) => {
          printed += text;
          post({ type: 'output', id, text });
        };
        let printedErr = '';
        const printError = (text: string) => {
          printedErr += text;
          post({ type: 'output', id, text, stream: 'stderr' });
        };
        const controller = new AbortController();
        running.set(id, controller);
        try {
          const r = await deps.runCommand(req.line, interruptible({ ...ctx(), print, printError }, controller.signal));
          const out = printed ? { ...r, stdout: printed + r.stdout, streamed: printed.length } : r;
          return printedErr ? { ...out, stderr: printedErr + out.stderr, streamedStderr: printedErr.length } : out;
        } finally {
          running.delete(id);
        }
      }
      case 'cancel':
        running.get(req.target)?.abort();
        return null;
      case 'writeFile':
        deps.workspace.write(req.path, req.content);
        return null;
      case 'submitEdit':
        return submitEdit(ctx(), req.edit, req.text);
      case 'cancelEdit':
        return cancelEdit(req.edit);
      case 'setClock': {
        const c = need().setClock(req.paused, req.speed);
        flush(true);
        return c;
      }
      case 'step': {
        const c = need().step();
        wake();
        flush(true);
        return c;
      }
      case 'explain':
        return need().cluster.explain?.(req.namespace, req.name) ?? null;
      case 'aks':
        return need().cluster.aks?.snapshot() ?? null;
      case 'timeline':
        return need().cluster.timeline?.series(req.since) ?? null;
      case 'aksScenario':
        // a cluster of its own on its own clock: the live cluster does not move meanwhile
        return runUpgradeScenario(req.options);
    }
  }

  return {
    async handle(env) {
      const { id, ...req } = env;
      try {
        const result = await dispatch(req as Request, id);
        deps.post({ type: 'response', id, ok: true, result });
      } catch (e) {
        deps.post({ type: 'response', id, ok: false, error: messageOf(e) });
      }
    },
    tick,
    dispose() {
      if (loop !== undefined) deps.clearInterval(loop);
      loop = undefined;
      session?.stop();
      session = undefined;
    },
  };
}

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return typeof e === 'string' ? e : JSON.stringify(e) ?? String(e);
}
