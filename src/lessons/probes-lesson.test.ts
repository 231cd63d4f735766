// The probes lesson's fault steps on the real simulated cluster: the buttons' faults hit real objects,
// and a step with an action is done only once the cluster has healed after it, not at the moment of the fault.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../cli/run';
import { clusterContext } from '../cli/cluster-context';
import { MemoryWorkspace } from '../cli/workspace';
import type { KubeObject } from '../sim/api/types';
import { createCluster } from '../sim/cluster';
import { applyFault, type Fault, type FaultResult } from '../sim/faults';
import { findLesson } from './load';
import { replaySolution } from './transcript';
import type { Lesson } from './types';

function mirror(objects: KubeObject[]): Record<string, Map<string, KubeObject>> {
  const byKind: Record<string, Map<string, KubeObject>> = {};
  for (const o of objects) (byKind[o.kind] ??= new Map()).set(`${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
  return byKind;
}

async function replay(lesson: Lesson) {
  const cluster = createCluster({ seed: 1 });
  const workspace = new MemoryWorkspace({});
  const ctx = clusterContext(cluster, workspace);
  const faults: { fault: Fault; result: FaultResult }[] = [];
  const result = await replaySolution(lesson, {
    run: (line) => runCommand(line, ctx),
    writeFile: (path, content) => workspace.write(path, content),
    sleep: (ms) => cluster.advance(ms),
    fault: async (fault) => {
      const r = await applyFault(cluster, fault);
      faults.push({ fault, result: r });
      return r;
    },
    objects: () => mirror(cluster.api.listAll()),
  });
  return { ...result, faults };
}

const lesson = findLesson('probes') as Lesson;

describe('the probes lesson', () => {
  it('has fault buttons on the kill-pod, break-image, stop-node and start-node steps', () => {
    expect(lesson.steps.filter((s) => s.action).map((s) => [s.id, s.action?.fault])).toEqual([
      ['kill-pod', 'killPod'],
      ['break-image', 'breakImage'],
      ['stop-node', 'stopNode'],
      ['start-node', 'startNode'],
    ]);
  });

  it("kills a web pod, breaks the web image, stops a web pod's node and starts that node again", async () => {
    const r = await replay(lesson);
    expect(r.failures).toEqual([]);
    expect(r.faults.map((f) => [f.fault.action, f.fault.kind, f.result.ok])).toEqual([
      ['killPod', 'Pod', true],
      ['breakImage', 'Deployment', true],
      ['stopNode', 'Node', true],
      ['startNode', 'Node', true],
    ]);
    expect(r.faults[2].fault.name).toMatch(/^aks-nodepool1-\d+-vmss00000\d$/);
    expect(r.faults[3].fault.name).toBe(r.faults[2].fault.name);
    expect(r.done).toEqual(lesson.steps.map((s) => s.id));
    expect(r.faults[0].fault.name).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(r.faults[1].result.params?.image).toBe('nginx:does-not-exist');
  });

  it('does not count the kill-pod step done at the moment of the kill: the replacement must get Ready first', async () => {
    const upToKill = lesson.solution.slice(0, lesson.solution.indexOf('# action kill-pod') + '# action kill-pod\n'.length);
    const r = await replay({ ...lesson, solution: upToKill });
    expect(r.faults.map((f) => f.fault.action)).toEqual(['killPod']);
    expect(r.done).toEqual(['why', 'liveness', 'crashloop', 'readiness', 'fix-readiness']);
  });

  it('leaves the fault steps undone when the solution never presses the buttons', async () => {
    const r = await replay({ ...lesson, solution: lesson.solution.replace(/^# action .*$/gm, '') });
    expect(r.done).not.toContain('kill-pod');
    expect(r.done).not.toContain('break-image');
  });
});
