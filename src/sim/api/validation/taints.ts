// Taints (Nodes) and tolerations (Pods). mirrors pkg/apis/core/validation/validation.go
// (validateNodeTaints, ValidateTolerations)
import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import type { FieldError } from '../status';
import { validateLabelValue, validateQualifiedName } from '../names';
import { duplicate, invalidField, notSupported, required } from './field';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateTaints(taints: Taint[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (taints ?? []).forEach((t, i) => {
    const f = `${path}[${i}]`;
    if (!t.key) errs.push(required(`${f}.key`));
    else for (const msg of validateQualifiedName(t.key)) errs.push(invalidField(`${f}.key`, t.key, msg));
    for (const msg of validateLabelValue(t.value ?? '')) errs.push(invalidField(`${f}.value`, t.value ?? '', msg));
    if (!t.effect) errs.push(required(`${f}.effect`));
    else if (!EFFECTS.includes(t.effect)) errs.push(notSupported(`${f}.effect`, t.effect, EFFECTS));
    const id = `${t.key}:${t.effect}`;
    if (seen.has(id)) errs.push(duplicate(f, `${t.key}:${t.effect}`));
    seen.add(id);
  });
  return errs;
}

export function validateTolerations(tolerations: Toleration[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (tolerations ?? []).forEach((t, i) => {
    const f = `${path}[${i}]`;
    if (t.key) for (const msg of validateQualifiedName(t.key)) errs.push(invalidField(`${f}.key`, t.key, msg));
    const op = t.operator ?? 'Equal';
    if (!t.key && op !== 'Exists') errs.push(invalidField(`${f}.operator`, op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (op === 'Exists' && t.value) errs.push(invalidField(`${f}.operator`, t.value, 'value must be empty when `operator` is \'Exists\''));
    if (op !== 'Exists' && op !== 'Equal') errs.push(notSupported(`${f}.operator`, op, ['Equal', 'Exists']));
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errs.push(invalidField(`${f}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (t.effect && !EFFECTS.includes(t.effect)) errs.push(notSupported(`${f}.effect`, t.effect, EFFECTS));
  });
  return errs;
}
