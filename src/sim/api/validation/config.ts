// ConfigMap and Secret validation. mirrors pkg/apis/core/validation/validation.go
// (ValidateConfigMap, ValidateSecret, IsConfigMapKey)
import type { FieldError } from '../status';
import { forbiddenField, invalidField, required } from './field';

const CONFIG_KEY_FMT = '[-._a-zA-Z0-9]+';
const configKeyRe = new RegExp(`^${CONFIG_KEY_FMT}$`);

/** IsConfigMapKey: the messages for one key. */
export function validateConfigKey(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (!configKeyRe.test(key)) {
    errs.push(`a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '${CONFIG_KEY_FMT}')`);
  }
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

interface ConfigLike {
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
  immutable?: boolean;
  type?: string;
}

export function validateConfigData(o: ConfigLike): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  for (const [field, map] of [['data', o.data] as const, ['binaryData', o.binaryData] as const]) {
    for (const key of Object.keys(map ?? {})) {
      for (const msg of validateConfigKey(key)) errs.push(invalidField(`${field}[${key}]`, key, msg));
      if (seen.has(key)) errs.push(invalidField(`${field}[${key}]`, key, 'duplicate of key present in data'));
      seen.add(key);
    }
  }
  return errs;
}

/** Type-specific required keys (kubernetes.io/tls, basic-auth, dockerconfigjson …). */
export function validateSecretType(o: ConfigLike): FieldError[] {
  const data = o.data ?? {};
  const need = (key: string) => (data[key] === undefined ? [required(`data[${key}]`)] : []);
  switch (o.type) {
    case 'kubernetes.io/tls':
      return [...need('tls.crt'), ...need('tls.key')];
    case 'kubernetes.io/dockerconfigjson':
      return need('.dockerconfigjson');
    case 'kubernetes.io/ssh-auth':
      return need('ssh-privatekey');
    default:
      return [];
  }
}

/** `immutable: true` freezes data and the flag itself. */
export function validateImmutableUpdate(o: ConfigLike, old: ConfigLike, equal: (a: unknown, b: unknown) => boolean): FieldError[] {
  if (!old.immutable) return [];
  const errs: FieldError[] = [];
  if (!o.immutable) errs.push(forbiddenField('immutable', 'field is immutable when `immutable` is set'));
  if (!equal(o.data ?? {}, old.data ?? {})) errs.push(forbiddenField('data', 'field is immutable when `immutable` is set'));
  if (!equal(o.binaryData ?? {}, old.binaryData ?? {})) errs.push(forbiddenField('binaryData', 'field is immutable when `immutable` is set'));
  return errs;
}
