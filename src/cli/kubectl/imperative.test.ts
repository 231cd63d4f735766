import { describe, expect, it } from 'vitest';
import { R } from '../../sim/api/resources';
import { runCommand } from '../run';
import { testContext } from '../testing/context';
import { containerNamesFor } from './generate';

describe('kubectl create deployment / run (--dry-run=client matches kubectl 1.32)', () => {
  it('create deployment -o yaml', async () => {
    const { ctx } = testContext();
    const r = await runCommand('kubectl create deployment web --image=nginx:1.27 --dry-run=client -o yaml', ctx);
    expect(r.stdout).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        name: nginx
        resources: {}
status: {}
`);
    expect((await ctx.client.list(R.deployments, 'default')).items).toHaveLength(0);
  });

  it('create deployment -o json keeps Go struct order (typed object)', async () => {
    const { ctx } = testContext();
    const r = await runCommand('kubectl create deployment web --image=nginx --image=busybox --dry-run=client -o json', ctx);
    const keys = (s: string) => [...s.matchAll(/^ {4}"(\w+)"/gm)].map((m) => m[1]);
    expect(r.stdout.startsWith('{\n    "kind": "Deployment",\n    "apiVersion": "apps/v1",\n    "metadata": {\n        "name": "web",\n        "creationTimestamp": null,')).toBe(true);
    expect(keys(r.stdout)).toEqual(['kind', 'apiVersion', 'metadata', 'spec', 'status']);
    expect(r.stdout).toContain('"containers": [\n                    {\n                        "name": "nginx",\n                        "image": "nginx",\n                        "resources": {}\n                    },\n                    {\n                        "name": "busybox",');
  });

  it('creates for real and prints kind/name created', async () => {
    const { ctx } = testContext();
    expect((await runCommand('kubectl create deployment web --image=nginx --replicas=3', ctx)).stdout).toBe('deployment.apps/web created\n');
    expect((await ctx.client.get(R.deployments, 'default', 'web')).spec).toMatchObject({ replicas: 3, selector: { matchLabels: { app: 'web' } } });
    expect((await runCommand('kubectl create deployment web --image=nginx', ctx)).stderr).toBe('error: failed to create deployment: deployments.apps "web" already exists\n');
    expect((await runCommand('kubectl create deployment web', ctx)).stderr).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ run\.go:72\] "command failed" err="required flag\(s\) \\"image\\" not set"\n$/);
    expect((await runCommand('kubectl create ns team-a', ctx)).stdout).toBe('namespace/team-a created\n');
  });

  it('run: a pod labelled run=NAME, args or --command after --', async () => {
    const { ctx } = testContext();
    const y = await runCommand('kubectl run b --image=busybox --restart=Never --env=A=1,2 --dry-run=client -o yaml --command -- sleep 3600', ctx);
    expect(y.stdout).toBe(`apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: b
  name: b
spec:
  containers:
  - command:
    - sleep
    - "3600"
    env:
    - name: A
      value: 1,2
    image: busybox
    name: b
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Never
status: {}
`);
    expect((await runCommand('kubectl run nginx --image=nginx --port=80', ctx)).stdout).toBe('pod/nginx created\n');
    const pod = await ctx.client.get(R.pods, 'default', 'nginx');
    expect(pod.metadata.labels).toEqual({ run: 'nginx' });
    expect((await runCommand('kubectl run x', ctx)).stderr).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ run\.go:72\] "command failed" err="required flag\(s\) \\"image\\" not set"\n$/);
  });

  it('container names come from the image', () => {
    expect(containerNamesFor(['nginx:1.27', 'mcr.microsoft.com/azuredocs/aks_helloworld:v1', 'nginx@sha256:abc', 'nginx'])).toEqual(['nginx', 'aks-helloworld', 'nginx-1', 'nginx-2']);
  });
});

describe('kubectl scale / expose / create -f', () => {
  it('scale uses the scale subresource', async () => {
    const { ctx } = testContext();
    await runCommand('kubectl create deployment web --image=nginx', ctx);
    expect((await runCommand('kubectl scale deployment web --replicas=4', ctx)).stdout).toBe('deployment.apps/web scaled\n');
    expect((await ctx.client.get(R.deployments, 'default', 'web')).spec).toMatchObject({ replicas: 4 });
    expect((await runCommand('kubectl scale deploy/web', ctx)).stderr).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ run\.go:72\] "command failed" err="required flag\(s\) \\"replicas\\" not set"\n$/);
    expect((await runCommand('kubectl scale deploy nope --replicas=1', ctx)).stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });

  it('expose makes a Service selecting what the deployment selects', async () => {
    const { ctx } = testContext();
    await runCommand('kubectl create deployment web --image=nginx --port=80', ctx);
    expect((await runCommand('kubectl expose deployment web --type=NodePort --target-port=8080 --port=80', ctx)).stdout).toBe('service/web exposed\n');
    const svc = await ctx.client.get(R.services, 'default', 'web');
    expect(svc.spec).toMatchObject({ type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] });
    expect(svc.metadata.labels).toEqual({ app: 'web' });
    await runCommand('kubectl run lonely --image=nginx --labels=x=y', ctx);
    expect((await runCommand('kubectl expose pod lonely --name=l2', ctx)).stderr).toBe("error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples\n");
  });

  it('create -f creates, and fails on existing objects as kubectl does', async () => {
    const { ctx, workspace } = testContext();
    workspace.write('ns.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n');
    expect((await runCommand('kubectl create -f ns.yaml', ctx)).stdout).toBe('namespace/dev created\n');
    expect((await runCommand('kubectl create -f ns.yaml', ctx)).stderr).toBe('Error from server (AlreadyExists): error when creating "ns.yaml": namespaces "dev" already exists\n');
  });
});
