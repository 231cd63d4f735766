// The main thread's side of the worker protocol: typed requests with promises, notices pushed
// into the zustand store, and crash handling. A dead worker (an `error` event, or a `crash`
// notice) marks the store 'crashed'; `restart()` starts a fresh worker and cluster and re-sends
// the editor's file, whose text lives in the store and so survives.
import { useStore } from '../state/store';
import type { ClockState, MirrorEvent, Notice, Request, RequestEnvelope, ResultOf, WorkerMessage } from './protocol';

type Pending = { resolve(v: unknown): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> | undefined; onOutput?: (text: string, stream?: 'stderr') => void };

export interface RequestOptions {
  /** for `exec`: what the command prints before it finishes (see CliContext.print) */
  onOutput?: (text: string, stream?: 'stderr') => void;
  /** for `exec`: aborting it interrupts the command in the worker (Ctrl+C); it then ends with exit 130 */
  signal?: AbortSignal;
}

/** A request unanswered this long means the worker hangs (say, a simulator loop): treat it as a crash. */
export const REQUEST_TIMEOUT_MS = 30_000;

export type WorkerFactory = () => Worker;
/** Runs `fn` once, soon (the next animation frame in the browser). */
export type FrameScheduler = (fn: () => void) => void;

/** Batches wait for the next frame; a hidden tab has none, so a timer runs them at the latest. */
const nextFrame: FrameScheduler = (fn) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(fn);
  setTimeout(fn, 100);
};

const defaultFactory: WorkerFactory = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'kubeplay-sim' });

/** `?nodes=…`: a bigger system pool (1–1000 nodes), for demos and the UI benchmark at scale. */
function nodesFromUrl(): number | undefined {
  if (typeof location === 'undefined') return undefined;
  const n = Number(new URLSearchParams(location.search).get('nodes'));
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : undefined;
}

/** `?seed=…` makes a run reproducible from a link. */
function seedFromUrl(): string | undefined {
  if (typeof location === 'undefined') return undefined;
  return new URLSearchParams(location.search).get('seed') ?? undefined;
}

export class WorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private starting: Promise<void> | undefined;
  /** batch events received since the last frame, applied to the store together (issue 4: a 10,000-pod
   *  rollout arrives as many messages a frame; one store update, and one render, for all of them) */
  private queued: MirrorEvent[] = [];
  private queuedAt: { resourceVersion: string; clock: ClockState } | undefined;
  private scheduled = false;

  constructor(
    private readonly factory: WorkerFactory = defaultFactory,
    private readonly schedule: FrameScheduler = nextFrame,
  ) {}

  /** Apply the batches received so far to the store now (also done before any response resolves, so
   *  that whoever awaits a request sees every change the worker made before answering it). */
  flushMirror(): void {
    this.scheduled = false;
    const at = this.queuedAt;
    if (!at) return;
    const events = this.queued;
    this.queued = [];
    this.queuedAt = undefined;
    useStore.getState().applyEvents(events, at.resourceVersion, at.clock);
  }

  private enqueue(events: MirrorEvent[], resourceVersion: string, clock: ClockState): void {
    for (const e of events) this.queued.push(e);
    this.queuedAt = { resourceVersion, clock };
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      if (this.scheduled) this.flushMirror();
    });
  }

  /** Start the worker and its cluster once; later calls return the same promise. */
  start(lang?: string): Promise<void> {
    this.starting ??= this.boot(lang);
    return this.starting;
  }

  /** A fresh worker and cluster; the editor's text is kept and re-sent to the workspace. */
  restart(lang?: string): Promise<void> {
    this.stop('the simulator was restarted');
    return this.start(lang);
  }

  request<M extends Request['method']>(req: Extract<Request, { method: M }>, opts: RequestOptions = {}): Promise<ResultOf[M]> {
    // the first request may start the worker; after a crash only restart() does (the page offers it)
    if (!this.worker && useStore.getState().workerStatus !== 'crashed') void this.start();
    const w = this.worker;
    if (!w) return Promise.reject(new Error('the simulator has stopped; restart it'));
    const id = this.nextId++;
    return new Promise<ResultOf[M]>((resolve, reject) => {
      // a command may rightly wait on virtual time (kubectl delete waits out a grace period, and the
      // clock may be paused), so only the other requests count as hung when unanswered
      const timer =
        req.method === 'exec'
          ? undefined
          : setTimeout(() => {
              if (this.worker === w) this.crashed(`the simulator did not answer ${req.method} within ${REQUEST_TIMEOUT_MS / 1000}s`);
            }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer, onOutput: opts.onOutput });
      try {
        w.postMessage({ id, ...req } as RequestEnvelope);
        opts.signal?.addEventListener('abort', () => {
          if (this.pending.has(id) && this.worker === w) w.postMessage({ id: this.nextId++, method: 'cancel', target: id } as RequestEnvelope);
        }, { once: true });
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  private async boot(lang?: string): Promise<void> {
    const store = useStore.getState();
    store.setWorkerStatus('starting');
    const w = this.factory();
    this.worker = w;
    w.addEventListener('message', (e: MessageEvent<WorkerMessage>) => this.onMessage(e.data));
    w.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault();
      this.crashed(e.message || 'the simulator stopped unexpectedly');
    });
    w.addEventListener('messageerror', () => this.crashed('a message from the simulator could not be read'));
    try {
      await this.request({ method: 'init', seed: seedFromUrl(), lang, nodes: nodesFromUrl() });
      // the workspace's files into the fresh worker: the editor's store is the one source of truth
      const { files, markSaved } = useStore.getState();
      for (const [path, content] of Object.entries(files)) {
        if (path.endsWith('/')) continue; // an empty folder: nothing to write
        await this.request({ method: 'writeFile', path, content });
        markSaved(path, content);
      }
    } catch (e) {
      // only if this worker is still the current one (a restart may have replaced it meanwhile)
      if (this.worker === w) this.crashed((e as Error).message);
    }
  }

  private stop(reason: string): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.starting = undefined;
    this.queued = [];
    this.queuedAt = undefined;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new Error(reason));
    }
    this.pending.clear();
  }

  private crashed(message: string): void {
    this.stop(message);
    useStore.getState().setWorkerStatus('crashed', message);
  }

  private onMessage(m: WorkerMessage): void {
    if (m.type === 'response') {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.flushMirror();
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error));
      return;
    }
    if (m.type === 'output') {
      this.pending.get(m.id)?.onOutput?.(m.text, m.stream);
      return;
    }
    this.onNotice(m);
  }

  private onNotice(n: Notice): void {
    const store = useStore.getState();
    switch (n.type) {
      case 'sync':
        // everything queued is older than the new full state
        this.queued = [];
        this.queuedAt = undefined;
        store.replaceAll(n.objects, n.resourceVersion, n.clock);
        return;
      case 'batch':
        this.enqueue(n.events, n.resourceVersion, n.clock);
        return;
      case 'clock':
        // with batches waiting, the clock goes with them (it must not run ahead and then back)
        if (this.queuedAt) this.queuedAt = { ...this.queuedAt, clock: n.clock };
        else store.setClock(n.clock);
        return;
      case 'crash':
        this.crashed(n.message);
        return;
      case 'request':
        store.traceRequest(n.hops);
        return;
      case 'file':
        store.receiveFile(n.path, n.content);
        return;
    }
  }
}

export const workerClient = new WorkerClient();
