import { describe, expect, it } from 'vitest';
import { humanDuration, translateTimestampSince } from './duration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration (apimachinery HumanDuration)', () => {
  it.each([
    [0, '0s'],
    [119 * s, '119s'],
    [120 * s, '2m'],
    [190 * s, '3m10s'],
    [10 * m + 1 * s, '10m'],
    [3 * h - 1 * s, '179m'],
    [3 * h + 1 * m, '3h1m'],
    [5 * h, '5h'],
    [8 * h + 59 * m, '8h'],
    [47 * h, '47h'],
    [49 * h, '2d1h'],
    [3 * d, '3d'],
    [8 * d + 23 * h, '8d'],
    [800 * d, '2y70d'],
    [9 * 365 * d, '9y'],
  ])('%i ms -> %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('treats a slightly future time as 0s and a far future one as invalid', () => {
    expect(humanDuration(-500)).toBe('0s');
    expect(humanDuration(-5 * s)).toBe('<invalid>');
  });

  it('translateTimestampSince reads RFC 3339 and reports <unknown> when absent', () => {
    expect(translateTimestampSince('2025-01-06T09:00:00Z', Date.UTC(2025, 0, 6, 9, 3, 10))).toBe('3m10s');
    expect(translateTimestampSince(undefined, 0)).toBe('<unknown>');
  });
});
