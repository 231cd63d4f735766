// The HorizontalPodAutoscaler controller: every 15 s, per HPA, read the target's scale, the CPU its
// pods use (metrics.k8s.io, as metrics-server serves it), compute the replicas the utilization
// target asks for, normalize (stabilization, bounds, rate) and update the target's scale.
// mirrors pkg/controller/podautoscaler/horizontal.go (reconcileAutoscaler, computeReplicasForMetrics,
// setCurrentReplicasAndMetricsInStatus, setCondition)
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../api/types';
import { R, RESOURCES, apiVersionOf } from '../../../api/resources';
import { StatusError } from '../../../api/status';
import { canonicalQuantity, milliValue } from '../../../api/quantity';
import type { Informer, K } from '../informer';
import { keyOf } from '../informer';
import { WorkQueue } from '../queue';
import type { ControllerDeps } from '../manager';
import { scaleDownRules, scaleUpRules } from '../../apiserver/strategies/quota';
import { MetricError, resourceReplicas } from './replica-calculator';
import { normalizeDefault, normalizeWithBehavior, type BehaviorState } from './normalize';
import { podSamples } from './samples';
import type { Hpa, HpaCondition, MetricSpec } from './types';

export const SYNC_PERIOD_MS = 15_000;
const DOWNSCALE_WINDOW_MS = 5 * 60_000;
const SOURCE = { component: 'horizontal-pod-autoscaler' };
const METRICS_PODS = { group: 'metrics.k8s.io', version: 'v1beta1', resource: 'pods' };

export class HorizontalController {
  readonly hpas: Informer<K<Hpa>>;
  private readonly queue: WorkQueue;
  private readonly state = new Map<string, BehaviorState>();

  constructor(private readonly deps: ControllerDeps) {
    this.hpas = deps.informers.for<K<Hpa>>(R.horizontalpodautoscalers);
    this.queue = new WorkQueue(deps.clock, 'horizontal-pod-autoscaler', (key) => this.sync(key), 20);
    this.hpas.onEvent((t, hpa, old) => {
      if (t === 'DELETED') this.state.delete(keyOf(hpa));
      // a status write is this controller's own: the 15 s resync covers it
      else if (!old || hpa.spec !== old.spec) this.queue.enqueue(keyOf(hpa));
    });
  }

  private sync(key: string): { requeueAfter: number } | void {
    const hpa = this.hpas.get(key);
    if (!hpa || hpa.metadata.deletionTimestamp) return;
    let st = this.state.get(key);
    if (!st) this.state.set(key, (st = { recs: [], upEvents: [], downEvents: [] }));
    try {
      this.reconcile(hpa, st);
    } catch {
      // a conflict on the status write: the next period retries
    }
    return { requeueAfter: SYNC_PERIOD_MS };
  }

