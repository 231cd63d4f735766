import { describe, expect, it, vi } from 'vitest';
import type { CliContext, EditRequest } from '../cli/types';
import { MemoryWorkspace } from '../cli/workspace';
import { createHost } from './host';
import type { WorkerMessage } from './protocol';
import { fakeCluster } from './fake-cluster.test-util';

function setup() {
  const posted: WorkerMessage[] = [];
  const workspace = new MemoryWorkspace();
  let seen: CliContext | undefined;
  const host = createHost({
    createCluster: () => fakeCluster(),
    runCommand: async (line, ctx) => {
      seen = ctx;
      ctx.workspace.write(`./out/${line}.yaml`, `made by ${line}\n`);
      return { stdout: '', stderr: '', exitCode: 0 };
    },
    applyManifests: async () => ({ ok: true, documents: [], output: '' }),
    workspace,
    post: (m) => posted.push(m),
    realNow: () => 0,
    setInterval: vi.fn(() => 1),
    clearInterval: vi.fn(),
  });
  return { host, posted, workspace, ctx: () => seen };
}

const EDIT: EditRequest = { gvr: { group: 'apps', version: 'v1', resource: 'deployments' }, namespace: 'default', name: 'web', ref: 'deployment.apps/web', fileName: 'x.yaml', buffer: '', original: {} };

describe('worker host: workspace notices and kubectl edit', () => {
  it('tells the UI about files a command writes, but not about the UI’s own writeFile', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    await t.host.handle({ id: 2, method: 'writeFile', path: 'a.yaml', content: 'a' });
    await t.host.handle({ id: 3, method: 'exec', line: 'gen' });
    expect(t.posted.filter((m) => m.type === 'file')).toEqual([{ type: 'file', path: 'out/gen.yaml', content: 'made by gen\n' }]);
    expect(t.workspace.read('out/gen.yaml')).toBe('made by gen\n');
    expect(t.ctx()?.editor).toBe(true);
  });

  it('answers cancelEdit with kubectl’s cancel message', async () => {
    const t = setup();
    await t.host.handle({ id: 1, method: 'init' });
    await t.host.handle({ id: 2, method: 'cancelEdit', edit: { ...EDIT, failed: true } });
    expect(t.posted.find((m) => m.type === 'response' && m.id === 2)).toEqual({
      type: 'response',
      id: 2,
      ok: true,
      result: { stdout: '', stderr: 'error: Edit cancelled, no valid changes were saved.\n', exitCode: 1 },
    });
  });
});
