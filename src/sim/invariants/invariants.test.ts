// A randomized test of the whole control plane (issue 4, "Bad input and invariants"): fast-check
// draws sequences of kubectl commands and manifests — valid and invalid — and time steps, runs them
// on a fresh cluster, lets it settle, and checks what must hold on any real cluster:
// nothing crashed; every owned object's owner exists once garbage collection settles; every Running
// pod is on an existing, Ready node; Endpoints list only ready pods as ready; resourceVersions
// strictly increase; every Deployment settles at its replica count.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '../cluster';
import { R, RESOURCES } from '../api/resources';
import type { KubeObject } from '../api/types';
import { runCommand } from '../../cli/run';
import { clusterContext } from '../../cli/cluster-context';
import { MemoryWorkspace } from '../../cli/workspace';

const NAMES = ['web', 'api', 'db'];
// images that keep running (busybox without a command exits at once and rightly crash-loops)
const IMAGES = ['nginx:1.27', 'nginx:1.28', 'redis:7', 'httpd:2.4'];

/** one step: a shell line, or time passing */
type Step = { line: string } | { sleep: number };

const name = fc.constantFrom(...NAMES);
const replicas = fc.integer({ min: 0, max: 6 });

function deployment(n: string, r: number, image: string, label: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${n}
spec:
  replicas: ${r}
  selector:
    matchLabels:
      app: ${n}
  template:
    metadata:
      labels:
        app: ${n}
        tier: ${label}
    spec:
      containers:
      - name: main
        image: ${image}
`;
}

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ n: name, r: replicas, image: fc.constantFrom(...IMAGES), label: fc.constantFrom('a', 'b') }).map(({ n, r, image, label }) => ({ line: `apply:${deployment(n, r, image, label)}` })),
  fc.tuple(name, replicas).map(([n, r]) => ({ line: `kubectl scale deployment ${n} --replicas=${r}` })),
  fc.tuple(name, fc.constantFrom(...IMAGES)).map(([n, i]) => ({ line: `kubectl set image deployment/${n} main=${i}` })),
  name.map((n) => ({ line: `kubectl rollout restart deployment ${n}` })),
  name.map((n) => ({ line: `kubectl rollout undo deployment ${n}` })),
  name.map((n) => ({ line: `kubectl delete deployment ${n} --wait=false` })),
  fc.tuple(name, fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer')).map(([n, t]) => ({ line: `kubectl expose deployment ${n} --port=80 --type=${t}` })),
  name.map((n) => ({ line: `kubectl delete service ${n} --wait=false` })),
  name.map((n) => ({ line: `kubectl delete pods -l app=${n} --wait=false` })),
  name.map((n) => ({ line: `kubectl delete rs -l app=${n} --wait=false` })),
  fc.tuple(name, fc.constantFrom(...IMAGES, 'nginx:does-not-exist')).map(([n, i]) => ({ line: `kubectl run ${n}-pod --image=${i}` })),
  name.map((n) => ({ line: `kubectl delete pod ${n}-pod --wait=false` })),
  fc.constantFrom('aks-nodepool1-00000000-vmss000000', 'aks-nodepool1-00000000-vmss000001').chain((node) => fc.constantFrom(`kubectl cordon ${node}`, `kubectl uncordon ${node}`)).map((line) => ({ line })),
  // invalid input: the api-server and kubectl must refuse it and lose nothing
  fc.constantFrom(
    'kubectl scale deployment web --replicas=-3',
    'kubectl create deployment Bad_Name --image=nginx',
    'kubectl get podz',
    'kubectl delete',
    'kubectl apply -f missing.yaml',
    'apply:apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\nspec:\n  selector: {}\n',
    'apply:kind: Pod\nmetadata: [1, 2]\n',
    'apply:{{{ not yaml',
  ).map((line) => ({ line })),
  fc.integer({ min: 1, max: 90 }).map((s) => ({ sleep: s * 1000 })),
);

interface WithStatus extends KubeObject {
  spec?: { replicas?: number; nodeName?: string };
  status?: { phase?: string; replicas?: number; updatedReplicas?: number; availableReplicas?: number; readyReplicas?: number; conditions?: Array<{ type: string; status: string }> };
}

/** how much the checks saw, so that the test cannot pass by checking nothing */
const seen = { deployments: 0, runningPods: 0, endpointAddresses: 0, ownedObjects: 0 };

async function run(steps: Step[], seed: number): Promise<void> {
  const cluster = createCluster({ seed, nodes: 3 });
  // the node names in the commands above: whatever this cluster calls its first two nodes
  const nodeNames = (cluster.api.list(R.nodes, undefined).items as KubeObject[]).map((n) => n.metadata.name!);
  const workspace = new MemoryWorkspace({});
  const ctx = clusterContext(cluster, workspace);
  const rvs: number[] = [];
  cluster.api.watch(R.pods, undefined, { resourceVersion: String(cluster.api.list(R.pods, undefined).metadata.resourceVersion) }, (ev) => {
    if (ev.type !== 'BOOKMARK') rvs.push(Number(ev.object.metadata.resourceVersion));
  });

  for (const s of steps) {
    if ('sleep' in s) {
      cluster.advance(s.sleep);
      continue;
    }
    let line = s.line.replace(/aks-nodepool1-00000000-vmss00000(\d)/, (_, i: string) => nodeNames[Number(i)] ?? 'nope');
    if (line.startsWith('apply:')) {
      workspace.write('m.yaml', line.slice('apply:'.length));
      line = 'kubectl apply -f m.yaml';
    }
    const r = await runCommand(line, ctx); // throws only on a crash
    expect(typeof r.exitCode).toBe('number');
  }

  // settle: rollouts finish, garbage collection and graceful deletions run their course
  for (const n of nodeNames) await runCommand(`kubectl uncordon ${n}`, ctx);
  cluster.advance(10 * 60_000);

  const all = (r: (typeof RESOURCES)[number]) => cluster.api.list(r, undefined).items as WithStatus[];
  const byUid = new Set(RESOURCES.flatMap((r) => all(r).map((o) => o.metadata.uid)));
  for (const r of RESOURCES) {
    for (const o of all(r)) {
      if (o.metadata.ownerReferences?.length && o.metadata.namespace === 'default') seen.ownedObjects++;
      for (const ref of o.metadata.ownerReferences ?? []) {
        expect(byUid.has(ref.uid), `${o.kind} ${o.metadata.name} is owned by ${ref.kind} ${ref.name}, which is gone`).toBe(true);
      }
    }
  }
  const readyNodes = new Set(all(R.nodes).filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).map((n) => n.metadata.name));
  const pods = all(R.pods);
  seen.runningPods += pods.filter((p) => p.status?.phase === 'Running' && p.metadata.namespace === 'default').length;
  for (const p of pods) if (p.status?.phase === 'Running') expect(readyNodes.has(p.spec?.nodeName), `${p.metadata.name} runs on ${p.spec?.nodeName}`).toBe(true);
  const readyPods = new Set(pods.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).map((p) => `${p.metadata.namespace}/${p.metadata.name}`));
  for (const ep of all(R.endpoints) as Array<KubeObject & { subsets?: Array<{ addresses?: Array<{ targetRef?: { name: string; namespace?: string } }> }> }>) {
    for (const a of (ep.subsets ?? []).flatMap((s) => s.addresses ?? [])) {
      if (ep.metadata.namespace === 'default') seen.endpointAddresses++;
      if (a.targetRef) expect(readyPods.has(`${a.targetRef.namespace ?? ep.metadata.namespace}/${a.targetRef.name}`), `endpoint ${a.targetRef.name} of ${ep.metadata.name} is not ready`).toBe(true);
    }
  }
  for (let i = 1; i < rvs.length; i++) expect(rvs[i]).toBeGreaterThan(rvs[i - 1]);
  seen.deployments += all(R.deployments).filter((d) => d.metadata.namespace === 'default').length;
  for (const d of all(R.deployments)) {
    const want = d.spec?.replicas ?? 1;
    expect({ name: d.metadata.name, replicas: d.status?.replicas ?? 0, updated: d.status?.updatedReplicas ?? 0, available: d.status?.availableReplicas ?? 0 }).toEqual({ name: d.metadata.name, replicas: want, updated: want, available: want });
    const rsUids = new Set(all(R.replicasets).filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid)).map((rs) => rs.metadata.uid));
    const owned = pods.filter((p) => !p.metadata.deletionTimestamp && p.metadata.ownerReferences?.some((o) => rsUids.has(o.uid)));
    expect(owned.length, `${d.metadata.name}'s pods`).toBe(want);
  }
}

describe('control-plane invariants under random commands and manifests', () => {
  it('hold after thousands of random steps', { timeout: 240_000 }, async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 20, maxLength: 60 }), fc.integer({ min: 1, max: 1_000_000 }), async (s, seed) => {
        steps += s.length;
        await run(s, seed);
      }),
      { numRuns: 150, seed: 20261122 },
    );
    expect(steps).toBeGreaterThan(4500);
    // the user's objects, not only the add-ons, were there to be checked
    expect(seen.deployments).toBeGreaterThan(100);
    expect(seen.runningPods).toBeGreaterThan(200);
    expect(seen.endpointAddresses).toBeGreaterThan(50);
    expect(seen.ownedObjects).toBeGreaterThan(200);
  });
});
