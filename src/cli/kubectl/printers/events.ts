// mirrors pkg/printers/internalversion/printers.go printEvent. The server renders the wide cells;
// kubectl hides the priority-1 columns unless -o wide.
import type { Event, KubeObject } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { col, type KindPrinter } from './table';

function source(ev: Event): string {
  const component = ev.source?.component || ev.reportingComponent || '';
  const host = ev.source?.host || ev.reportingInstance || '';
  return host ? `${component}, ${host}` : component;
}

export const eventPrinter: KindPrinter = {
  columns: [
    col('Last Seen', 'string', 'The time at which the most recent occurrence of this event was recorded.'),
    col('Type', 'string', 'Type of this event (Normal, Warning), new types could be added in the future.'),
    col('Reason', 'string', 'This should be a short, machine understandable string that gives the reason for the transition into the object\'s current status.'),
    col('Object', 'string', 'The object that this event is about.'),
    col('Subobject', 'string', 'The subobject (e.g. a container) that this event is about.', 1),
    col('Source', 'string', 'The component reporting this event.', 1),
    col('Message', 'string', 'A human-readable description of the status of this operation.'),
    col('First Seen', 'string', 'The time at which the event was first recorded.', 1),
    col('Count', 'integer', 'The number of times this event has occurred.', 1),
    col('Name', 'string', 'Name must be unique within a namespace.', 1, 'name'),
  ],
  cells(obj: KubeObject, now: number) {
    const ev = obj as unknown as Event;
    const first = ev.firstTimestamp ? translateTimestampSince(ev.firstTimestamp as string, now) : translateTimestampSince(ev.eventTime as string | undefined, now);
    let last = ev.lastTimestamp ? translateTimestampSince(ev.lastTimestamp as string, now) : first;
    let count = ev.count || 1;
    if (ev.series) {
      last = translateTimestampSince(ev.series.lastObservedTime as string | undefined, now);
      count = ev.series.count ?? count;
    }
    const kind = (ev.involvedObject?.kind ?? '').toLowerCase();
    const target = ev.involvedObject?.name ? `${kind}/${ev.involvedObject.name}` : kind;
    return [last, ev.type ?? '', ev.reason ?? '', target, ev.involvedObject?.fieldPath ?? '', source(ev), (ev.message ?? '').trim(), first, count, ev.metadata?.name ?? ''];
  },
};
