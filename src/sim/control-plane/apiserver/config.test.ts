import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { errOf, newServer } from './test-helpers';

const cm = (data: Record<string, string>, extra: Record<string, unknown> = {}): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data, ...extra });
const secret = (extra: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, ...extra });

describe('configmaps and secrets', () => {
  it('config keys are validated', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.configmaps, 'default', cm({ 'a b': '1' }))).message).toBe(
      "ConfigMap \"c\" is invalid: data[a b]: Invalid value: \"a b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    );
  });

  it('immutable configmaps keep their data', () => {
    const { api } = newServer();
    const c = api.create(R.configmaps, 'default', cm({ a: '1' }, { immutable: true }));
    expect(errOf(() => api.update(R.configmaps, 'default', { ...structuredClone(c), data: { a: '2' } })).message).toBe(
      'ConfigMap "c" is invalid: data: Forbidden: field is immutable when `immutable` is set',
    );
  });

  it('secrets: type Opaque, stringData folded into base64 data, bad base64 is 400', () => {
    const { api } = newServer();
    const s = api.create(R.secrets, 'default', secret({ data: { a: 'eA==' }, stringData: { password: 'héllo' } }));
    expect(s).toMatchObject({ type: 'Opaque', data: { a: 'eA==', password: 'aMOpbGxv' } });
    expect((s as { stringData?: unknown }).stringData).toBeUndefined();
    expect(errOf(() => api.create(R.secrets, 'default', secret({ data: { a: 'no good' } })))).toMatchObject({
      code: 400,
      message: 'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 2',
    });
    expect(errOf(() => api.create(R.secrets, 'default', { ...secret({ type: 'kubernetes.io/tls', data: {} }), metadata: { name: 't' } })).message).toBe(
      'Secret "t" is invalid: [data[tls.crt]: Required value, data[tls.key]: Required value]',
    );
  });
});
