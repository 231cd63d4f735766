// The solution bots: every lesson's solution.txt, replayed through the real kubectl against the real
// simulated cluster, must pass every step of its lesson (the same checks the panel shows).
import { describe, expect, it } from 'vitest';
import { runCommand } from '../cli/run';
import { clusterContext } from '../cli/cluster-context';
import { MemoryWorkspace } from '../cli/workspace';
import type { KubeObject } from '../sim/api/types';
import { createCluster } from '../sim/cluster';
import { applyFault } from '../sim/faults';
import { loadLessons } from './load';
import { replaySolution } from './transcript';

function mirror(objects: KubeObject[]): Record<string, Map<string, KubeObject>> {
  const byKind: Record<string, Map<string, KubeObject>> = {};
  for (const o of objects) (byKind[o.kind] ??= new Map()).set(`${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
  return byKind;
}

describe.each(loadLessons().map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('is solved by its solution.txt on the simulated cluster', async () => {
    const cluster = createCluster({ seed: 1 });
    const workspace = new MemoryWorkspace({});
    const ctx = clusterContext(cluster, workspace);
    const replay = await replaySolution(lesson, {
      run: (line) => runCommand(line, ctx),
      writeFile: (path, content) => workspace.write(path, content),
      sleep: (ms) => cluster.advance(ms),
      fault: (f) => applyFault(cluster, f),
      setNode: (name, action) => void (action === 'stop' ? cluster.stopNode(name) : cluster.startNode(name)),
      objects: () => mirror(cluster.api.listAll()),
    });
    expect(replay.failures).toEqual([]);
    expect(replay.done).toEqual(lesson.steps.map((s) => s.id));
  });
});
