// API errors as the api-server sends them: a meta/v1 Status with reason, code and causes.
// mirrors staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go
import type { Status, StatusCause } from './types';

export class StatusError extends Error {
  readonly status: Status & { code: number; reason: string; message: string };
  constructor(status: Status & { code: number; reason: string; message: string }) {
    super(status.message);
    this.name = 'StatusError';
    this.status = status;
  }
  get code(): number {
    return this.status.code;
  }
  get reason(): string {
    return this.status.reason;
  }
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'StatusError');
}

interface Qualified {
  group: string;
  resource: string; // plural: 'pods', 'deployments'
}

/** `deployments.apps` or `pods`: how errors name a resource */
export function qualifiedResource(r: Qualified): string {
  return r.group ? `${r.resource}.${r.group}` : r.resource;
}

function failure(code: number, reason: string, message: string, details?: Status['details']): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code });
}

export function notFound(r: Qualified, name: string): StatusError {
  return failure(404, 'NotFound', `${qualifiedResource(r)} "${name}" not found`, { name, group: r.group, kind: r.resource });
}

export function alreadyExists(r: Qualified, name: string): StatusError {
  return failure(409, 'AlreadyExists', `${qualifiedResource(r)} "${name}" already exists`, { name, group: r.group, kind: r.resource });
}

export function conflict(r: Qualified, name: string, why: string): StatusError {
  return failure(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedResource(r)} "${name}": ${why}`, { name, group: r.group, kind: r.resource });
}

export function badRequest(message: string): StatusError {
  return failure(400, 'BadRequest', message);
}

export function methodNotAllowed(message: string): StatusError {
  return failure(405, 'MethodNotAllowed', message);
}

export function forbidden(r: Qualified, name: string, why: string): StatusError {
  return failure(403, 'Forbidden', `${qualifiedResource(r)} "${name}" is forbidden: ${why}`, { name, group: r.group, kind: r.resource });
}

export function internalError(message: string): StatusError {
  return failure(500, 'InternalError', `Internal error occurred: ${message}`);
}

/** One field error, as field.Error renders: `spec.selector: Required value` */
export interface FieldError {
  type: 'FieldValueRequired' | 'FieldValueInvalid' | 'FieldValueNotSupported' | 'FieldValueDuplicate' | 'FieldValueForbidden' | 'FieldValueTooLong' | 'FieldValueTypeInvalid' | 'FieldValueNotFound';
  field: string;
  /** The full detail after the field path, e.g. `Required value` or `Invalid value: "Web": a lowercase RFC 1123 …` */
  message: string;
}

/**
 * 422 Invalid: `Deployment.apps "web" is invalid: spec.selector: Required value`; several errors are
 * joined as upstream does: `…is invalid: [a: Required value, b: Invalid value: …]`.
 * `kind` is the Kind (not the resource), qualified by group: `Deployment.apps`, `Pod`.
 */
export function invalid(kind: string, group: string, name: string, errors: FieldError[]): StatusError {
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const rendered = errors.map((e) => `${e.field}: ${e.message}`);
  const summary = rendered.length === 1 ? rendered[0] : `[${rendered.join(', ')}]`;
  const causes: StatusCause[] = errors.map((e) => ({ reason: e.type, message: e.message, field: e.field }));
  return failure(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${summary}`, { name, group, kind, causes });
}

export function tooManyRequests(message: string): StatusError {
  return failure(429, 'TooManyRequests', message);
}
