// What a simulated container process does over (virtual) time, as plain data: the kubelet stores
// it per container, serves logs from it and schedules the exit from it. Times are ms after start.

export interface LogLine {
  at: number;
  /** may hold {time:…}/{podIP}/{hostname} placeholders, filled when read (see ./templates.ts) */
  text: string;
}

export interface ProcessPlan {
  lines: LogLine[];
  /** an endless loop (`while true; do …; done`): after `start`, `lines` repeat every `period` ms */
  loop?: { start: number; period: number; lines: LogLine[] };
  /** when and how the process ends by itself; absent = runs until killed */
  exit?: { at: number; code: number; reason?: 'OOMKilled' };
  /**
   * the memory the process reaches, `at` ms after start (stress --vm-bytes): over the
   * container's memory limit the kubelet reports OOMKilled (../kubelet/lifecycle.ts)
   */
  memory?: { bytes: number; at: number };
  /** how long the process takes to exit after SIGTERM */
  stopMs: number;
  /** a listening server (HTTP body for curl through a Service) */
  listen?: { port: number; protocol: 'http' | 'tcp'; body?: string; anyPath?: boolean; needs?: ListenNeeds };
  /** files the process creates or removes (touch, rm, echo > f): what exec probes like `cat /tmp/healthy` see */
  files?: FileEvent[];
}

/** a server's dependency, resolved from its env at start (catalogue.ts ServerNeeds) */
export interface ListenNeeds {
  host: string;
  port: number;
  status: number;
  body: string;
}

export interface FileEvent {
  at: number;
  path: string;
  /** false = removed */
  exists: boolean;
}

/** The files present `elapsed` ms after start. */
export function filesAt(plan: ProcessPlan, elapsed: number): Set<string> {
  const out = new Set<string>();
  for (const f of plan.files ?? []) {
    if (f.at > elapsed) break;
    if (f.exists) out.add(f.path);
    else out.delete(f.path);
  }
  return out;
}

/** Log lines printed in the first `elapsed` ms (at most `max`, the newest kept). */
export function linesUntil(plan: ProcessPlan, elapsed: number, max = 5000): LogLine[] {
  const out = plan.lines.filter((l) => l.at <= elapsed);
  const loop = plan.loop;
  if (loop && loop.period > 0 && elapsed >= loop.start && loop.lines.length > 0) {
    const iterations = Math.floor((elapsed - loop.start) / loop.period) + 1;
    const firstIter = Math.max(0, iterations - Math.ceil(max / loop.lines.length) - 1);
    for (let k = firstIter; k < iterations; k++) {
      const base = loop.start + k * loop.period;
      for (const l of loop.lines) if (base + l.at <= elapsed) out.push({ at: base + l.at, text: l.text });
    }
  }
  return out.length > max ? out.slice(out.length - max) : out;
}
