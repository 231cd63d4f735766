// PodDisruptionBudgets. mirrors pkg/registry/policy/poddisruptionbudget/strategy.go
import { validatePdbSpec } from '../../../api/validation/policy';
import type { Strategy } from '../strategy';

export const pdbStrategy: Strategy = {
  generation: true,
  prepareForCreate(obj) {
    // the disruption controller fills these in; until then nothing may be evicted
    obj.status = { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 };
  },
  validate: (obj) => validatePdbSpec(obj.spec as never),
};
