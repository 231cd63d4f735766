// HorizontalPodAutoscaler validation (autoscaling/v2). mirrors pkg/apis/autoscaling/validation/validation.go
// (validateHorizontalPodAutoscalerSpec, ValidateCrossVersionObjectReference)
import type { FieldError } from '../status';
import { invalidField, required } from './field';

interface HpaSpecLike {
  scaleTargetRef?: { kind?: string; name?: string };
  minReplicas?: number;
  maxReplicas?: number;
}

export function validateHpaSpec(spec: HpaSpecLike | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const s = spec ?? {};
  const max = s.maxReplicas ?? 0;
  if (s.minReplicas !== undefined && s.minReplicas < 1) errs.push(invalidField('spec.minReplicas', s.minReplicas, 'must be greater than or equal to 1'));
  if (max < 1) errs.push(invalidField('spec.maxReplicas', max, 'must be greater than 0'));
  if (s.minReplicas !== undefined && max < s.minReplicas) errs.push(invalidField('spec.maxReplicas', max, 'must be greater than or equal to `minReplicas`'));
  if (!s.scaleTargetRef?.kind) errs.push(required('spec.scaleTargetRef.kind'));
  if (!s.scaleTargetRef?.name) errs.push(required('spec.scaleTargetRef.name'));
  return errs;
}
