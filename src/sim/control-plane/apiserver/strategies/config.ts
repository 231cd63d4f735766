// ConfigMaps and Secrets. mirrors pkg/registry/core/{configmap,secret}/strategy.go and the
// v1 → internal conversion that folds a Secret's stringData into data.
import type { KubeObject } from '../../../api/types';
import { badRequest } from '../../../api/status';
import { encodeBase64, invalidBase64At } from '../../../api/base64';
import { validateConfigData, validateImmutableUpdate, validateSecretType } from '../../../api/validation/config';
import { invalidField } from '../../../api/validation/field';
import { deepEqual } from '../../etcd/deep';
import type { Strategy } from '../strategy';

type Config = KubeObject & { data?: Record<string, string>; binaryData?: Record<string, string>; stringData?: Record<string, string>; immutable?: boolean; type?: string };

export const configMapStrategy: Strategy = {
  validate: (o) => validateConfigData(o as Config),
  validateUpdate: (o, old) => validateImmutableUpdate(o as Config, old as Config, deepEqual),
};

export const secretStrategy: Strategy = {
  defaults(obj) {
    const s = obj as Config;
    s.type ??= 'Opaque';
    for (const v of Object.values(s.data ?? {})) {
      const at = invalidBase64At(String(v));
      if (at >= 0) throw badRequest(`Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${at}`);
    }
    // stringData is write-only: it lands in data, base64-encoded, and is never stored
    if (s.stringData) {
      s.data = { ...s.data };
      for (const [k, v] of Object.entries(s.stringData)) s.data[k] = encodeBase64(String(v));
      delete s.stringData;
    }
  },
  validate: (o) => [...validateConfigData(o as Config), ...validateSecretType(o as Config)],
  validateUpdate(o, old) {
    const errs = validateImmutableUpdate(o as Config, old as Config, deepEqual);
    if ((o as Config).type !== (old as Config).type) errs.push(invalidField('type', (o as Config).type ?? '', 'field is immutable'));
    return errs;
  },
};
