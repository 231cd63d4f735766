// The Web Worker entry: wires the host (./host.ts) to the simulator, kubectl and the worker's
// globals. Kept thin on purpose; the logic lives in host.ts, which tests drive in Node.
import { createHost } from './host';
import type { RequestEnvelope, WorkerMessage } from './protocol';
import { runCommand } from '../cli/run';
import { applyManifests } from '../cli/kubectl/apply';
import { MemoryWorkspace } from '../cli/workspace';
import { createCluster } from '../sim/cluster';

const post = (m: WorkerMessage) => self.postMessage(m);

const host = createHost({
  // no freezing of stored objects in the playground: the tests freeze them and would catch a mutation
  createCluster: (seed, nodes) => {
    const cluster = createCluster({ seed, nodes, freezeObjects: false });
    // each request's path through the pod network goes to the graph, which shows it for a moment
    cluster.network.onPath((hops) => post({ type: 'request', hops: [...hops] }));
    return cluster;
  },
  runCommand,
  applyManifests,
  workspace: new MemoryWorkspace(),
  post,
  realNow: () => performance.now(),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
});

self.addEventListener('message', (e: MessageEvent<RequestEnvelope>) => void host.handle(e.data));
// Last line of defence: anything that escapes the host is reported, and the page offers a restart.
self.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => post({ type: 'crash', message: String(e.reason) }));
