// The load generator: traffic to a Deployment or a Service, as the CPU it costs in total, spread
// over the Running pods it reaches — so when the HPA adds pods, each one's share (and its CPU
// utilization) falls, as with real traffic. Read by the metrics model (./metrics.ts) per pod.
// Not upstream: the simulator's stand-in for `kubectl run load --image=busybox -- wget …` loops.
import type { Pod } from 'kubernetes-types/core/v1';
import type { SyncKubeApi } from '../api/client';
import { R } from '../api/resources';
import { selectorFromLabelSelector, selectorString } from '../api/labels';

export type LoadTargetKind = 'Deployment' | 'Service';

export interface LoadTarget {
  namespace: string;
  kind: LoadTargetKind;
  name: string;
}

export interface LoadSetting extends LoadTarget {
  /** the CPU the traffic costs, in millicores, summed over the pods that serve it */
  millicores: number;
}

const keyOf = (t: LoadTarget) => `${t.namespace}/${t.kind}/${t.name}`;

export class LoadGenerator {
  private readonly settings = new Map<string, LoadSetting>();
  /** per-pod shares, computed once per virtual instant */
  private cache: { at: number; share: Map<string, number> } | undefined;

  constructor(
    private readonly api: SyncKubeApi,
    private readonly now: () => number,
  ) {}

  /** set (or, with 0, stop) the load on a Deployment's or a Service's pods */
  set(target: LoadTarget, millicores: number): void {
    const m = Math.max(0, Math.round(millicores));
    if (m > 0) this.settings.set(keyOf(target), { ...target, millicores: m });
    else this.settings.delete(keyOf(target));
    this.cache = undefined;
  }

  get(target: LoadTarget): number {
    return this.settings.get(keyOf(target))?.millicores ?? 0;
  }

  list(): LoadSetting[] {
    return [...this.settings.values()];
  }

  /** the extra millicores one pod burns now */
  extraFor(pod: Pod): number {
    if (!this.settings.size) return 0;
    const at = this.now();
    if (this.cache?.at !== at) this.cache = { at, share: this.shares() };
    return this.cache.share.get(pod.metadata?.uid ?? '') ?? 0;
  }

  private selectorOf(s: LoadSetting): string | undefined {
    try {
      if (s.kind === 'Deployment') {
        const d = this.api.get(R.deployments, s.namespace, s.name);
        return selectorString(selectorFromLabelSelector((d.spec as { selector?: never }).selector));
      }
      const svc = this.api.get(R.services, s.namespace, s.name);
      const sel = (svc.spec as { selector?: Record<string, string> }).selector;
      return sel && Object.keys(sel).length ? selectorString(selectorFromLabelSelector({ matchLabels: sel })) : undefined;
    } catch {
      return undefined; // the target is gone: its traffic reaches nothing
    }
  }

  private shares(): Map<string, number> {
    const out = new Map<string, number>();
    for (const s of this.settings.values()) {
      const selector = this.selectorOf(s);
      if (!selector) continue;
      const pods = (this.api.list(R.pods, s.namespace, { labelSelector: selector }).items as unknown as Pod[]).filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp);
      for (const p of pods) out.set(p.metadata!.uid!, (out.get(p.metadata!.uid!) ?? 0) + s.millicores / pods.length);
    }
    return out;
  }
}
