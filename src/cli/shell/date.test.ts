import { describe, expect, it } from 'vitest';
import { strftime } from './date';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

describe('date over the virtual clock', () => {
  it('formats as GNU date -u does (outputs recorded from coreutils)', () => {
    expect(strftime('%a %b %e %H:%M:%S %Z %Y', 86_400_000_000)).toBe('Wed Sep 27 00:00:00 UTC 1972');
    expect(strftime('%Y-%m-%dT%H:%M:%SZ %s %a %b %e %T %F %z %% %Q', 1_700_000_000_000)).toBe('2023-11-14T22:13:20Z 1700000000 Tue Nov 14 22:13:20 2023-11-14 +0000 % %Q');
  });

  it('reads the cluster clock, and refuses bad options as coreutils does', async () => {
    const t = testContext();
    const before = await runCommand('date +%s', t.ctx);
    t.clock.advance(90_000);
    const after = await runCommand('date -u +%s', t.ctx);
    expect(Number(after.stdout) - Number(before.stdout)).toBe(90);
    expect(await runCommand('date -x', t.ctx)).toEqual({ stdout: '', stderr: "date: invalid option -- 'x'\nTry 'date --help' for more information.\n", exitCode: 1 });
  });
});

describe('compound commands', () => {
  it('are refused with a clear message rather than run word by word', async () => {
    expect(await runCommand('for i in 1 2; do echo $i; done', testContext().ctx)).toEqual({ stdout: '', stderr: 'bash: for: compound commands (for, while, if, case) are not supported in the Kubeplay terminal\n', exitCode: 2 });
    expect(await runCommand('echo for while', testContext().ctx)).toMatchObject({ stdout: 'for while\n', exitCode: 0 });
  });
});
