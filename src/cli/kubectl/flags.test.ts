import { describe, expect, it } from 'vitest';
import { parseFlags, UsageError, type FlagSpec } from './flags';

const specs: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'tail', type: 'int' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'wide', short: 'w', type: 'bool' },
];

function err(argv: string[]): string {
  try {
    parseFlags(argv, specs);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('parseFlags (pflag syntax)', () => {
  it('accepts --a=b, --a b, -n b, -nb, -n=b and flags after positionals', () => {
    expect(parseFlags(['pods', '--namespace=x'], specs)).toEqual({ args: ['pods'], flags: { namespace: 'x' } });
    expect(parseFlags(['--namespace', 'x', 'pods'], specs).flags.namespace).toBe('x');
    expect(parseFlags(['-n', 'x'], specs).flags.namespace).toBe('x');
    expect(parseFlags(['-nx'], specs).flags.namespace).toBe('x');
    expect(parseFlags(['-n=x'], specs).flags.namespace).toBe('x');
  });

  it('combines short bools, repeats string arrays, parses ints, stops at --', () => {
    expect(parseFlags(['-Aw'], specs).flags).toEqual({ 'all-namespaces': true, wide: true });
    expect(parseFlags(['-f', 'a.yaml', '-f', 'b.yaml,c.yaml'], specs).flags.filename).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(parseFlags(['--tail=5'], specs).flags.tail).toBe(5);
    expect(parseFlags(['--', '-n', 'x'], specs).args).toEqual(['-n', 'x']);
    expect(parseFlags(['--all-namespaces=false'], specs).flags['all-namespaces']).toBe(false);
  });

  it("reports pflag's errors", () => {
    expect(err(['--bogus'])).toBe('unknown flag: --bogus');
    expect(err(['-x'])).toBe("unknown shorthand flag: 'x' in -x");
    expect(err(['-n'])).toBe("flag needs an argument: 'n' in -n");
    expect(err(['--tail'])).toBe('flag needs an argument: --tail');
    expect(err(['--tail=abc'])).toBe('invalid argument "abc" for "--tail" flag: strconv.ParseInt: parsing "abc": invalid syntax');
  });
});
