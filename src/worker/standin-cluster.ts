// TEMPORARY stand-in until src/sim/cluster.ts (createCluster) lands: an api-server on a clock,
// without controllers. Delete this file when the worker switches to the real createCluster.
import { Clock, Rng } from '../sim/clock';
import { ApiServer } from '../sim/control-plane/apiserver/apiserver';
import { localClient } from '../sim/api/local-client';
import type { HostCluster } from './session';

export function createCluster(opts: { seed?: number | string } = {}): HostCluster {
  const clock = new Clock();
  const api = new ApiServer({ clock, rng: new Rng(opts.seed ?? 1) });
  return { clock, api, client: localClient(api), advance: (ms) => clock.advance(ms) };
}
