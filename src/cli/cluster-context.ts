// A CliContext on a whole simulated cluster whose time the caller owns: kubectl's waits advance the
// clock at once. Transcripts (`kubeplay script`) and tests use it; the browser's worker builds its own
// (src/worker/host.ts), whose waits follow the running clock instead.
import type { Cluster } from '../sim/cluster';
import type { CliContext, Workspace } from './types';

export function clusterContext(cluster: Pick<Cluster, 'client' | 'clock' | 'advance'> & Partial<Pick<Cluster, 'network' | 'rng' | 'api' | 'aks'>>, workspace: Workspace): CliContext {
  const ctx: CliContext = {
    client: cluster.client,
    workspace,
    now: () => cluster.clock.now(),
    namespace: 'default',
    setNamespace: (ns) => {
      ctx.namespace = ns;
    },
    sleep: async (ms) => cluster.advance(ms),
    network: cluster.network,
    rng: cluster.rng,
    syncApi: cluster.api,
    aks: cluster.aks,
  };
  return ctx;
}
