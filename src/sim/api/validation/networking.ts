// Ingress validation (the common mistakes: a path without pathType, a relative path, no backend).
// mirrors pkg/apis/networking/validation/validation.go (validateIngressSpec, validateHTTPIngressPath)
import type { IngressSpec } from 'kubernetes-types/networking/v1';
import type { FieldError } from '../status';
import { invalidField, notSupported, required } from './field';

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];

export function validateIngressSpec(spec: IngressSpec | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const s = spec ?? {};
  if (!s.defaultBackend && !(s.rules && s.rules.length)) errs.push(invalidField('spec', '[]', 'either `defaultBackend` or `rules` must be specified'));
  (s.rules ?? []).forEach((rule, i) => {
    (rule.http?.paths ?? []).forEach((p, j) => {
      const f = `spec.rules[${i}].http.paths[${j}]`;
      if (!p.pathType) errs.push(required(`${f}.pathType`, 'pathType must be specified'));
      else if (!PATH_TYPES.includes(p.pathType)) errs.push(notSupported(`${f}.pathType`, p.pathType, PATH_TYPES));
      else if (p.pathType !== 'ImplementationSpecific' && !(p.path ?? '').startsWith('/')) errs.push(invalidField(`${f}.path`, p.path ?? '', 'must be an absolute path'));
      const svc = p.backend?.service;
      if (!svc && !p.backend?.resource) errs.push(invalidField(`${f}.backend`, '', 'one backend (`service` or `resource`) must be specified'));
      if (svc && !svc.name) errs.push(required(`${f}.backend.service.name`));
      if (svc && !svc.port?.name && svc.port?.number === undefined) errs.push(required(`${f}.backend.service.port`, 'port name or number is required'));
    });
  });
  return errs;
}
