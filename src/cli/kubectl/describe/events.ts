// The `Events:` table at the bottom of describe: mirrors describe.go DescribeEvents (sorted by
// lastTimestamp, `Age` as `5s`, `2m (x3 over 5m)` for repeated events).
import { R } from '../../../sim/api/resources';
import type { Event, KubeObject } from '../../../sim/api/types';
import type { CliContext } from '../../types';
import { translateTimestampSince } from '../printers/duration';
import type { PrefixWriter } from './writer';

/** events about `obj` (matched by uid, or kind and name), as describe's field-selector search finds them */
export async function eventsFor(obj: KubeObject, ctx: CliContext): Promise<Event[]> {
  try {
    const list = await ctx.client.list(R.events, obj.metadata.namespace || undefined);
    return (list.items as unknown as Event[]).filter((e) => {
      const io = e.involvedObject ?? {};
      if (io.uid && obj.metadata.uid) return io.uid === obj.metadata.uid;
      return io.kind === obj.kind && io.name === obj.metadata.name;
    });
  } catch {
    return [];
  }
}

function time(t: unknown): number {
  return typeof t === 'string' ? Date.parse(t) : 0;
}

export function describeEvents(events: Event[], w: PrefixWriter, now: number): void {
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  const sorted = [...events].sort((a, b) => time(a.lastTimestamp ?? a.eventTime) - time(b.lastTimestamp ?? b.eventTime));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime ? translateTimestampSince(e.eventTime as string, now) : translateTimestampSince(e.firstTimestamp as string | undefined, now);
    let interval = first;
    if (e.series) interval = `${translateTimestampSince(e.series.lastObservedTime as string | undefined, now)} (x${e.series.count} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${translateTimestampSince(e.lastTimestamp as string | undefined, now)} (x${e.count} over ${first})`;
    const from = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${from}\t${(e.message ?? '').trim()}\n`);
  }
}
