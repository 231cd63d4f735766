// ls hides dot files (a chart's .helmignore) unless -a or -A asks for them, as coreutils does.
import { describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { runCommand } from '../run';

describe('ls and dot files', () => {
  it('lists .helmignore only with -a or -A', async () => {
    const { ctx } = testContext({ 'web/.helmignore': '*.swp\n', 'web/Chart.yaml': 'name: web\n', 'web/values.yaml': '' });
    expect((await runCommand('ls web', ctx)).stdout).toBe('Chart.yaml\nvalues.yaml\n');
    expect((await runCommand('ls -A web', ctx)).stdout).toBe('.helmignore\nChart.yaml\nvalues.yaml\n');
    expect((await runCommand('ls -la web', ctx)).stdout).toContain('.helmignore');
    expect((await runCommand('ls web/.helmignore', ctx)).stdout).toBe('web/.helmignore\n');
  });
});
