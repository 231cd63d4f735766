// Pod and pod template validation, the subset a learner meets.
// mirrors pkg/apis/core/validation/validation.go (ValidatePodSpec, validateContainers, ValidatePodUpdate)
import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { FieldError } from '../status';
import { badRequest } from '../status';
import { validateDNS1123Label } from '../names';
import { QUANTITY_FORMAT_ERROR, canonicalQuantity, parseQuantityExact } from '../quantity';
import { duplicate, forbiddenField, invalidField, notFoundField, notSupported, required } from './field';
import { validateLabels } from './meta';
import { validateTolerations } from './taints';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/**
 * Quantities are decoded before anything else: a bad one fails the request with 400
 * `… cannot be handled as a Pod: …`; good ones are stored in canonical form (`0.5` → `500m`).
 */
export function normalizeQuantities(spec: PodSpec | undefined, kind: string): void {
  for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
    for (const rl of [c.resources?.requests, c.resources?.limits] as Array<Record<string, unknown> | undefined>) {
      for (const [name, v] of Object.entries(rl ?? {})) {
        try {
          rl![name] = canonicalQuantity(String(v));
        } catch {
          throw badRequest(`${kind} in version "v1" cannot be handled as a ${kind}: ${QUANTITY_FORMAT_ERROR}`);
        }
      }
    }
  }
}

const ENV_NAME_FMT = '[-._a-zA-Z][-._a-zA-Z0-9]*';
const ENV_NAME_ERR = `a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '${ENV_NAME_FMT}')`;
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];

function validateProbe(p: Record<string, unknown> | undefined, f: string): FieldError[] {
  if (!p) return [];
  const handlers = PROBE_HANDLERS.filter((h) => p[h] !== undefined);
  if (handlers.length === 0) return [required(f, 'must specify a handler type')];
  if (handlers.length > 1) return [forbiddenField(`${f}.${handlers[1]}`, 'may not specify more than 1 handler type')];
  return [];
}

function validateContainer(c: Container, f: string, names: Set<string>, volumes: ReadonlySet<string>): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${f}.name`));
  else {
    for (const msg of validateDNS1123Label(c.name)) errs.push(invalidField(`${f}.name`, c.name, msg));
    if (names.has(c.name)) errs.push(duplicate(`${f}.name`, c.name));
    names.add(c.name);
  }
  if (!c.image) errs.push(required(`${f}.image`));
  (c.env ?? []).forEach((e, i) => {
    if (!e.name) errs.push(required(`${f}.env[${i}].name`));
    else if (!new RegExp(`^${ENV_NAME_FMT}$`).test(e.name)) errs.push(invalidField(`${f}.env[${i}].name`, e.name, ENV_NAME_ERR));
  });
  (c.volumeMounts ?? []).forEach((vm, i) => {
    if (!vm.name) errs.push(required(`${f}.volumeMounts[${i}].name`));
    else if (!volumes.has(vm.name)) errs.push(notFoundField(`${f}.volumeMounts[${i}].name`, vm.name));
    if (!vm.mountPath) errs.push(required(`${f}.volumeMounts[${i}].mountPath`));
  });
  errs.push(...validateProbe(c.livenessProbe as Record<string, unknown> | undefined, `${f}.livenessProbe`));
  errs.push(...validateProbe(c.readinessProbe as Record<string, unknown> | undefined, `${f}.readinessProbe`));
  errs.push(...validateProbe(c.startupProbe as Record<string, unknown> | undefined, `${f}.startupProbe`));
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
  for (const [kindOf, rl] of [['requests', req], ['limits', lim]] as const) {
    for (const [name, q] of Object.entries(rl)) {
      if (String(q).startsWith('-')) errs.push(invalidField(`${f}.resources.${kindOf}[${name}]`, String(q), 'must be greater than or equal to 0'));
    }
  }
  for (const [name, q] of Object.entries(req)) {
    if (lim[name] === undefined) continue;
    try {
      if (parseQuantityExact(String(q)).nano > parseQuantityExact(String(lim[name])).nano) {
        errs.push(invalidField(`${f}.resources.requests`, String(q), `must be less than or equal to ${name} limit of ${lim[name]}`));
      }
    } catch {
      // reported by normalizeQuantities
    }
  }
  return errs;
}

/** ValidatePodSpec at `path` (`spec` for pods, `spec.template.spec` for templates). */
export function validatePodSpec(spec: PodSpec | undefined, path: string, allowedRestart = RESTART_POLICIES): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  const volumes = new Set<string>();
  (spec?.volumes ?? []).forEach((v, i) => {
    const f = `${path}.volumes[${i}].name`;
    if (!v.name) errs.push(required(f));
    else {
      for (const msg of validateDNS1123Label(v.name)) errs.push(invalidField(f, v.name, msg));
      if (volumes.has(v.name)) errs.push(duplicate(f, v.name));
      volumes.add(v.name);
    }
  });
  (spec?.initContainers ?? []).forEach((c, i) => errs.push(...validateContainer(c, `${path}.initContainers[${i}]`, names, volumes)));
  const containers = spec?.containers ?? [];
  if (containers.length === 0) errs.push(required(`${path}.containers`));
  containers.forEach((c, i) => errs.push(...validateContainer(c, `${path}.containers[${i}]`, names, volumes)));
  const rp = spec?.restartPolicy;
  if (rp && !allowedRestart.includes(rp)) errs.push(notSupported(`${path}.restartPolicy`, rp, allowedRestart));
  if (spec?.dnsPolicy && !DNS_POLICIES.includes(spec.dnsPolicy)) errs.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES));
  if (spec?.terminationGracePeriodSeconds !== undefined && spec.terminationGracePeriodSeconds < 0) {
    errs.push(invalidField(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds, 'must be greater than or equal to 0'));
  }
  errs.push(...validateLabels(spec?.nodeSelector, `${path}.nodeSelector`));
  errs.push(...validateTolerations(spec?.tolerations, `${path}.tolerations`));
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
