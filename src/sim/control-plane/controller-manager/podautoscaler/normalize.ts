// From a metric's recommendation to the replica count the HPA sets: the stabilization windows
// (scale down only to the highest recommendation of the last 5 minutes), min/max, and the scale rate
// (the default doubling, or the behavior's policies over recent scale events).
// mirrors pkg/controller/podautoscaler/horizontal.go (stabilizeRecommendation,
// normalizeDesiredReplicas, convertDesiredReplicasWithRules, stabilizeRecommendationWithBehaviors,
// convertDesiredReplicasWithBehaviorRate, calculateScaleUpLimitWithScalingRules,
// calculateScaleDownLimitWithBehaviors)

export interface Policy {
  type: string;
  value: number;
  periodSeconds: number;
}
export interface ScalingRules {
  stabilizationWindowSeconds: number;
  selectPolicy: string;
  policies: Policy[];
}
export interface Timestamped {
  at: number;
  replicas: number;
}
export interface Normalized {
  replicas: number;
  /** AbleToScale's reason and message */
  able: [string, string];
  /** ScalingLimited: whether it limited, reason, message */
  limited: [boolean, string, string];
}

const READY: [string, string] = ['ReadyForNewScale', 'recommended size matches current size'];
const WITHIN = ['DesiredWithinRange', 'the desired count is within the acceptable range'] as const;
const TOO_FEW = ['TooFewReplicas', 'the desired replica count is less than the minimum replica count'] as const;
const TOO_MANY = ['TooManyReplicas', 'the desired replica count is more than the maximum replica count'] as const;
const UP_LIMIT = ['ScaleUpLimit', 'the desired replica count is increasing faster than the maximum scale rate'] as const;
const DOWN_LIMIT = ['ScaleDownLimit', 'the desired replica count is decreasing faster than the maximum scale rate'] as const;

/** keep one sample per sync: an expired sample is reused (as upstream), else appended */
function remember(recs: Timestamped[], expired: number, sample: Timestamped): void {
  if (expired >= 0) recs[expired] = sample;
  else recs.push(sample);
}

/** normalizeDesiredReplicas: no behavior on the HPA */
export function normalizeDefault(recs: Timestamped[], now: number, windowMs: number, current: number, desired: number, min: number, max: number): Normalized {
  let stabilized = desired;
  let expired = -1;
  recs.forEach((r, i) => {
    if (r.at < now - windowMs) expired = i;
    else if (r.replicas > stabilized) stabilized = r.replicas;
  });
  remember(recs, expired, { at: now, replicas: desired });
  const able: [string, string] = stabilized !== desired ? ['ScaleDownStabilized', 'recent recommendations were higher than current one, applying the highest recent recommendation'] : READY;
  const scaleUpLimit = Math.max(2 * current, 4);
  const [maxAllowed, maxWhy] = max > scaleUpLimit ? [scaleUpLimit, UP_LIMIT] : [max, TOO_MANY];
  let out = stabilized;
  let why: readonly [string, string] = WITHIN;
  if (stabilized < min) [out, why] = [min, TOO_FEW];
  else if (stabilized > maxAllowed) [out, why] = [maxAllowed, maxWhy];
  return { replicas: out, able, limited: [out !== stabilized, why[0], why[1]] };
}

/** the replicas added (or removed) by the events of the last periodSeconds */
function changeInPeriod(periodSeconds: number, events: Timestamped[], now: number): number {
  return events.filter((e) => e.at > now - periodSeconds * 1000).reduce((n, e) => n + e.replicas, 0);
}

export function scaleUpLimit(current: number, events: Timestamped[], rules: ScalingRules, now: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const pick = rules.selectPolicy === 'Min' ? Math.min : Math.max;
  let result = rules.selectPolicy === 'Min' ? Infinity : -Infinity;
  for (const p of rules.policies) {
    const start = current - changeInPeriod(p.periodSeconds, events, now);
    result = pick(result, p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100)));
  }
  return result;
}

export function scaleDownLimit(current: number, events: Timestamped[], rules: ScalingRules, now: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const pick = rules.selectPolicy === 'Min' ? Math.max : Math.min;
  let result = rules.selectPolicy === 'Min' ? -Infinity : Infinity;
  for (const p of rules.policies) {
    const start = current + changeInPeriod(p.periodSeconds, events, now);
    result = pick(result, p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100)));
  }
  return result;
}

export interface BehaviorState {
  recs: Timestamped[];
  upEvents: Timestamped[];
  downEvents: Timestamped[];
}

/** normalizeDesiredReplicasWithBehaviors */
export function normalizeWithBehavior(s: BehaviorState, now: number, up: ScalingRules, down: ScalingRules, current: number, desired: number, min: number, max: number): Normalized {
  let upRec = desired;
  let downRec = desired;
  let expired = -1;
  const upCut = now - up.stabilizationWindowSeconds * 1000;
  const downCut = now - down.stabilizationWindowSeconds * 1000;
  s.recs.forEach((r, i) => {
    if (r.at > upCut) upRec = Math.min(upRec, r.replicas);
    if (r.at > downCut) downRec = Math.max(downRec, r.replicas);
    if (r.at < upCut && r.at < downCut) expired = i;
  });
  remember(s.recs, expired, { at: now, replicas: desired });
  const stabilized = Math.min(Math.max(current, upRec), downRec);
  let able: [string, string] = READY;
  if (stabilized !== desired) {
    able = stabilized < desired ? ['ScaleUpStabilized', 'recent recommendations were lower than current one, applying the lowest recent recommendation'] : ['ScaleDownStabilized', 'recent recommendations were higher than current one, applying the highest recent recommendation'];
  }
  let out = stabilized;
  let why: readonly [string, string] = WITHIN;
  if (stabilized > current) {
    const limit = Math.max(scaleUpLimit(current, s.upEvents, up, now), current);
    const [allowed, w] = max > limit ? [limit, UP_LIMIT] : [max, TOO_MANY];
    if (stabilized > allowed) [out, why] = [allowed, w];
  } else if (stabilized < current) {
    const limit = Math.min(scaleDownLimit(current, s.downEvents, down, now), current);
    const [allowed, w] = min < limit ? [limit, DOWN_LIMIT] : [min, TOO_FEW];
    if (stabilized < allowed) [out, why] = [allowed, w];
  }
  return { replicas: out, able, limited: [out !== stabilized, why[0], why[1]] };
}
