// How the timeline shows simulated time: the wall-clock instant in UTC (as kubectl and events
// print it) and how long the cluster has run since the start of the session.

/** 2025-01-06 09:00:05 UTC, or 09:00:05.250 with milliseconds (paused: Step moves by less than a second) */
export function formatInstant(ms: number, withMs = false): string {
  return `${new Date(ms).toISOString().slice(0, withMs ? 23 : 19).replace('T', ' ')} UTC`;
}

/** like kubectl's AGE column: 45s, 3m12s, 1h05m */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  return `${h}h${String(m % 60).padStart(2, '0')}m`;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20, 50] as const;
