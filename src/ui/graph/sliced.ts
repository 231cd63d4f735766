// Long work cut into tasks (issue 4: no main-thread task over 50 ms). A job is a generator that
// yields between steps; the slicer runs steps until a budget is spent, then lets the browser render
// and handle input before it goes on. A new request while a job runs waits for that job to end
// (its steps may update shared state, like the graph's slot allocator) and then replaces any other
// waiting request: only the latest inputs matter.

export type Schedule = (fn: () => void) => void;

/** The next macrotask: a MessageChannel message runs sooner than setTimeout(0), which browsers clamp. */
export function nextTask(): Schedule {
  if (typeof MessageChannel === 'undefined') return (fn) => setTimeout(fn, 0);
  const ch = new MessageChannel();
  let queue: Array<() => void> = [];
  ch.port1.onmessage = () => {
    const due = queue;
    queue = [];
    for (const fn of due) fn();
  };
  return (fn) => {
    queue.push(fn);
    ch.port2.postMessage(null);
  };
}

interface Job<T> {
  steps: Iterator<void, T>;
  done(value: T): void;
}

export class Slicer<T> {
  private running: Job<T> | undefined;
  private waiting: { make: () => Iterator<void, T>; done(value: T): void } | undefined;
  private disposed = false;

  constructor(
    private readonly schedule: Schedule = nextTask(),
    private readonly budgetMs = 8,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Run the job `make()` returns, in slices; `done` gets its result unless a later request replaced it. */
  request(make: () => Iterator<void, T>, done: (value: T) => void): void {
    if (this.disposed) return;
    if (this.running) {
      this.waiting = { make, done };
      return;
    }
    this.running = { steps: make(), done };
    this.schedule(() => this.slice());
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.running = undefined;
    this.waiting = undefined;
  }

  private slice(): void {
    const job = this.running;
    if (!job || this.disposed) return;
    const until = this.now() + this.budgetMs;
    for (;;) {
      const r = job.steps.next();
      if (r.done) {
        this.running = undefined;
        const next = this.waiting;
        this.waiting = undefined;
        // a newer request makes this result stale at once: skip it, start the newer one
        if (next) this.request(next.make, next.done);
        else job.done(r.value);
        return;
      }
      if (this.now() >= until) break;
    }
    this.schedule(() => this.slice());
  }
}
