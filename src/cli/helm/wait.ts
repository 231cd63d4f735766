// `--wait`: the release's objects ready before helm returns (helm 4's status watcher, as kstatus
// judges readiness): Deployments, StatefulSets and DaemonSets rolled out and available, Pods Ready,
// claims Bound, LoadBalancer Services with an address. Time passes through CliContext.sleep.
import type { CliContext } from '../types';
import type { KubeObject } from '../../sim/api/types';
import { resourceForKind } from '../../sim/api/resources';
import { manifestObjects } from '../../helm/action/manifest';
import type { Release } from '../../helm/release/types';
import { HelmError } from '../../helm/release/storage';

const POLL_MS = 2000;

type Obj = KubeObject & { spec?: Record<string, unknown>; status?: Record<string, unknown> };

export function isReady(o: Obj): boolean {
  const s = (o.status ?? {}) as Record<string, number | undefined>;
  const status = (o.status ?? {}) as Record<string, unknown>;
  const spec = o.spec ?? {};
  const gen = (o.metadata.generation ?? 0) <= ((s.observedGeneration as number | undefined) ?? Infinity);
  switch (o.kind) {
    case 'Deployment': {
      const want = (spec.replicas as number | undefined) ?? 1;
      return gen && (s.updatedReplicas ?? 0) === want && Number(s.availableReplicas ?? 0) >= want && (s.replicas ?? 0) === want;
    }
    case 'StatefulSet': {
      const want = (spec.replicas as number | undefined) ?? 1;
      return gen && (s.readyReplicas ?? 0) === want && (s.updatedReplicas ?? want) === want;
    }
    case 'DaemonSet':
      return gen && (s.numberReady ?? 0) === (s.desiredNumberScheduled ?? 0) && (s.updatedNumberScheduled ?? 0) === (s.desiredNumberScheduled ?? 0);
    case 'Pod':
      return ((status.conditions as Array<{ type: string; status: string }> | undefined) ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    case 'PersistentVolumeClaim':
      return status.phase === 'Bound';
    case 'Service':
      return spec.type !== 'LoadBalancer' || (((status.loadBalancer as { ingress?: unknown[] } | undefined)?.ingress ?? []).length > 0);
    default:
      return true;
  }
}

export async function waitForRelease(ctx: CliContext, rel: Release, timeoutMs: number): Promise<void> {
  if (!ctx.sleep) return;
  const deadline = ctx.now() + timeoutMs;
  const objects = manifestObjects(rel.manifest ?? '').map((m) => m.object);
  for (;;) {
    let pending: KubeObject | undefined;
    for (const o of objects) {
      const info = resourceForKind(o.apiVersion, o.kind);
      if (!info) continue;
      try {
        const live = (await ctx.client.get(info, info.namespaced ? (o.metadata.namespace ?? rel.namespace) : undefined, o.metadata.name!)) as Obj;
        if (!isReady(live)) {
          pending = live;
          break;
        }
      } catch {
        pending = o;
        break;
      }
    }
    if (!pending) return;
    if (ctx.now() >= deadline) throw new HelmError(`resource not ready, name: ${pending.metadata.name}, kind: ${pending.kind}, status: InProgress\ncontext deadline exceeded`);
    await ctx.sleep(Math.min(POLL_MS, Math.max(1, deadline - ctx.now())));
  }
}
