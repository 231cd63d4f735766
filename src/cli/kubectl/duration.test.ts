import { expect, it } from 'vitest';
import { parseDuration } from './duration';

it('reads durations as Go does', () => {
  expect(parseDuration('0')).toBe(0);
  expect(parseDuration('90s')).toBe(90_000);
  expect(parseDuration('1m30s')).toBe(90_000);
  expect(parseDuration('500ms')).toBe(500);
  expect(parseDuration('1.5h')).toBe(5_400_000);
  expect(parseDuration('5')).toBeUndefined();
  expect(parseDuration('3x')).toBeUndefined();
  expect(parseDuration('')).toBeUndefined();
});
