import { describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { runKubectl } from './index';
import { cancelEdit, NO_EDITOR, submitEdit } from './edit';
import { editBuffer, mergePatch, parseEdited, stripComments } from './edit-patch';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`;

async function setup() {
  const t = testContext({ 'web.yaml': DEPLOY });
  t.ctx.editor = true;
  const r = await runKubectl(['apply', '-f', 'web.yaml'], t.ctx);
  expect(r.exitCode).toBe(0);
  return t;
}

describe('edit-patch', () => {
  it('builds a merge patch of changed, added and removed fields; lists are replaced whole', () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: 3 }, l: [1, 2] }, { a: 1, b: { c: 5 }, l: [1], e: 'x' })).toEqual({ b: { c: 5, d: null }, l: [1], e: 'x' });
    expect(mergePatch({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeUndefined();
  });

  it('ignores lines beginning with #, and reads an empty buffer as empty', () => {
    expect(stripComments('# x\na: 1\n  # kept, not at line start\n')).toBe('a: 1\n  # kept, not at line start\n');
    expect(parseEdited('# only\n#comments\n')).toEqual({ kind: 'empty' });
    expect(parseEdited('a: [1\n').kind).toBe('error');
  });

  it('writes the header kubectl writes, failures as comments, and no managedFields', () => {
    const b = editBuffer({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', managedFields: [{ manager: 'x' }] } }, [{ head: 'boom:', other: ['a: b'] }]);
    expect(b).toBe(
      "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n# boom:\n# * a: b\n#\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n",
    );
  });
});

describe('kubectl edit', () => {
  it('opens the live object as an edit buffer', async () => {
    const { ctx } = await setup();
    const r = await runKubectl(['edit', 'deployment/web'], ctx);
    expect(r.exitCode).toBe(0);
    expect(r.edit?.ref).toBe('deployment.apps/web');
    expect(r.edit?.fileName).toBe('kubectl-edit-deployment-web.yaml');
    expect(r.edit?.buffer).toMatch(/^# Please edit the object below/);
    expect(r.edit?.buffer).toContain('\n  replicas: 2\n');
    expect(r.edit?.buffer).toContain('kind: Deployment\n');
  });

  it('applies the edited replicas and prints `edited`', async () => {
    const { ctx } = await setup();
    const r = await runKubectl(['edit', 'deployment', 'web'], ctx);
    const out = await submitEdit(ctx, r.edit!, r.edit!.buffer.replace('replicas: 2', 'replicas: 5'));
    expect(out).toMatchObject({ stdout: 'deployment.apps/web edited\n', exitCode: 0 });
    const d = (await ctx.client.get({ group: 'apps', version: 'v1', resource: 'deployments' }, 'default', 'web')) as { spec: { replicas: number } };
    expect(d.spec.replicas).toBe(5);
  });

  it('cancels when nothing changed or the file is empty', async () => {
    const { ctx } = await setup();
    const r = await runKubectl(['edit', 'deploy', 'web'], ctx);
    expect(await submitEdit(ctx, r.edit!, r.edit!.buffer)).toMatchObject({ stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 });
    expect(await submitEdit(ctx, r.edit!, '# nothing\n')).toMatchObject({ stderr: 'Edit cancelled, saved file was empty.\n' });
    expect(cancelEdit(r.edit!).stderr).toBe('Edit cancelled, no changes made.\n');
  });

  it('re-opens the buffer with the API error as a comment', async () => {
    const { ctx } = await setup();
    const r = await runKubectl(['edit', 'deployment', 'web'], ctx);
    const out = await submitEdit(ctx, r.edit!, r.edit!.buffer.replace('replicas: 2', 'replicas: -1'));
    expect(out.exitCode).toBe(1);
    expect(out.reopen?.failed).toBe(true);
    expect(out.reopen?.buffer).toContain('#\n# deployments.apps "web" was not valid:\n# * spec.replicas: Invalid value: -1');
    expect(out.reopen?.buffer).toContain('replicas: -1');
    expect(cancelEdit(out.reopen!)).toMatchObject({ stderr: 'error: Edit cancelled, no valid changes were saved.\n', exitCode: 1 });
  });

  it('refuses a rename, and reports a missing object', async () => {
    const { ctx } = await setup();
    const r = await runKubectl(['edit', 'deployment', 'web'], ctx);
    const out = await submitEdit(ctx, r.edit!, r.edit!.buffer.replace('name: web\n', 'name: other\n'));
    expect(out.reopen?.buffer).toContain('# At least one of apiVersion, kind and name was changed\n');
    expect(await runKubectl(['edit', 'deployment', 'nope'], ctx)).toMatchObject({ stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', exitCode: 1 });
  });

  it('fails clearly without the playground editor', async () => {
    const { ctx } = await setup();
    ctx.editor = undefined;
    expect(await runKubectl(['edit', 'deployment', 'web'], ctx)).toMatchObject({ stderr: NO_EDITOR, exitCode: 1 });
  });
});
