// Field errors rendered as field.Error does, so messages read like the real api-server's.
// mirrors staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go
import type { FieldError } from '../status';

/** Go's rendering of a value in `Invalid value: …`: strings quoted, maps as `map[string]string{…}`. */
export function goValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string')) return `[]string{${v.map((x) => JSON.stringify(x)).join(', ')}}`;
    return `[]interface {}{${v.map(goValue).join(', ')}}`;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    if (keys.every((k) => typeof o[k] === 'string')) return `map[string]string{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(o[k])}`).join(', ')}}`;
    return `map[string]interface {}{${keys.map((k) => `${JSON.stringify(k)}:${goValue(o[k])}`).join(', ')}}`;
  }
  return String(v);
}

export function required(field: string, detail?: string): FieldError {
  return { type: 'FieldValueRequired', field, message: detail ? `Required value: ${detail}` : 'Required value' };
}

export function invalidField(field: string, value: unknown, detail: string): FieldError {
  return { type: 'FieldValueInvalid', field, message: detail ? `Invalid value: ${goValue(value)}: ${detail}` : `Invalid value: ${goValue(value)}` };
}

export function notSupported(field: string, value: unknown, valid: string[]): FieldError {
  const list = valid.map((v) => JSON.stringify(v)).join(', ');
  return { type: 'FieldValueNotSupported', field, message: `Unsupported value: ${goValue(value)}${valid.length ? `: supported values: ${list}` : ''}` };
}

export function duplicate(field: string, value: unknown): FieldError {
  return { type: 'FieldValueDuplicate', field, message: `Duplicate value: ${goValue(value)}` };
}

export function forbiddenField(field: string, detail: string): FieldError {
  return { type: 'FieldValueForbidden', field, message: `Forbidden: ${detail}` };
}

export function tooLong(field: string, max: number): FieldError {
  return { type: 'FieldValueTooLong', field, message: `Too long: may not be longer than ${max}` };
}

export function notFoundField(field: string, value: unknown): FieldError {
  return { type: 'FieldValueNotFound', field, message: `Not found: ${goValue(value)}` };
}
