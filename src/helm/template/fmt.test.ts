import { describe, expect, it } from 'vitest';
import { sprint, sprintf, sprintln } from './fmt';
import { formatFloat, formatV } from './value';

describe("Go's fmt", () => {
  it('formats floats as %v does: shortest digits, exponent from 1e21 for %v… but 1e+06 in templates', () => {
    expect(formatFloat(1000000)).toBe('1e+06');
    expect(formatFloat(123456)).toBe('123456');
    expect(formatFloat(0.0001)).toBe('0.0001');
    expect(formatFloat(0.00001)).toBe('1e-05');
    expect(formatFloat(1.5)).toBe('1.5');
    expect(formatFloat(-2.5e-7)).toBe('-2.5e-07');
    expect(formatFloat(1234567.5)).toBe('1.2345675e+06');
  });
  it('prints maps sorted, lists spaced, nil as <nil>', () => {
    expect(formatV({ b: 2n, a: [1n, 'x', null] })).toBe('map[a:[1 x <nil>] b:2]');
  });
  it('printf verbs, widths and precisions', () => {
    expect(sprintf('%s-%d-%5.2f-%-4d|%05d|%x|%X|%o|%q|%t|%v', ['a', 7n, 3.14159, 3n, 42n, 255n, 255n, 8n, 'q"', true, 1.5])).toBe('a-7- 3.14-3   |00042|ff|FF|10|"q\\""|true|1.5');
    expect(sprintf('%T %T %T %T', [1n, 1.5, 'x', [1n]])).toBe('int float64 string []interface {}');
  });
  it('marks wrong, missing and extra arguments as fmt does', () => {
    expect(sprintf('%d', ['str'])).toBe('%!d(string=str)');
    expect(sprintf('%s %s', ['a'])).toBe('a %!s(MISSING)');
    expect(sprintf('%s', ['a', 'b'])).toBe('a%!(EXTRA string=b)');
    expect(sprintf('%d', [1.5])).toBe('%!d(float64=1.5)');
  });
  it('rounds exact ties to even, takes * widths, and reads + and # on %v as Go does', () => {
    expect(sprintf('%.0f %.1f %.2f', [2.5, -0.25, 1.005])).toBe('2 -0.2 1.00');
    expect(sprintf('[%*d][%-*d][%*d]', [5n, 42n, 4n, 7n, 'x', 1n])).toBe('[   42][7   ][%!(BADWIDTH)1]');
    expect(sprintf('%+v %#v %#v', [65n, 'a', [1n, 'b']])).toBe('65 "a" []interface {}{1, "b"}');
  });
  it('print spaces operands only between non-strings; println always', () => {
    expect(sprint(['a', 1n, 2n, 'b', 3.5, true, null])).toBe('a1 2b3.5 true <nil>');
    expect(sprintln(['a', 1n])).toBe('a 1\n');
  });
});
