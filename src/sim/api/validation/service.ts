// Service validation. mirrors pkg/apis/core/validation/validation.go (ValidateService, the subset
// a learner meets: types, ports, selector, node ports on ClusterIP services)
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { FieldError } from '../status';
import { validateDNS1123Label } from '../names';
import { duplicate, forbiddenField, invalidField, notSupported, required } from './field';
import { validateLabels } from './meta';

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PORT_RANGE = 'must be between 1 and 65535, inclusive';

/** IsValidPortName: an IANA service name. */
function validatePortName(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.startsWith('-') || name.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

function validPort(p: unknown): boolean {
  return typeof p === 'number' && Number.isInteger(p) && p >= 1 && p <= 65535;
}

export function validateServiceSpec(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  const type = spec.type ?? 'ClusterIP';
  if (!TYPES.includes(type)) errs.push(notSupported('spec.type', type, TYPES));
  const ports = spec.ports ?? [];
  const headless = spec.clusterIP === 'None';
  if (ports.length === 0 && type !== 'ExternalName' && !headless) errs.push(required('spec.ports'));
  if (type === 'ExternalName' && !spec.externalName) errs.push(required('spec.externalName'));
  const names = new Set<string>();
  ports.forEach((p: ServicePort, i) => {
    const f = `spec.ports[${i}]`;
    if (!p.name) {
      if (ports.length > 1) errs.push(required(`${f}.name`));
    } else {
      for (const msg of validateDNS1123Label(p.name)) errs.push(invalidField(`${f}.name`, p.name, msg));
      if (names.has(p.name)) errs.push(duplicate(`${f}.name`, p.name));
      names.add(p.name);
    }
    if (!validPort(p.port)) errs.push(invalidField(`${f}.port`, p.port ?? 0, PORT_RANGE));
    if (p.protocol && !PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${f}.protocol`, p.protocol, PROTOCOLS));
    if (typeof p.targetPort === 'string') {
      for (const msg of validatePortName(p.targetPort)) errs.push(invalidField(`${f}.targetPort`, p.targetPort, msg));
    } else if (p.targetPort !== undefined && !validPort(p.targetPort)) {
      errs.push(invalidField(`${f}.targetPort`, p.targetPort, PORT_RANGE));
    }
    if (p.nodePort && type === 'ClusterIP') errs.push(forbiddenField(`${f}.nodePort`, "may not be used when `type` is 'ClusterIP'"));
  });
  errs.push(...validateLabels(spec.selector, 'spec.selector'));
  if (spec.sessionAffinity && !['ClientIP', 'None'].includes(spec.sessionAffinity)) errs.push(notSupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']));
  return errs;
}
