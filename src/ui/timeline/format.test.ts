import { describe, expect, it } from 'vitest';
import { formatElapsed, formatInstant, SPEEDS } from './format';

describe('timeline formatting', () => {
  it('shows the instant in UTC to the second', () => {
    expect(formatInstant(Date.UTC(2025, 0, 6, 9, 0, 5, 999))).toBe('2025-01-06 09:00:05 UTC');
    expect(formatInstant(Date.UTC(2025, 0, 6, 9, 0, 5, 250), true)).toBe('2025-01-06 09:00:05.250 UTC');
  });
  it('shows elapsed time compactly', () => {
    expect(formatElapsed(45_900)).toBe('45s');
    expect(formatElapsed(192_000)).toBe('3m12s');
    expect(formatElapsed(3_900_000)).toBe('1h05m');
    expect(formatElapsed(-5)).toBe('0s');
  });
  it('offers 0.25x to 50x', () => {
    expect(SPEEDS[0]).toBe(0.25);
    expect(SPEEDS.at(-1)).toBe(50);
  });
});
