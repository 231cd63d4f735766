// The Events section, as `kubectl describe` shows it: events whose involvedObject is this object,
// oldest first, with Type, Reason, Age, From and Message.
// mirrors kubectl/pkg/describe/describe.go DescribeEvents, as src/cli/kubectl/describe/events.ts prints it.
import type { Event, KubeObject } from '../../sim/api/types';
import type { ObjectRef } from '../../state/ui-slice';
import { translateTimestampSince } from '../../cli/kubectl/printers/duration';

export interface EventRow {
  key: string;
  type: string;
  reason: string;
  age: string;
  from: string;
  message: string;
}

function lastTime(e: Event): string {
  return (e.lastTimestamp as string | undefined) || (e.eventTime as string | undefined) || (e.firstTimestamp as string | undefined) || e.metadata?.creationTimestamp || '';
}

function firstTime(e: Event): string {
  return (e.eventTime as string | undefined) || (e.firstTimestamp as string | undefined) || lastTime(e);
}

/** describe's From: the reporting component (as kubectl's describe in src/cli prints it). */
export function eventSource(e: Event): string {
  return e.source?.component || e.reportingComponent || '';
}

/** Events about `ref` (matched by kind, namespace and name; by uid too when both sides have one). */
export function eventsFor(ref: ObjectRef, uid: string | undefined, events: ReadonlyMap<string, KubeObject> | undefined): Event[] {
  const out: Event[] = [];
  for (const o of events?.values() ?? []) {
    const e = o as unknown as Event;
    const io = e.involvedObject;
    if (io.kind !== ref.kind || io.name !== ref.name || (io.namespace ?? '') !== (ref.namespace ?? '')) continue;
    if (uid && io.uid && io.uid !== uid) continue; // an earlier object of the same name
    out.push(e);
  }
  return sortEvents(out);
}

/** Events reported by any of `components` (source.component or reportingController), newest last. */
export function eventsFrom(components: (component: string) => boolean, events: ReadonlyMap<string, KubeObject> | undefined, limit = 20): Event[] {
  const out: Event[] = [];
  for (const o of events?.values() ?? []) {
    const e = o as unknown as Event;
    const c = e.source?.component || e.reportingComponent || '';
    if (c && components(c)) out.push(e);
  }
  return sortEvents(out).slice(-limit);
}

function sortEvents(list: Event[]): Event[] {
  return list.sort((a, b) => {
    const ta = lastTime(a);
    const tb = lastTime(b);
    return ta < tb ? -1 : ta > tb ? 1 : (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');
  });
}

/** describe's Age cell: "5s" since the first occurrence, or "3m (x4 over 10m)" for a repeated event. */
function ageCell(e: Event, now: number): string {
  const first = translateTimestampSince(firstTime(e), now);
  if (e.series) return `${translateTimestampSince(e.series.lastObservedTime as string | undefined, now)} (x${e.series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${translateTimestampSince(lastTime(e), now)} (x${e.count} over ${first})`;
  return first;
}

export function eventRow(e: Event, now: number): EventRow {
  return {
    key: e.metadata?.uid ?? `${e.metadata?.namespace}/${e.metadata?.name}`,
    type: e.type ?? 'Normal',
    reason: e.reason ?? '',
    age: ageCell(e, now),
    from: eventSource(e),
    message: (e.message ?? '').trim(),
  };
}
