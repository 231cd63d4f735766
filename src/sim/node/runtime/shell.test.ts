import { describe, expect, it } from 'vitest';
import { runShell, parseSleep } from './shell';
import { linesUntil } from './process-plan';

const env = { vars: { GREETING: 'hi' }, hostname: 'busybox' };
const texts = (p: ReturnType<typeof runShell>) => p.lines.map((l) => l.text);

describe('runShell', () => {
  it('echo then sleep: prints at once and exits after the sleep', () => {
    const p = runShell('echo Hello Kubernetes! && sleep 3600', env);
    expect(texts(p)).toEqual(['Hello Kubernetes!']);
    expect(p.exit).toEqual({ at: 3_600_000, code: 0 });
  });
  it('exit codes, && and ||', () => {
    expect(runShell('false || exit 3', env).exit).toEqual({ at: 0, code: 3 });
    expect(runShell('false && echo no; echo yes', env).lines.map((l) => l.text)).toEqual(['yes']);
    expect(runShell('exit 1; echo never', env).lines).toEqual([]);
    expect(runShell('true', env).exit?.code).toBe(0);
  });
  it('expands variables and quotes', () => {
    const p = runShell(`echo "$GREETING \${GREETING}" '$GREETING' $HOSTNAME`, env);
    expect(texts(p)).toEqual(['hi hi $GREETING busybox']);
  });
  it('sleep infinity and tail -f never exit', () => {
    expect(runShell('echo a; sleep infinity', env).exit).toBeUndefined();
    expect(runShell('tail -f /dev/null', env).exit).toBeUndefined();
  });
  it('an endless while loop becomes a repeating log', () => {
    const p = runShell('while true; do echo tick; sleep 5; done', env);
    expect(p.exit).toBeUndefined();
    expect(p.loop).toEqual({ start: 0, period: 5000, lines: [{ at: 0, text: 'tick' }] });
    expect(linesUntil(p, 12_000).map((l) => l.at)).toEqual([0, 5000, 10_000]);
  });
  it('for loops and if', () => {
    expect(texts(runShell('for i in 1 2 3; do echo n=$i; done', env))).toEqual(['n=1', 'n=2', 'n=3']);
    expect(texts(runShell('if false; then echo a; else echo b; fi', env))).toEqual(['b']);
  });
  it('unknown commands fail with 127 and a syntax error exits 2', () => {
    const p = runShell('nope', env);
    expect(texts(p)).toEqual(['sh: nope: not found']);
    expect(p.exit?.code).toBe(127);
    expect(runShell('do done', env).exit?.code).toBe(2);
  });
  it('date prints a placeholder filled at read time; > /dev/null hides output', () => {
    expect(texts(runShell('date', env))).toEqual(['{time:date}']);
    expect(runShell('echo hidden > /dev/null', env).lines).toEqual([]);
  });
  it('parses sleep durations', () => {
    expect(parseSleep('1.5')).toBe(1500);
    expect(parseSleep('2m')).toBe(120_000);
    expect(parseSleep('x')).toBeUndefined();
  });
});
