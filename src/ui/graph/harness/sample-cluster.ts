// A hand-made AKS-like cluster for looking at the graph and inspector without the simulator
// (dev harness only: `npx vite` then open /src/ui/graph/harness/index.html; ?scale=1 for 10,000 pods).
import type { KubeObject } from '../../../sim/api/types';
import { add, deployment, node, pod, replicaSet, service, type Objects } from '../fixtures.test-util';

const N = (i: number) => `aks-nodepool1-12345678-vmss00000${i}`;

function event(name: string, kind: string, obj: string, reason: string, message: string, type = 'Normal', component = 'kubelet'): KubeObject {
  return { apiVersion: 'v1', kind: 'Event', metadata: { name, namespace: 'default' }, involvedObject: { kind, namespace: 'default', name: obj }, reason, message, type, count: 1, firstTimestamp: '2025-01-06T09:00:10Z', lastTimestamp: '2025-01-06T09:00:10Z', source: { component } };
}

export function sampleCluster(): KubeObject[] {
  const o: Objects = {};
  add(o, node(N(0)), node(N(1)), node(N(2)));
  const web = deployment('web', 3);
  const rs = replicaSet('web-7d9f8b6c5d', web, 3);
  const oldRs = replicaSet('web-5c4b7f9d8', web, 0);
  const core = deployment('coredns', 2);
  core.metadata.namespace = 'kube-system';
  add(o, web, rs, oldRs, service('web', { app: 'web' }), service('kubernetes', undefined));
  ['x2k4p', 'q8z7m', 'b5n2r'].forEach((s, i) => add(o, pod(`web-7d9f8b6c5d-${s}`, { nodeName: N(i), owner: rs, phase: 'Running', labels: { app: 'web' } })));
  add(o, pod('web-7d9f8b6c5d-h6w9t', { nodeName: N(0), owner: rs, waiting: 'ContainerCreating', labels: { app: 'web' } }));
  add(o, pod('myapp-pod', { nodeName: N(1), phase: 'Running' }));
  add(o, pod('crashy', { nodeName: N(2), phase: 'Running', waiting: 'CrashLoopBackOff' }));
  add(o, pod('typo-image', { nodeName: N(2), waiting: 'ImagePullBackOff' }));
  add(o, pod('big-pod'));
  add(o, pod('coredns-6f8d4b7c9-abcde', { ns: 'kube-system', nodeName: N(0), phase: 'Running' }), pod('coredns-6f8d4b7c9-fghij', { ns: 'kube-system', nodeName: N(1), phase: 'Running' }));
  add(o,
    event('e1', 'Pod', 'myapp-pod', 'Scheduled', `Successfully assigned default/myapp-pod to ${N(1)}`, 'Normal', 'default-scheduler'),
    event('e2', 'Pod', 'myapp-pod', 'Pulled', 'Container image "nginx:1.27" already present on machine'),
    event('e3', 'Pod', 'big-pod', 'FailedScheduling', '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', 'Warning', 'default-scheduler'),
    event('e4', 'Pod', 'crashy', 'BackOff', 'Back-off restarting failed container app in pod crashy_default(uid-crashy)', 'Warning'));
  return Object.values(o).flatMap((m) => [...m.values()]);
}

export function hugeCluster(): KubeObject[] {
  const o: Objects = {};
  const d = deployment('huge', 10000);
  const rs = replicaSet('huge-1', d, 10000);
  add(o, d, rs, service('huge', { app: 'huge' }));
  for (let n = 0; n < 500; n++) add(o, node(`aks-nodepool1-vmss${String(n).padStart(6, '0')}`));
  for (let i = 0; i < 10000; i++) add(o, pod(`huge-${i}`, { nodeName: `aks-nodepool1-vmss${String(i % 500).padStart(6, '0')}`, owner: rs, phase: i % 97 === 0 ? 'Pending' : 'Running', labels: { app: 'huge' } }));
  return Object.values(o).flatMap((m) => [...m.values()]);
}
