// Rolling-update benchmark: a converged Deployment of M replicas on N nodes gets a new image; virtual
// time advances until the rollout is complete (every replica updated and available, old ReplicaSets
// at zero). Wall-clock milliseconds for the rollout alone are the number the issue asks about.
import { createCluster } from '../src/sim/cluster';
import { R } from '../src/sim/api/resources';
import { benchDeployment } from './converge';

interface DeploymentLike {
  metadata: { generation?: number };
  spec: { replicas: number; template: { spec: { containers: Array<{ name: string; image: string }> } } };
  status?: { observedGeneration?: number; updatedReplicas?: number; availableReplicas?: number; replicas?: number };
}

export function rollingUpdate(opts: { nodes?: number; replicas?: number; seed?: number } = {}) {
  const nodes = opts.nodes ?? 500;
  const replicas = opts.replicas ?? 10_000;
  const c = createCluster({ seed: opts.seed ?? 1, nodes, addons: false, freezeObjects: false });
  c.api.create(R.deployments, 'default', benchDeployment(replicas));
  const done = (d: DeploymentLike) => {
    const s = d.status ?? {};
    return s.observedGeneration === d.metadata.generation && s.updatedReplicas === replicas && s.availableReplicas === replicas && s.replicas === replicas;
  };
  const get = () => c.api.get(R.deployments, 'default', 'bench') as unknown as DeploymentLike;
  for (let i = 0; i < 600 && !done(get()); i++) c.advance(5_000);
  if (!done(get())) throw new Error('the deployment never converged');
  const d = get();
  const next = structuredClone(d);
  next.spec.template.spec.containers[0].image = 'nginx:1.28';
  const t0 = performance.now();
  const v0 = c.clock.now();
  c.api.update(R.deployments, 'default', next as never);
  for (let i = 0; i < 2000 && !done(get()); i++) c.advance(5_000);
  const ms = performance.now() - t0;
  if (!done(get())) throw new Error(`the rollout did not complete in ${(c.clock.now() - v0) / 1000}s of virtual time`);
  return { pods: replicas, nodes, ms: Math.round(ms), virtualSeconds: (c.clock.now() - v0) / 1000 };
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('rolling.ts');
if (isMain) console.log(JSON.stringify(rollingUpdate()));
