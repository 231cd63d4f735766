// Main-thread tasks from a Chrome trace: wall time (what a PerformanceObserver's long tasks report)
// and the thread's CPU time (tdur). On a shared machine the two differ a lot: a task that waits for
// a core counts as long though it did little; the CPU figure is the one the code controls.
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export function mainThreadTasks(path: string, overMs = 50) {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  // the page's renderer main thread; several pages would need the frame's pid, the bench has one
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X');
  const cpu = tasks.map((t) => (t.tdur ?? 0) / 1000);
  const long = cpu.filter((ms) => ms > overMs);
  return {
    cpuLongTasks: long.length,
    maxTaskCpuMs: Math.round(Math.max(0, ...cpu)),
    mainThreadCpuMs: Math.round(cpu.reduce((a, b) => a + b, 0)),
  };
}
