import { describe, expect, it } from 'vitest';
import { R } from '../../sim/api/resources';
import { testContext } from '../testing/context';
import { applyManifests, LAST_APPLIED } from './apply';
import { threeWayMerge } from './apply-merge';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
spec:
  containers:
  - name: app
    image: busybox:1.28
`;

const DEPLOY = (replicas: number, extraLabel = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web${extraLabel}
spec:
  replicas: ${replicas}
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
        image: nginx:1.27
`;

describe('applyManifests', () => {
  it('creates, then reports unchanged, then configured', async () => {
    const { ctx } = testContext();
    const first = await applyManifests(POD, ctx, { fileName: 'pod.yaml' });
    expect(first).toMatchObject({ ok: true, output: 'pod/myapp-pod created\n' });
    expect(first.documents).toEqual([{ index: 0, startLine: 1, endLine: 10, kind: 'Pod', name: 'myapp-pod', namespace: 'default', action: 'created' }]);
    expect((await applyManifests(POD, ctx, { fileName: 'pod.yaml' })).output).toBe('pod/myapp-pod unchanged\n');
    const relabelled = POD.replace('app: myapp', 'app: myapp\n    tier: web');
    expect((await applyManifests(relabelled, ctx, { fileName: 'pod.yaml' })).output).toBe('pod/myapp-pod configured\n');
    const pod = await ctx.client.get(R.pods, 'default', 'myapp-pod');
    expect(pod.metadata.labels).toEqual({ app: 'myapp', tier: 'web' });
  });

  it('records the manifest in last-applied-configuration as kubectl does (sorted JSON, namespace, trailing newline)', async () => {
    const { ctx } = testContext();
    await applyManifests(POD, ctx, { fileName: 'pod.yaml' });
    const pod = await ctx.client.get(R.pods, 'default', 'myapp-pod');
    expect(pod.metadata.annotations?.[LAST_APPLIED]).toBe(
      '{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"labels":{"app":"myapp"},"name":"myapp-pod","namespace":"default"},"spec":{"containers":[{"image":"busybox:1.28","name":"app"}]}}\n',
    );
  });

  it('three-way merge: removes fields dropped from the manifest, keeps fields set by others', async () => {
    const { ctx } = testContext();
    await applyManifests(DEPLOY(2, '\n    team: a'), ctx, { fileName: 'd.yaml' });
    // someone else adds a label and scales
    const d = await ctx.client.get(R.deployments, 'default', 'web');
    await ctx.client.update(R.deployments, 'default', { ...d, metadata: { ...d.metadata, labels: { ...d.metadata.labels, owner: 'ops' } } });
    const r = await applyManifests(DEPLOY(3), ctx, { fileName: 'd.yaml' });
    expect(r.output).toBe('deployment.apps/web configured\n');
    const after = await ctx.client.get(R.deployments, 'default', 'web');
    expect(after.metadata.labels).toEqual({ app: 'web', owner: 'ops' });
    expect((after.spec as { replicas: number }).replicas).toBe(3);
    // defaulted fields survive: the strategy the api-server filled in is still there
    expect((after.spec as { strategy: { type: string } }).strategy.type).toBe('RollingUpdate');
  });

  it('merges lists of named things element by element', () => {
    const original = { containers: [{ name: 'a', image: 'x:1' }] };
    const modified = { containers: [{ name: 'a', image: 'x:2' }] };
    const current = { containers: [{ name: 'a', image: 'x:1', imagePullPolicy: 'IfNotPresent' }, { name: 'sidecar', image: 'envoy' }] };
    expect(threeWayMerge(original, modified, current)).toEqual({ containers: [{ name: 'a', image: 'x:2', imagePullPolicy: 'IfNotPresent' }, { name: 'sidecar', image: 'envoy' }] });
    expect(threeWayMerge({ containers: [{ name: 'a' }, { name: 'b' }] }, { containers: [{ name: 'a' }] }, { containers: [{ name: 'a' }, { name: 'b' }] })).toEqual({ containers: [{ name: 'a' }] });
  });

  it('a YAML syntax error applies nothing and names the line', async () => {
    const { ctx } = testContext();
    const text = `${DEPLOY(1)}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n   bad: x\n`;
    const r = await applyManifests(text, ctx, { fileName: 'pod.yaml' });
    expect(r.ok).toBe(false);
    expect(r.output).toBe('error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context\n');
    expect(r.parseError?.line).toBe(24);
    expect((await ctx.client.list(R.deployments, 'default')).items).toHaveLength(0);
  });

  it('unknown kinds, missing apiVersion/kind: kubectl wording, per-document lines', async () => {
    const { ctx } = testContext();
    const text = `apiVersion: v1\nkind: Widget\nmetadata:\n  name: w\n---\n${POD}---\nmetadata:\n  name: nokind\n`;
    const r = await applyManifests(text, ctx, { fileName: 'all.yaml' });
    expect(r.ok).toBe(false);
    expect(r.output).toBe(
      'pod/myapp-pod created\n' +
      'error: resource mapping not found for name: "w" namespace: "" from "all.yaml": no matches for kind "Widget" in version "v1"\nensure CRDs are installed first\n' +
      'error: error validating "all.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    expect(r.documents.map((d) => [d.startLine, d.endLine, d.error?.line, d.action])).toEqual([
      [1, 4, 2, undefined],
      [6, 15, undefined, 'created'],
      [17, 18, 17, undefined],
    ]);
  });

  it('server errors print as kubectl does and point at the invalid field', async () => {
    const { ctx } = testContext();
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: noimg\nspec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n';
    const r = await applyManifests(text, ctx, { fileName: 'pod.yaml' });
    // kubectl's CheckErr prints 422s from the Status details: `The <Kind> "<name>" is invalid: <causes>`
    expect(r.output).toBe('The Pod "noimg" is invalid: spec.containers[0].image: Required value\n');
    // the image is missing, so the nearest present ancestor (the container) is marked
    expect(r.documents[0].error?.line).toBe(7);
  });

  it('dry run validates without storing', async () => {
    const { ctx } = testContext();
    expect((await applyManifests(POD, ctx, { fileName: 'pod.yaml', dryRun: true })).output).toBe('pod/myapp-pod created (server dry run)\n');
    expect((await ctx.client.list(R.pods, 'default')).items).toHaveLength(0);
  });
});

describe('applyManifests on objects not created by apply', () => {
  it('warns that the annotation is missing, then configures', async () => {
    const { ctx } = testContext();
    await ctx.client.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { ports: [{ port: 80 }], selector: { app: 'web' } } });
    const r = await applyManifests('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web2\n  ports:\n  - port: 80\n', ctx, { fileName: 'svc.yaml' });
    expect(r.output).toBe(
      'Warning: resource services/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n' +
      'service/web configured\n',
    );
    const svc = await ctx.client.get(R.services, 'default', 'web');
    expect((svc.spec as { selector: object; clusterIP: string }).selector).toEqual({ app: 'web2' });
    // the allocated cluster IP, set by the server, survives the merge
    expect((svc.spec as { clusterIP: string }).clusterIP).toMatch(/^10\./);
  });
});
