// A CliContext over the real in-process api-server (no controllers): what the CLI's tests run
// against. Tests that need pods to run use createCluster() instead.
import { localClient } from '../../sim/api/local-client';
import { Clock, Rng } from '../../sim/clock';
import { ApiServer } from '../../sim/control-plane/apiserver/apiserver';
import type { CliContext } from '../types';
import { MemoryWorkspace } from '../workspace';
import { loadSchema } from '../../server/openapi';

export function testContext(files: Record<string, string> = {}, seed = 1) {
  const clock = new Clock();
  const api = new ApiServer({ clock, rng: new Rng(seed) });
  const workspace = new MemoryWorkspace(files);
  const ctx: CliContext = {
    client: localClient(api),
    workspace,
    now: () => clock.now(),
    namespace: 'default',
    sleep: async (ms: number) => clock.advance(ms),
    openApiSchema: loadSchema,
  };
  return { clock, api, workspace, ctx };
}
