import { describe, expect, it } from 'vitest';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

describe('kubectl -f - reads the shell\'s stdin', () => {
  it.each([
    ['kubectl apply -f - < /dev/null', '', 'error: no objects passed to apply\n', 1],
    ['kubectl create -f - < /dev/null', '', 'error: no objects passed to create\n', 1],
    ['kubectl delete -f - < /dev/null', 'No resources found\n', '', 0],
    ['kubectl apply -f empty.yaml', '', 'error: no objects passed to apply\n', 1],
    ['kubectl apply -f - -f - < /dev/null', '', 'error: standard input cannot be used for multiple arguments\n', 1],
  ])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext({ 'empty.yaml': '' });
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
