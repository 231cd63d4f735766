// The Events section, as `kubectl describe` shows it: events whose involvedObject is this object,
// oldest first, with Type, Reason, Age, From and Message.
// mirrors kubectl/pkg/describe/describe.go DescribeEvents and formatEventSource.
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
  return (e.firstTimestamp as string | undefined) || (e.eventTime as string | undefined) || lastTime(e);
}

export function eventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || '';
  const host = e.source?.host || e.reportingInstance || '';
  return host && component ? `${component}, ${host}` : component || host;
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

/** describe's Age cell: "5s", or "3m (x4 over 10m)" for a repeated event. */
export function eventRow(e: Event, now: number): EventRow {
  const age = translateTimestampSince(lastTime(e), now);
  const count = e.count ?? e.series?.count ?? 1;
  return {
    key: e.metadata?.uid ?? `${e.metadata?.namespace}/${e.metadata?.name}`,
    type: e.type ?? 'Normal',
    reason: e.reason ?? '',
    age: count > 1 ? `${age} (x${count} over ${translateTimestampSince(firstTime(e), now)})` : age,
    from: eventSource(e),
    message: (e.message ?? '').trim(),
  };
}