  private reconcile(hpa: Hpa, st: BehaviorState): void {
    const { api, clock, record } = this.deps;
    const ns = hpa.metadata.namespace ?? '';
    const conds = new Conditions(hpa.status?.conditions, clock.nowRFC3339());
    const ref = hpa.spec.scaleTargetRef;
    const target = RESOURCES.find((r) => r.kind === ref.kind && r.subresources.includes('scale') && (!ref.apiVersion || apiVersionOf(r) === ref.apiVersion));
    let scale;
    try {
      if (!target) throw new Error(`no matches for kind "${ref.kind}" in group "${(ref.apiVersion ?? '').split('/')[0]}"`);
      scale = api.getScale(target, ns, ref.name);
    } catch (e) {
      const msg = `the HPA controller was unable to get the target's current scale: ${e instanceof StatusError ? e.status.message : (e as Error).message}`;
      conds.set('AbleToScale', 'False', 'FailedGetScale', msg);
      record(hpa, 'Warning', 'FailedGetScale', msg.replace('the HPA controller was unable to get the target\'s current scale: ', ''), SOURCE);
      this.writeStatus(hpa, conds, hpa.status?.currentReplicas ?? 0, hpa.status?.desiredReplicas ?? 0, hpa.status?.currentMetrics);
      return;
    }
    conds.set('AbleToScale', 'True', 'SucceededGetScale', "the HPA controller was able to get the target's current scale");
    const current = scale.spec.replicas ?? 0;
    const min = hpa.spec.minReplicas ?? 1;
    const max = hpa.spec.maxReplicas;
    let desired = 0;
    let reason = '';
    let metrics = hpa.status?.currentMetrics;
    if (current === 0 && min !== 0) {
      conds.set('ScalingActive', 'False', 'ScalingDisabled', 'scaling is disabled since the replica count of the target is zero');
    } else if (current > max) {
      [desired, reason] = [max, 'Current number of replicas above Spec.MaxReplicas'];
    } else if (current < min) {
      [desired, reason] = [min, 'Current number of replicas below Spec.MinReplicas'];
    } else {
      const computed = this.computeForMetrics(hpa, ns, scale.status.selector ?? '', current, conds);
      if (!computed) {
        // the metrics it could not read are empty MetricStatuses (kubectl shows <unknown>)
        this.writeStatus(hpa, conds, current, hpa.status?.desiredReplicas ?? current, (hpa.spec.metrics ?? []).map(() => ({ type: '' })));
        return;
      }
      metrics = computed.statuses;
      desired = computed.replicas;
      if (desired > current) reason = `${computed.metricName} above target`;
      if (desired < current) reason = 'All metrics below target';
      const now = clock.now();
      const n = hpa.spec.behavior
        ? normalizeWithBehavior(st, now, scaleUpRules(hpa.spec.behavior.scaleUp), scaleDownRules(hpa.spec.behavior.scaleDown), current, desired, min, max)
        : normalizeDefault(st.recs, now, DOWNSCALE_WINDOW_MS, current, desired, min, max);
      desired = n.replicas;
      conds.set('AbleToScale', 'True', n.able[0], n.able[1]);
      conds.set('ScalingLimited', n.limited[0] ? 'True' : 'False', n.limited[1], n.limited[2]);
    }
    let lastScaleTime = hpa.status?.lastScaleTime;
    if (desired !== current) {
      try {
        api.updateScale(target, ns, ref.name, desired);
      } catch (e) {
        const err = e instanceof StatusError ? e.status.message : String(e);
        conds.set('AbleToScale', 'False', 'FailedUpdateScale', `the HPA controller was unable to update the target scale: ${err}`);
        record(hpa, 'Warning', 'FailedRescale', `New size: ${desired}; reason: ${reason}; error: ${err}`, SOURCE);
        this.writeStatus(hpa, conds, current, hpa.status?.desiredReplicas ?? current, metrics);
        return;
      }
      conds.set('AbleToScale', 'True', 'SucceededRescale', `the HPA controller was able to update the target scale to ${desired}`);
      record(hpa, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`, SOURCE);
      if (hpa.spec.behavior) (desired > current ? st.upEvents : st.downEvents).push({ at: clock.now(), replicas: Math.abs(desired - current) });
      lastScaleTime = clock.nowRFC3339();
    }
    this.writeStatus(hpa, conds, current, desired, metrics, lastScaleTime);
  }

  /** computeReplicasForMetrics, for Resource metrics (the only kind the simulator serves) */
  private computeForMetrics(hpa: Hpa, ns: string, selector: string, current: number, conds: Conditions) {
    const { api, record } = this.deps;
    let best: { replicas: number; metricName: string } | undefined;
    const statuses: unknown[] = [];
    for (const m of hpa.spec.metrics ?? []) {
      const res = this.resourceMetric(m);
      try {
        if (!res) throw new MetricError(`invalid metric source type "${m.type}"`);
        const pods = api.list(R.pods, ns, { labelSelector: selector }).items as unknown as Array<K<Pod>>;
        const usage = api.list(METRICS_PODS, ns, { labelSelector: selector }).items;
        const valueMilli = res.averageValue !== undefined ? milliValue(res.averageValue) : undefined;
        const rec = resourceReplicas(current, res.utilization ?? 100, podSamples(pods, usage, res.name), res.name, valueMilli);
        const averageValue = canonicalQuantity(`${rec.averageMilli}m`);
        statuses.push({ type: 'Resource', resource: { name: res.name, current: valueMilli !== undefined ? { averageValue } : { averageUtilization: rec.utilization, averageValue } } });
        const metricName = valueMilli !== undefined ? `${res.name} resource` : `${res.name} resource utilization (percentage of request)`;
        if (!best || rec.replicas > best.replicas) best = { replicas: rec.replicas, metricName };
      } catch (e) {
        const why = `failed to get ${res?.name ?? 'cpu'} utilization: ${(e as Error).message}`;
        record(hpa, 'Warning', 'FailedGetResourceMetric', why, SOURCE);
        record(hpa, 'Warning', 'FailedComputeMetricsReplicas', `invalid metrics (1 invalid out of ${(hpa.spec.metrics ?? []).length}), first error is: failed to get ${res?.name ?? 'cpu'} resource metric value: ${why}`, SOURCE);
        conds.set('ScalingActive', 'False', 'FailedGetResourceMetric', `the HPA was unable to compute the replica count: ${why}`);
        return undefined;
      }
    }
    if (!best) return undefined;
    conds.set('ScalingActive', 'True', 'ValidMetricFound', `the HPA was able to successfully calculate a replica count from ${best.metricName}`);
    return { ...best, statuses };
  }

  private resourceMetric(m: MetricSpec): { name: string; utilization?: number; averageValue?: string } | undefined {
    if (m.type !== 'Resource' || !m.resource) return undefined;
    return { name: m.resource.name, utilization: m.resource.target?.averageUtilization, averageValue: m.resource.target?.averageValue };
  }

  private writeStatus(hpa: Hpa, conds: Conditions, currentReplicas: number, desiredReplicas: number, currentMetrics: unknown[] | undefined, lastScaleTime = hpa.status?.lastScaleTime): void {
    const status = {
      ...(currentMetrics ? { currentMetrics } : {}),
      currentReplicas,
      desiredReplicas,
      ...(lastScaleTime ? { lastScaleTime } : {}),
      conditions: conds.list,
      observedGeneration: hpa.metadata.generation,
    };
    this.deps.api.updateStatus(R.horizontalpodautoscalers, hpa.metadata.namespace, { ...hpa, status } as unknown as KubeObject);
  }
}

/** setCondition: a condition keeps its lastTransitionTime while its status stays */
class Conditions {
  readonly list: HpaCondition[];
  constructor(
    old: HpaCondition[] | undefined,
    private readonly now: string,
  ) {
    this.list = (old ?? []).map((c) => ({ ...c }));
  }
  set(type: string, status: string, reason: string, message: string): void {
    const c = this.list.find((x) => x.type === type);
    if (!c) this.list.push({ type, status, lastTransitionTime: this.now, reason, message });
    else {
      if (c.status !== status) c.lastTransitionTime = this.now;
      Object.assign(c, { status, reason, message });
    }
  }
}
