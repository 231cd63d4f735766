// Tab completion for helm: commands, subcommands, and the stable charts or workspace folders where a
// chart goes.
import { describe, expect, it } from 'vitest';
import { candidates, HELM_COMMANDS, STABLE_CHARTS, type CompletionSource } from './complete';
import { stableIndex } from '../../helm/repo';

const src: CompletionSource = { names: () => [], files: () => ['mychart/Chart.yaml', 'mychart/values.yaml', 'pod.yaml'] };

describe('helm completion', () => {
  it('offers commands, then subcommands, then charts', () => {
    expect(candidates('helm ', src)).toEqual(HELM_COMMANDS);
    expect(candidates('helm re', src)).toContain('repo');
    expect(candidates('helm repo ', src)).toEqual(['add', 'list', 'remove', 'update']);
    expect(candidates('helm show ', src)).toEqual(['all', 'chart', 'crds', 'readme', 'values']);
    expect(candidates('helm install my-wp ', src)).toEqual([...STABLE_CHARTS, 'mychart']);
    expect(candidates('helm show values stable/w', src)).toContain('stable/wordpress');
    expect(candidates('helm pull ', src)).toContain('stable/redis');
    expect(candidates('helm install my-wp stable/wordpress ', src)).toEqual([]);
    expect(candidates('helm dependency list ', src)).toEqual(['mychart']);
  });

  it('knows the charts the built-in repository bundles', () => {
    expect(STABLE_CHARTS).toEqual(stableIndex().map((c) => `stable/${c.name}`));
  });
});
