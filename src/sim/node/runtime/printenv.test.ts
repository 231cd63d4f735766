// printenv as coreutils: each named variable that is set on its own line, exit 1 if any is unset.
import { describe, expect, it } from 'vitest';
import { runShell } from './shell';

const env = { vars: { A: '1', B: 'two' }, hostname: 'web-0' };
const run = (script: string) => {
  const p = runShell(script, env);
  return { out: p.lines.map((l) => l.text), code: p.exit?.code };
};

describe('printenv', () => {
  it('prints several variables, the hostname too, and nothing for an unset one', () => {
    expect(run('printenv A B')).toEqual({ out: ['1', 'two'], code: 0 });
    expect(run('printenv HOSTNAME')).toEqual({ out: ['web-0'], code: 0 });
    expect(run('printenv A NOPE')).toEqual({ out: ['1'], code: 1 });
    expect(run('printenv NOPE')).toEqual({ out: [], code: 1 });
    expect(run('printenv').out).toEqual(['HOSTNAME=web-0', 'A=1', 'B=two']);
  });
});
