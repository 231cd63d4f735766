// `kubectl describe node`: mirrors describe.go describeNode (the parts the simulator has: conditions,
// lease, addresses, capacity, system info, pods on the node and what they request).
import { R } from '../../../sim/api/resources';
import type { Event, KubeObject, Node, Pod } from '../../../sim/api/types';
import type { CliContext } from '../../types';
import { nodeRoles } from '../printers/nodes';
import { describeEvents } from './events';
import { describeNodeResources } from './node-resources';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer';

export async function describeNode(obj: KubeObject, ctx: CliContext, events: Event[] | undefined, now: number): Promise<string> {
  const node = obj as unknown as Node;
  const meta = node.metadata ?? {};
  const st = node.status ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${meta.name}\n`);
  const roles = nodeRoles(node);
  w.write(0, `Roles:\t${roles}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp as string | undefined)}\n`);
  const taints = node.spec?.taints ?? [];
  w.write(0, `Taints:\t${taints.length === 0 ? '<none>\n' : ''}`);
  taints.forEach((t, i) => w.write(0, `${i === 0 ? '' : '\t'}${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`));
  w.write(0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
  const lease = await ctx.client.get(R.leases, 'kube-node-lease', meta.name ?? '').catch(() => undefined);
  const leaseSpec = (lease?.spec ?? {}) as { holderIdentity?: string; acquireTime?: string; renewTime?: string };
  w.write(0, 'Lease:\n');
  w.write(1, `HolderIdentity:\t${leaseSpec.holderIdentity ?? '<unset>'}\n`);
  w.write(1, `AcquireTime:\t${leaseSpec.acquireTime ? rfc1123z(leaseSpec.acquireTime) : '<unset>'}\n`);
  w.write(1, `RenewTime:\t${leaseSpec.renewTime ? rfc1123z(leaseSpec.renewTime) : '<unset>'}\n`);
  const conditions = st.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime as string | undefined)} \t${rfc1123z(c.lastTransitionTime as string | undefined)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [['Capacity', st.capacity], ['Allocatable', st.allocatable]] as const) {
    const keys = Object.keys(list ?? {}).sort();
    if (keys.length === 0) continue;
    w.write(0, `${title}:\n`);
    for (const k of keys) w.write(1, `${k}:\t${String((list as Record<string, unknown>)[k])}\n`);
  }
  const info = st.nodeInfo;
  if (info) {
    w.write(0, 'System Info:\n');
    w.write(1, `Machine ID:\t${info.machineID}\n`);
    w.write(1, `System UUID:\t${info.systemUUID}\n`);
    w.write(1, `Boot ID:\t${info.bootID}\n`);
    w.write(1, `Kernel Version:\t${info.kernelVersion}\n`);
    w.write(1, `OS Image:\t${info.osImage}\n`);
    w.write(1, `Operating System:\t${info.operatingSystem}\n`);
    w.write(1, `Architecture:\t${info.architecture}\n`);
    w.write(1, `Container Runtime Version:\t${info.containerRuntimeVersion}\n`);
    w.write(1, `Kubelet Version:\t${info.kubeletVersion}\n`);
    w.write(1, `Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`);
  }
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if ((node.spec?.podCIDRs ?? []).length > 0) w.write(0, `PodCIDRs:\t${(node.spec?.podCIDRs ?? []).join(',')}\n`);
  if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);
  const pods = ((await ctx.client.list(R.pods, undefined, { fieldSelector: `spec.nodeName=${meta.name}` })).items as unknown as Pod[]).filter(
    (p) => p.spec?.nodeName === meta.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed',
  );
  describeNodeResources(pods, node, w, now);
  if (events) describeEvents(events, w, now);
  return w.toString();
}
