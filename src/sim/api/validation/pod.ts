// Pod and pod template validation, the subset a learner meets.
// mirrors pkg/apis/core/validation/validation.go (ValidatePodSpec, validateContainers, ValidatePodUpdate)
import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { FieldError } from '../status';
import { badRequest } from '../status';
import { validateDNS1123Label } from '../names';
import { QUANTITY_FORMAT_ERROR, parseQuantityExact } from '../quantity';
import { duplicate, invalidField, notSupported, required } from './field';
import { validateLabels } from './meta';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** Bad quantities fail while decoding, before validation: 400 `… cannot be handled as a Pod: …` */
export function checkQuantities(spec: PodSpec | undefined, kind: string): void {
  for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
    for (const rl of [c.resources?.requests, c.resources?.limits]) {
      for (const v of Object.values(rl ?? {})) {
        try {
          parseQuantityExact(String(v));
        } catch {
          throw badRequest(`${kind} in version "v1" cannot be handled as a ${kind}: ${QUANTITY_FORMAT_ERROR}`);
        }
      }
    }
  }
}

function validateContainer(c: Container, f: string, names: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${f}.name`));
  else {
    for (const msg of validateDNS1123Label(c.name)) errs.push(invalidField(`${f}.name`, c.name, msg));
    if (names.has(c.name)) errs.push(duplicate(`${f}.name`, c.name));
    names.add(c.name);
  }
  if (!c.image) errs.push(required(`${f}.image`));
  if (c.imagePullPolicy && !PULL_POLICIES.includes(c.imagePullPolicy)) errs.push(notSupported(`${f}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
  (c.ports ?? []).forEach((p, i) => {
    const pf = `${f}.ports[${i}]`;
    if (!Number.isInteger(p.containerPort) || p.containerPort < 1 || p.containerPort > 65535) {
      errs.push(invalidField(`${pf}.containerPort`, p.containerPort ?? 0, 'must be between 1 and 65535, inclusive'));
    }
    if (p.protocol && !PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${pf}.protocol`, p.protocol, PROTOCOLS));
  });
  const req = (c.resources?.requests ?? {}) as Record<string, string>;
  const lim = (c.resources?.limits ?? {}) as Record<string, string>;
  for (const [name, q] of Object.entries(req)) {
    if (lim[name] === undefined) continue;
    try {
      if (parseQuantityExact(String(q)).nano > parseQuantityExact(String(lim[name])).nano) {
        errs.push(invalidField(`${f}.resources.requests`, String(q), `must be less than or equal to ${name} limit of ${lim[name]}`));
      }
    } catch {
      // reported by checkQuantities
    }
  }
  return errs;
}

/** ValidatePodSpec at `path` (`spec` for pods, `spec.template.spec` for templates). */
export function validatePodSpec(spec: PodSpec | undefined, path: string, allowedRestart = RESTART_POLICIES): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (spec?.initContainers ?? []).forEach((c, i) => errs.push(...validateContainer(c, `${path}.initContainers[${i}]`, names)));
  const containers = spec?.containers ?? [];
  if (containers.length === 0) errs.push(required(`${path}.containers`));
  containers.forEach((c, i) => errs.push(...validateContainer(c, `${path}.containers[${i}]`, names)));
  const rp = spec?.restartPolicy;
  if (rp && !allowedRestart.includes(rp)) errs.push(notSupported(`${path}.restartPolicy`, rp, allowedRestart));
  if (spec?.dnsPolicy && !DNS_POLICIES.includes(spec.dnsPolicy)) errs.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES));
  if (spec?.terminationGracePeriodSeconds !== undefined && spec.terminationGracePeriodSeconds < 0) {
    errs.push(invalidField(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds, 'must be greater than or equal to 0'));
  }
  errs.push(...validateLabels(spec?.nodeSelector, `${path}.nodeSelector`));
  return errs;
}

export const POD_UPDATE_FORBIDDEN =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** ValidatePodUpdate: after the mutable fields are put back, the spec must be unchanged. */
export function podSpecChangedBeyondMutable(spec: PodSpec, old: PodSpec, equal: (a: unknown, b: unknown) => boolean): boolean {
  const probe = structuredClone(spec) as PodSpec & Record<string, unknown>;
  const mutable = probe as { containers: Container[]; initContainers?: Container[]; activeDeadlineSeconds?: number; tolerations?: unknown[]; terminationGracePeriodSeconds?: number };
  mutable.containers?.forEach((c, i) => {
    if (old.containers?.[i]) (c as { image?: string }).image = old.containers[i].image;
  });
  mutable.initContainers?.forEach((c, i) => {
    if (old.initContainers?.[i]) (c as { image?: string }).image = old.initContainers[i].image;
  });
  mutable.activeDeadlineSeconds = old.activeDeadlineSeconds;
  const oldTol = old.tolerations ?? [];
  const newTol = spec.tolerations ?? [];
  if (oldTol.every((t) => newTol.some((n) => equal(n, t)))) mutable.tolerations = old.tolerations;
  mutable.terminationGracePeriodSeconds = old.terminationGracePeriodSeconds;
  return !equal(probe, old);
}
