// ResourceQuota, LimitRange and HorizontalPodAutoscaler strategies.
// mirrors pkg/registry/core/resourcequota/strategy.go, pkg/registry/autoscaling/horizontalpodautoscaler/strategy.go,
// pkg/apis/core/v1/defaults.go (SetDefaults_LimitRangeItem) and pkg/apis/autoscaling/v2/defaults.go
import type { Strategy } from '../strategy';
import type { KubeObject } from '../../../api/types';
import { defaultLimitRange } from '../admission/limitranger';
import { validateHpaSpec } from '../../../api/validation/autoscaling';
import { validateLimitRangeSpec } from '../../../api/validation/limitrange';

export const resourceQuotaStrategy: Strategy = {
  // the quota controller fills status.hard and status.used
  prepareForCreate(obj) {
    delete obj.status;
  },
};

export const limitRangeStrategy: Strategy = {
  defaults: defaultLimitRange,
  validate: (obj) => validateLimitRangeSpec(obj.spec as never),
};

type Policy = { type: string; value: number; periodSeconds: number };
interface Rules {
  stabilizationWindowSeconds?: number;
  selectPolicy?: string;
  policies?: Policy[];
}

/** GenerateHPAScaleUpRules / GenerateHPAScaleDownRules: the user's values over the defaults */
function rules(r: Rules | undefined, defaults: Required<Rules>): Required<Rules> {
  return {
    stabilizationWindowSeconds: r?.stabilizationWindowSeconds ?? defaults.stabilizationWindowSeconds,
    selectPolicy: r?.selectPolicy ?? defaults.selectPolicy,
    policies: r?.policies ?? defaults.policies,
  };
}
export const SCALE_UP_DEFAULT: Required<Rules> = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};
export const SCALE_DOWN_DEFAULT: Required<Rules> = { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };
export const scaleUpRules = (r: Rules | undefined) => rules(r, SCALE_UP_DEFAULT);
export const scaleDownRules = (r: Rules | undefined) => rules(r, SCALE_DOWN_DEFAULT);

export const hpaStrategy: Strategy = {
  generation: true,
  defaults(obj: KubeObject) {
    const spec = (obj.spec ??= {}) as { minReplicas?: number; metrics?: unknown[]; behavior?: { scaleUp?: Rules; scaleDown?: Rules } };
    spec.minReplicas ??= 1;
    if (!spec.metrics?.length) spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }];
    if (spec.behavior) spec.behavior = { scaleUp: scaleUpRules(spec.behavior.scaleUp), scaleDown: scaleDownRules(spec.behavior.scaleDown) };
  },
  prepareForCreate(obj) {
    obj.status = { currentReplicas: 0, desiredReplicas: 0 };
  },
  validate: (obj) => validateHpaSpec(obj.spec as never),
};
