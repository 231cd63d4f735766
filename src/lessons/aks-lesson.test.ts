// The AKS lesson on the simulated cluster: the upgrade step is not done until every node of the pool
// runs the new version and the Deployment has all its replicas available again, and says so.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../cli/run';
import { clusterContext } from '../cli/cluster-context';
import { MemoryWorkspace } from '../cli/workspace';
import type { KubeObject } from '../sim/api/types';
import { createCluster } from '../sim/cluster';
import { evaluateCheck, type LessonView } from './checks';
import { findLesson } from './load';
import { formatMsgs } from './messages';
import type { Lesson } from './types';

const lesson = findLesson('aks') as Lesson;

function view(objects: KubeObject[], commands: string[]): LessonView {
  const byKind: LessonView['objects'] = {};
  for (const o of objects) (byKind[o.kind] ??= new Map()).set(`${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
  return { objects: byKind, commandLog: commands.map((line) => ({ line, exitCode: 0, at: 0 })), seen: new Set(), read: false };
}

const check = (id: string) => lesson.steps.find((s) => s.id === id)!.check;

describe('the AKS lesson', () => {
  it('has its steps in both languages, from what AKS manages to node image upgrades', () => {
    expect(lesson.steps.map((s) => s.id)).toEqual(['what', 'pools', 'versions', 'workload', 'scale', 'surge', 'compare', 'upgrade', 'nodeimage']);
    expect(lesson.title.ja).toContain('最大サージ');
    expect(lesson.steps.find((s) => s.id === 'compare')!.text.en.body).toContain('(#aks-compare)');
  });

  it('checks the upgrade on the nodes themselves: not done halfway, done once all six run v1.33.1', async () => {
    const cluster = createCluster({ seed: 1 });
    const ctx = clusterContext(cluster, new MemoryWorkspace({}));
    const run = (line: string) => runCommand(line, ctx);
    await run('az aks scale -g myResourceGroup -n myAKSCluster --node-count 6');
    await run('kubectl create deployment web --image=nginx:1.27 --replicas=6');
    cluster.advance(60_000);
    const commands = ['az aks upgrade -g myResourceGroup -n myAKSCluster --kubernetes-version 1.33.1 --yes'];
    await run(`${commands[0]} --no-wait`);
    cluster.advance(4 * 60_000);
    const halfway = evaluateCheck(check('upgrade'), view(cluster.api.listAll(), commands));
    expect(halfway.done).toBe(false);
    expect(formatMsgs(halfway.expected, 'en')).toContain('6 ready Node objects labelled agentpool=nodepool1; with status.nodeInfo.kubeletVersion=v1.33.1');
    expect(formatMsgs(halfway.actual, 'en')).toMatch(/[0-5] ready Node objects labelled agentpool=nodepool1; with status.nodeInfo.kubeletVersion=v1.33.1/);
    cluster.advance(30 * 60_000);
    expect(evaluateCheck(check('upgrade'), view(cluster.api.listAll(), commands)).done).toBe(true);
    // the command alone is not enough
    expect(evaluateCheck(check('upgrade'), view(cluster.api.listAll(), [])).done).toBe(false);
  });

  it('wants max surge 33% on the pool, not another value', () => {
    const update = 'az aks nodepool update -g myResourceGroup --cluster-name myAKSCluster -n nodepool1 --max-surge';
    expect(evaluateCheck(check('surge'), view([], [`${update} 100%`])).done).toBe(false);
    expect(evaluateCheck(check('surge'), view([], [`${update} 33%`])).done).toBe(true);
  });
});
