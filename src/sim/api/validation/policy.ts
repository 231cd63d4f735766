// PodDisruptionBudget validation. mirrors pkg/apis/policy/validation/validation.go
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { FieldError } from '../status';
import { goValue, invalidField } from './field';
import { intOrPercent } from './apps';
import { validateLabelSelector } from './meta';

interface PdbSpecLike {
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  selector?: LabelSelector;
  unhealthyPodEvictionPolicy?: string;
}

export function validatePdbSpec(spec: PdbSpecLike | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const s = spec ?? {};
  if (s.minAvailable !== undefined && s.maxUnavailable !== undefined) {
    errs.push({ type: 'FieldValueInvalid', field: 'spec', message: `Invalid value: ${goValue(s)}: minAvailable and maxUnavailable cannot be both set` });
  }
  intOrPercent(s.minAvailable, 'spec.minAvailable', errs);
  intOrPercent(s.maxUnavailable, 'spec.maxUnavailable', errs);
  errs.push(...validateLabelSelector(s.selector, 'spec.selector'));
  const policies = ['AlwaysAllow', 'IfHealthyBudget'];
  if (s.unhealthyPodEvictionPolicy && !policies.includes(s.unhealthyPodEvictionPolicy)) {
    errs.push(invalidField('spec.unhealthyPodEvictionPolicy', s.unhealthyPodEvictionPolicy, `supported values: ${policies.map((p) => JSON.stringify(p)).join(', ')}`));
  }
  return errs;
}
