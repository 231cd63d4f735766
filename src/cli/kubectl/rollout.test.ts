import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../sim/api/types';
import { createCluster } from '../../sim/cluster';
import { runCommand } from '../run';
import { clusterContext } from '../cluster-context';
import { MemoryWorkspace } from '../workspace';
import { deploymentRolloutStatus } from './rollout';

const DEPLOY = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: ${image}
`;

function setup() {
  const cluster = createCluster({ seed: 1 });
  const ctx = clusterContext(cluster, new MemoryWorkspace({ 'v1.yaml': DEPLOY('nginx:1.27'), 'v2.yaml': DEPLOY('nginx:1.26') }));
  return { cluster, ctx };
}

describe('deploymentRolloutStatus (rollout_status.go)', () => {
  const d = (spec: number, status: Deployment['status'], generation = 1): Deployment => ({ metadata: { name: 'web', generation }, spec: { replicas: spec, selector: {}, template: {} }, status: { observedGeneration: 1, ...status } });
  it.each([
    [d(3, {}, 2), 'Waiting for deployment spec update to be observed...\n'],
    [d(3, { updatedReplicas: 1, replicas: 3 }), 'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...\n'],
    [d(3, { updatedReplicas: 3, replicas: 4 }), 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n'],
    [d(3, { updatedReplicas: 3, replicas: 3, availableReplicas: 2 }), 'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...\n'],
    [d(3, { updatedReplicas: 3, replicas: 3, availableReplicas: 3 }), 'deployment "web" successfully rolled out\n'],
  ])('%#', (dep, message) => {
    expect(deploymentRolloutStatus(dep).message).toBe(message);
  });
});

describe('kubectl rollout on a simulated cluster', () => {
  it('status waits in simulated time until the rollout completes', async () => {
    const { ctx } = setup();
    await runCommand('kubectl apply -f v1.yaml', ctx);
    const r = await runCommand('kubectl rollout status deployment/web', ctx);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.endsWith('deployment "web" successfully rolled out\n')).toBe(true);
    expect(r.stdout.split('\n')[0]).toMatch(/^Waiting for deployment/);
  });

  it('history lists revisions; undo goes back; restart stamps the template', async () => {
    const { cluster, ctx } = setup();
    await runCommand('kubectl apply -f v1.yaml', ctx);
    cluster.advance(30_000);
    await runCommand('kubectl apply -f v2.yaml', ctx);
    cluster.advance(60_000);
    expect((await runCommand('kubectl rollout history deploy/web', ctx)).stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect((await runCommand('kubectl rollout undo deployment web', ctx)).stdout).toBe('deployment.apps/web rolled back\n');
    const d = JSON.parse((await runCommand('kubectl get deploy web -o json', ctx)).stdout) as Deployment;
    expect(d.spec?.template.spec?.containers[0].image).toBe('nginx:1.27');
    expect((await runCommand('kubectl rollout undo deployment web --to-revision=9', ctx)).stderr).toBe('error: unable to find specified revision 9 in history\n');
    expect((await runCommand('kubectl rollout restart deployment web', ctx)).stdout).toBe('deployment.apps/web restarted\n');
    const after = JSON.parse((await runCommand('kubectl get deploy web -o json', ctx)).stdout) as Deployment;
    expect(after.spec?.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toMatch(/^2025-01-06T09:01:30Z$/);
  });
});

describe('kubectl rollout pause / resume', () => {
  it('holds a new template back while paused and rolls it out on resume, with kubectl 1.32\'s messages', async () => {
    const { cluster, ctx } = setup();
    const run = (line: string) => runCommand(line, ctx);
    await run('kubectl apply -f v1.yaml');
    cluster.advance(30_000);
    expect((await run('kubectl rollout pause deployment/web')).stdout).toBe('deployment.apps/web paused\n');
    expect((await run('kubectl rollout pause deployment/web')).stderr).toBe('error: deployments.apps "web" is already paused\n');
    expect((await run('kubectl rollout restart deployment/web')).stderr).toBe(`error: deployments.apps "web" can't restart paused deployment (run rollout resume first)\n`);
    await run('kubectl set image deployment/web web=nginx:1.26');
    cluster.advance(30_000);
    const images = async () => (await run("kubectl get pods -o jsonpath={.items[*].spec.containers[0].image}")).stdout.split(' ');
    expect(new Set(await images())).toEqual(new Set(['nginx:1.27']));
    expect((await run('kubectl rollout resume deployment/web')).stdout).toBe('deployment.apps/web resumed\n');
    expect((await run('kubectl rollout resume deployment/web')).stderr).toBe('error: deployments.apps "web" is not paused\n');
    expect((await run('kubectl rollout status deployment/web')).stdout).toMatch(/deployment "web" successfully rolled out\n$/);
    cluster.advance(30_000);
    expect(new Set(await images())).toEqual(new Set(['nginx:1.26']));
    await run('kubectl run solo --image=nginx');
    expect((await run('kubectl rollout pause pod/solo')).stderr).toBe('error: pods "solo" pausing is not supported\n');
  });
});
