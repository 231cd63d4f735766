// ObjectMeta validation: name, labels, annotations.
// mirrors staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go and
// staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (ValidateLabels)
import type { FieldError } from '../status';
import type { KubeObject } from '../types';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { validateDNS1035Label, validateDNS1123Label, validateDNS1123Subdomain, validateLabelValue, validateQualifiedName } from '../names';
import { forbiddenField, invalidField, required, tooLong } from './field';

/** How each kind's names are checked (ValidateXName in pkg/apis/core/validation). */
export function nameValidatorFor(kind: string): (name: string) => string[] {
  if (kind === 'Service') return validateDNS1035Label;
  if (kind === 'Namespace') return validateDNS1123Label;
  return validateDNS1123Subdomain;
}

export function validateLabels(labels: Record<string, string> | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const msg of validateQualifiedName(k)) errs.push(invalidField(field, k, msg));
    for (const msg of validateLabelValue(v)) errs.push(invalidField(field, v, msg));
  }
  return errs;
}

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

export function validateAnnotations(annotations: Record<string, string> | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const msg of validateQualifiedName(k.toLowerCase())) errs.push(invalidField(field, k, msg));
    size += k.length + v.length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(field, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

export function validateObjectMeta(obj: KubeObject, namespaced: boolean): FieldError[] {
  const m = obj.metadata;
  const errs: FieldError[] = [];
  if (m.generateName) {
    // a prefix is checked as a name whose trailing dash stands for the random suffix (maskTrailingDash)
    const masked = m.generateName.length > 1 && m.generateName.endsWith('-') ? `${m.generateName.slice(0, -1)}a` : m.generateName;
    for (const msg of nameValidatorFor(obj.kind)(masked)) errs.push(invalidField('metadata.generateName', m.generateName, msg));
  }
  if (!m.name) {
    errs.push(required('metadata.name', 'name or generateName is required'));
  } else {
    for (const msg of nameValidatorFor(obj.kind)(m.name)) errs.push(invalidField('metadata.name', m.name, msg));
  }
  if (namespaced && !m.namespace) errs.push(required('metadata.namespace'));
  if (!namespaced && m.namespace) errs.push(forbiddenField('metadata.namespace', 'not allowed on this type'));
  errs.push(...validateLabels(m.labels, 'metadata.labels'));
  errs.push(...validateAnnotations(m.annotations, 'metadata.annotations'));
  // validateOwnerReference reports at metadata.ownerReferences, without an index
  const f = 'metadata.ownerReferences';
  const controllers: string[] = [];
  for (const ref of m.ownerReferences ?? []) {
    if (!ref.apiVersion) errs.push(invalidField(`${f}.apiVersion`, ref.apiVersion ?? '', 'version must not be empty'));
    if (!ref.kind) errs.push(invalidField(`${f}.kind`, ref.kind ?? '', 'kind must not be empty'));
    if (!ref.name) errs.push(invalidField(`${f}.name`, ref.name ?? '', 'name must not be empty'));
    if (!ref.uid) errs.push(invalidField(`${f}.uid`, ref.uid ?? '', 'uid must not be empty'));
    if (ref.controller) controllers.push(`${ref.kind}/${ref.name}`);
  }
  if (controllers.length > 1) {
    errs.push({ type: 'FieldValueInvalid', field: f, message: `Invalid value: []v1.OwnerReference{…}: Only one reference can have Controller set to true. Found "true" in references for ${controllers.join(' and ')}` });
  }
  return errs;
}

/** Fields an update may not change (ValidateObjectMetaUpdate). */
export function validateObjectMetaUpdate(obj: KubeObject, old: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  if (obj.metadata.name !== old.metadata.name) errs.push(invalidField('metadata.name', obj.metadata.name, 'field is immutable'));
  if ((obj.metadata.namespace ?? '') !== (old.metadata.namespace ?? '')) errs.push(invalidField('metadata.namespace', obj.metadata.namespace ?? '', 'field is immutable'));
  return errs;
}

/** ValidateLabelSelector (apis/meta/v1/validation): operators and their values, label syntax. */
export function validateLabelSelector(sel: LabelSelector | undefined, field: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, `${field}.matchLabels`);
  (sel.matchExpressions ?? []).forEach((e, i) => {
    const f = `${field}.matchExpressions[${i}]`;
    const n = (e.values ?? []).length;
    if (e.operator === 'In' || e.operator === 'NotIn') {
      if (n === 0) errs.push(required(`${f}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') {
      if (n > 0) errs.push(forbiddenField(`${f}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      errs.push(invalidField(`${f}.operator`, e.operator, 'not a valid selector operator'));
    }
    for (const msg of validateQualifiedName(e.key)) errs.push(invalidField(`${f}.key`, e.key, msg));
  });
  return errs;
}
