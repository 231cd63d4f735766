import { describe, expect, it } from 'vitest';
import { nextAfter, parseSchedule, timesBetween } from './schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('cron schedules', () => {
  it('steps, ranges, lists and names', () => {
    expect(iso(nextAfter(parseSchedule('*/5 * * * *'), at('2025-01-06T09:02:30Z')))).toBe('2025-01-06T09:05:00.000Z');
    expect(iso(nextAfter(parseSchedule('0 9-17/4 * * mon-fri'), at('2025-01-10T17:00:00Z')))).toBe('2025-01-13T09:00:00.000Z');
    expect(iso(nextAfter(parseSchedule('30 2 1,15 * *'), at('2025-01-06T00:00:00Z')))).toBe('2025-01-15T02:30:00.000Z');
    expect(iso(nextAfter(parseSchedule('@monthly'), at('2025-12-31T23:59:00Z')))).toBe('2026-01-01T00:00:00.000Z');
    expect(iso(nextAfter(parseSchedule('0 0 29 feb *'), at('2025-01-01T00:00:00Z')))).toBe('2028-02-29T00:00:00.000Z');
  });
  it('either day field matches when both are restricted', () => {
    // the 1st of the month or any Monday
    expect(iso(nextAfter(parseSchedule('0 0 1 * 1'), at('2025-01-02T00:00:00Z')))).toBe('2025-01-06T00:00:00.000Z');
  });
  it('lists missed times and rejects malformed specs', () => {
    expect(timesBetween(parseSchedule('* * * * *'), at('2025-01-06T09:00:00Z'), at('2025-01-06T09:03:00Z'))).toHaveLength(3);
    expect(() => parseSchedule('* * *')).toThrow('expected exactly 5 fields');
    expect(() => parseSchedule('61 * * * *')).toThrow();
  });
});
