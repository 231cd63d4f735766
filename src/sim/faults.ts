// The fault palette's actions, as a learner (or a lesson) can throw them at the cluster: stop a node's
// kubelet and start it again, kill a pod at once, break a workload's image, make a pod's app fail its
// probes (and recover), burn CPU on a Deployment.
// Each goes through the api-server or the simulated machine the way the real fault would arrive.
import type { KubeClient } from './api/client';
import { R } from './api/resources';
import type { KubeObject } from './api/types';

export type FaultAction = 'stopNode' | 'startNode' | 'killPod' | 'breakImage' | 'failProbe' | 'healProbe' | 'burnCpu';

/**
 * The simulator's stand-in for an application that has gone bad: while a pod carries it, its
 * containers answer HTTP probes with 500 and exec probes fail (TCP still connects: the port is open).
 * A real app fails its probes from inside; here the learner (or a lesson) flips it from outside.
 */
export const UNHEALTHY_ANNOTATION = 'sim.kubeplay.dev/unhealthy';

export interface Fault {
  action: FaultAction;
  kind: string;
  namespace?: string;
  name: string;
  /** burnCpu: millicores of load (0 stops it) */
  value?: number;
}

/** what of the cluster the faults need (createCluster's Cluster has it all) */
export interface FaultTarget {
  client: KubeClient;
  stopNode?(name: string): boolean;
  startNode?(name: string): boolean;
  load?: { set(target: { namespace: string; kind: 'Deployment' | 'Service'; name: string }, millicores: number): void };
}

export interface FaultResult {
  ok: boolean;
  /** i18n key under `faults.result.` and its values */
  message: string;
  params?: Record<string, string>;
}

/** an image reference that does not exist: the same repository with a tag no registry has */
export function brokenImage(image: string): string {
  const at = image.indexOf('@');
  const base = at >= 0 ? image.slice(0, at) : image;
  const slash = base.lastIndexOf('/');
  const colon = base.lastIndexOf(':');
  const repo = colon > slash ? base.slice(0, colon) : base;
  return `${repo}:does-not-exist`;
}

type WithContainers = KubeObject & { spec?: { containers?: Array<{ image?: string }>; template?: { spec?: { containers?: Array<{ image?: string }> } } } };

export async function applyFault(c: FaultTarget, f: Fault): Promise<FaultResult> {
  const p = { kind: f.kind, name: f.name };
  switch (f.action) {
    case 'stopNode':
    case 'startNode': {
      const fn = f.action === 'stopNode' ? c.stopNode : c.startNode;
      if (!fn) return { ok: false, message: 'unsupported', params: p };
      return fn.call(c, f.name) ? { ok: true, message: f.action, params: p } : { ok: false, message: 'noChange', params: p };
    }
    case 'killPod':
      await c.client.delete(R.pods, f.namespace, f.name, { gracePeriodSeconds: 0 });
      return { ok: true, message: 'killPod', params: p };
    case 'failProbe':
    case 'healProbe': {
      if (f.kind !== 'Pod') return { ok: false, message: 'unsupported', params: p };
      const on = f.action === 'failProbe';
      const pod = await c.client.get(R.pods, f.namespace, f.name);
      if ((pod.metadata.annotations?.[UNHEALTHY_ANNOTATION] === 'true') === on) return { ok: false, message: 'noChange', params: p };
      await c.client.patch(R.pods, f.namespace, f.name, 'merge', { metadata: { annotations: { [UNHEALTHY_ANNOTATION]: on ? 'true' : null } } });
      return { ok: true, message: f.action, params: p };
    }
    case 'breakImage': {
      const r = f.kind === 'Pod' ? R.pods : f.kind === 'Deployment' ? R.deployments : f.kind === 'DaemonSet' ? R.daemonsets : f.kind === 'StatefulSet' ? R.statefulsets : undefined;
      if (!r) return { ok: false, message: 'unsupported', params: p };
      const o = structuredClone((await c.client.get(r, f.namespace, f.name)) as WithContainers);
      const containers = f.kind === 'Pod' ? o.spec?.containers : o.spec?.template?.spec?.containers;
      const first = containers?.[0];
      if (!first?.image) return { ok: false, message: 'unsupported', params: p };
      first.image = brokenImage(first.image);
      await c.client.update(r, f.namespace, o);
      return { ok: true, message: 'breakImage', params: { ...p, image: first.image } };
    }
    case 'burnCpu': {
      if (!c.load || (f.kind !== 'Deployment' && f.kind !== 'Service')) return { ok: false, message: 'unsupported', params: p };
      const m = Math.max(0, Math.round(f.value ?? 0));
      c.load.set({ namespace: f.namespace ?? 'default', kind: f.kind, name: f.name }, m);
      return { ok: true, message: m > 0 ? 'burnCpu' : 'burnCpuOff', params: { ...p, millicores: String(m) } };
    }
  }
}
