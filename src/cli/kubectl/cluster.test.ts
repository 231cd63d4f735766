// kubectl against a whole simulated cluster (createCluster): controllers, scheduler and kubelets run,
// so these tests see pods start, events appear and deletions finish.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim/cluster';
import { runCommand } from '../run';
import { clusterContext } from '../cluster-context';
import { MemoryWorkspace } from '../workspace';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    resources:
      requests:
        cpu: 100m
        memory: 128Mi
`;

function setup() {
  const cluster = createCluster({ seed: 1 });
  const ctx = clusterContext(cluster, new MemoryWorkspace({ 'pod.yaml': POD }));
  return { cluster, ctx };
}

describe('kubectl on a simulated cluster', () => {
  it('get and describe a pod the kubelet has started', async () => {
    const { cluster, ctx } = setup();
    expect((await runCommand('kubectl apply -f pod.yaml', ctx)).stdout).toBe('pod/web created\n');
    cluster.advance(30_000);
    expect((await runCommand('kubectl get pods', ctx)).stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          30s\n');

    const out = (await runCommand('kubectl describe pod web', ctx)).stdout;
    const lines = out.split('\n');
    // the sections in kubectl's order
    const order = ['Name:', 'Namespace:', 'Priority:', 'Service Account:', 'Node:', 'Start Time:', 'Labels:', 'Annotations:', 'Status:', 'IP:', 'IPs:', 'Containers:', 'Conditions:', 'Volumes:', 'QoS Class:', 'Node-Selectors:', 'Tolerations:', 'Events:'];
    const positions = order.map((h) => lines.findIndex((l) => l.startsWith(h)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(out).toMatch(/^Name: {13}web\nNamespace: {8}default\n/);
    expect(out).toMatch(/\nNode: {13}aks-nodepool1-\d+-vmss00000\d\/10\.224\.0\.\d+\n/);
    expect(out).toContain('\nStatus:           Running\n');
    expect(out).toMatch(/\n {4}State: {10}Running\n {6}Started: {6}Mon, 06 Jan 2025 09:00:\d\d \+0000\n {4}Ready: {10}True\n {4}Restart Count: {2}0\n {4}Requests:\n {6}cpu: {8}100m\n {6}memory: {5}128Mi\n/);
    expect(out).toContain('\nQoS Class:                   Burstable\n');
    expect(out).toMatch(/\nEvents:\n {2}Type {4}Reason {5}Age {3}From {15}Message\n {2}---- {4}------ {5}---- {2}---- {15}-------\n {2}Normal {2}Scheduled {2}30s {3}default-scheduler {2}Successfully assigned default\/web to aks-nodepool1-/);
    expect(out).toMatch(/\n {2}Normal {2}Started {4}\d+s {3}kubelet {12}Started container web\n$/);
  });

  it('delete waits, advancing simulated time, until the pod is gone', async () => {
    const { cluster, ctx } = setup();
    await runCommand('kubectl apply -f pod.yaml', ctx);
    cluster.advance(30_000);
    const before = cluster.clock.now();
    expect((await runCommand('kubectl delete pod web', ctx)).stdout).toBe('pod "web" deleted\n');
    expect(cluster.clock.now()).toBeGreaterThan(before);
    expect((await runCommand('kubectl get pods', ctx)).stderr).toBe('No resources found in default namespace.\n');
  });

  it('delete prints `deleted` before it waits, where the terminal can show it at once', async () => {
    const { cluster, ctx } = setup();
    const busybox = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: sleeper\nspec:\n  containers:\n  - name: c\n    image: busybox\n    command: [sh, -c, sleep 3600]\n';
    ctx.workspace.write('sleeper.yaml', busybox);
    await runCommand('kubectl apply -f sleeper.yaml', ctx);
    cluster.advance(30_000);
    const log: string[] = [];
    const start = cluster.clock.now();
    const r = await runCommand('kubectl delete pod sleeper', {
      ...ctx,
      print: (text) => log.push(`printed ${text.trim()} at +${(cluster.clock.now() - start) / 1000}s`),
      sleep: async (ms) => {
        log.push('waiting');
        cluster.advance(ms);
      },
    });
    expect(log[0]).toBe('printed pod "sleeper" deleted at +0s');
    expect(log[1]).toBe('waiting');
    expect(r.stdout).toBe('');
    // a shell as PID 1 ignores SIGTERM: the pod goes only when its 30 s grace period ends
    expect(cluster.clock.now() - start).toBeGreaterThanOrEqual(30_000);
  });

  it('logs come from the container', async () => {
    const { cluster, ctx } = setup();
    await runCommand('kubectl apply -f pod.yaml', ctx);
    cluster.advance(30_000);
    const r = await runCommand('kubectl logs web --tail=1', ctx);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2);
  });

  it('describe node lists its pods with requests as a share of allocatable, and the totals', async () => {
    const { cluster, ctx } = setup();
    await runCommand('kubectl apply -f pod.yaml', ctx);
    cluster.advance(30_000);
    const pod = JSON.parse((await runCommand('kubectl get pod web -o json', ctx)).stdout) as { spec: { nodeName: string } };
    const out = (await runCommand(`kubectl describe node ${pod.spec.nodeName}`, ctx)).stdout;
    expect(out).toMatch(/\nNon-terminated Pods: {10}\(\d+ in total\)\n/);
    // 100m of 1900m allocatable is 5%; 128Mi of ~5Gi is 2%
    expect(out).toMatch(/\n {2}default +web +100m \(5%\) +0 \(0%\) +128Mi \(2%\) +0 \(0%\) +30s\n/);
    expect(out).toMatch(/\nAllocated resources:\n {2}\(Total limits may be over 100 percent, i\.e\., overcommitted\.\)\n {2}Resource {11}Requests {4}Limits\n/);
    expect(out).toMatch(/\n {2}cpu {16}\S+ \(\d+%\) +\S+ \(\d+%\)\n {2}memory {13}\S+ \(\d+%\) +\S+ \(\d+%\)\n {2}ephemeral-storage {2}0 \(0%\) +0 \(0%\)\n/);
  });

  it('logs rs/NAME picks one of its pods and says so', async () => {
    const { cluster, ctx } = setup();
    ctx.workspace.write(
      'rs.yaml',
      'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    );
    expect((await runCommand('kubectl apply -f rs.yaml', ctx)).stdout).toBe('replicaset.apps/web created\n');
    cluster.advance(30_000);
    const r = await runCommand('kubectl logs rs/web --tail=1', ctx);
    expect(r.stderr).toMatch(/^Found 2 pods, using pod\/web-[a-z0-9]{5}\n$/);
    expect(r.exitCode).toBe(0);
    expect((await runCommand('kubectl logs rs/nope', ctx)).stderr).toBe('Error from server (NotFound): replicasets.apps "nope" not found\n');
  });
});
