// api-server write path at scale: 10,000 pod creates (half bound to 500 nodes, watched) and 50
// node-indexed lists. Measured here, not asserted in tests.
import { ApiServer } from '../src/sim/control-plane/apiserver/apiserver';
import { Clock, Rng } from '../src/sim/clock';
import { R } from '../src/sim/api/resources';

export function apiserverCreate(pods = 10_000) {
  const api = new ApiServer({ clock: new Clock(), rng: new Rng(1) });
  let events = 0;
  api.watch(R.pods, undefined, {}, () => events++);
  const t0 = performance.now();
  for (let i = 0; i < pods; i++) {
    api.create(R.pods, 'default', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `p-${i}` },
      spec: { ...(i % 2 ? { nodeName: `node-${i % 500}` } : {}), containers: [{ name: 'c', image: 'nginx' }] },
    });
  }
  const createMs = performance.now() - t0;
  const t1 = performance.now();
  for (let n = 0; n < 50; n++) api.list(R.pods, undefined, { fieldSelector: `spec.nodeName=node-${2 * n + 1}` });
  const listMs = (performance.now() - t1) / 50;
  return { pods, events, createMs: Math.round(createMs), createsPerSec: Math.round((pods / createMs) * 1000), nodeListMs: +listMs.toFixed(2) };
}
