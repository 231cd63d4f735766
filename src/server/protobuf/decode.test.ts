// Protobuf bodies assembled byte by byte, as gogo-protobuf writes them, decoded to Go's JSON.
import { describe, expect, it } from 'vitest';
import { decodeKubernetesProtobuf, ProtoError } from './decode';

const enc = new TextEncoder();
function varint(n: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(n));
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return out;
}
const key = (num: number, wire: number) => varint((num << 3) | wire);
const bytes = (num: number, payload: number[]) => [...key(num, 2), ...varint(payload.length), ...payload];
const str = (num: number, s: string) => bytes(num, [...enc.encode(s)]);
const int = (num: number, n: number) => [...key(num, 0), ...varint(n)];
/** a map entry: key = 1, value = 2 */
const entry = (num: number, k: string, v: number[]) => bytes(num, [...str(1, k), ...bytes(2, v)]);

function envelope(apiVersion: string, kind: string, raw: number[]): Uint8Array {
  return new Uint8Array([0x6b, 0x38, 0x73, 0x00, ...bytes(1, [...str(1, apiVersion), ...str(2, kind)]), ...bytes(2, raw)]);
}
// gogo writes every non-pointer field, zero or not: ObjectMeta's strings, an empty creationTimestamp
const meta = (name: string) => bytes(1, [...str(1, name), ...str(2, ''), ...str(3, ''), ...bytes(8, []), ...int(7, 0)]);

describe('decodeKubernetesProtobuf', () => {
  it('decodes a ConfigMap: maps; zero non-pointer fields dropped as omitempty drops them, a zero Time as null', () => {
    const raw = [...meta('settings'), ...entry(2, 'mode', [...enc.encode('fast')])];
    expect(decodeKubernetesProtobuf(envelope('v1', 'ConfigMap', raw))).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', creationTimestamp: null }, data: { mode: 'fast' } });
  });

  it('writes Secret bytes as base64, as Go marshals []byte', () => {
    const raw = [...meta('s'), ...entry(2, 'password', [...enc.encode('s3cr3t')]), ...str(3, 'Opaque')];
    expect(decodeKubernetesProtobuf(envelope('v1', 'Secret', raw))).toMatchObject({ data: { password: 'czNjcjN0' }, type: 'Opaque' });
  });

  it('keeps a pointer set to zero (replicas: 0) and drops an unset one', () => {
    const spec = [...int(1, 0), ...bytes(3, [...bytes(1, []), ...bytes(2, [])])];
    const d = decodeKubernetesProtobuf(envelope('apps/v1', 'Deployment', [...meta('web'), ...bytes(2, spec), ...bytes(3, [])]));
    expect(d.spec).toMatchObject({ replicas: 0 });
    expect(d.spec).not.toHaveProperty('revisionHistoryLimit');
    // template is a non-pointer struct without omitempty: Go writes it even when empty
    expect((d.spec as { template: unknown }).template).toEqual({ metadata: {}, spec: {} });
  });

  it('decodes IntOrString, Quantity, Time and inline structs (a Volume\'s source)', () => {
    const port = bytes(1, [...str(1, 'http'), ...str(2, 'TCP'), ...int(3, 80), ...bytes(4, [...int(1, 1), ...int(2, 0), ...str(3, 'web')]), ...int(5, 0)]);
    const svc = decodeKubernetesProtobuf(envelope('v1', 'Service', [...meta('web'), ...bytes(2, port)]));
    expect(svc.spec).toEqual({ ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'web' }] });

    const container = [...str(1, 'app'), ...str(2, 'nginx'), ...bytes(8, [...bytes(1, [...str(1, 'cpu'), ...bytes(2, [...str(1, '250m')])])])];
    const volume = [...str(1, 'cache'), ...bytes(2, [...bytes(2, [...str(1, 'Memory')])])];
    const podSpec = [...bytes(1, volume), ...bytes(2, container)];
    const pod = decodeKubernetesProtobuf(envelope('v1', 'Pod', [...bytes(1, [...str(1, 'p'), ...bytes(9, [...int(1, 1767690000)])]), ...bytes(2, podSpec)]));
    expect(pod.metadata).toEqual({ name: 'p', deletionTimestamp: '2026-01-06T09:00:00Z' });
    expect(pod.spec).toEqual({ volumes: [{ name: 'cache', emptyDir: { medium: 'Memory' } }], containers: [{ name: 'app', image: 'nginx', resources: { limits: { cpu: '250m' } } }] });
  });

  it('finds meta/v1 kinds (an Eviction\'s DeleteOptions) and policy kinds', () => {
    const ev = decodeKubernetesProtobuf(envelope('policy/v1', 'Eviction', [...meta('web-1'), ...bytes(2, [...int(1, 30)])]));
    expect(ev).toEqual({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'web-1', creationTimestamp: null }, deleteOptions: { gracePeriodSeconds: 30 } });
  });

  it('decodes a Lease: MicroTime with microseconds, a present zero pointer, managedFields with raw FieldsV1 JSON', () => {
    const spec = [...str(1, 'node-1'), ...int(2, 0), ...bytes(4, [...int(1, 1767690000), ...int(2, 123456789)]), ...int(5, 0)];
    const managed = bytes(17, [...str(1, 'kubectl'), ...str(2, 'Apply'), ...str(6, 'FieldsV1'), ...bytes(7, [...str(1, '{"f:spec":{}}')])]);
    const lease = decodeKubernetesProtobuf(envelope('coordination.k8s.io/v1', 'Lease', [...bytes(1, [...str(1, 'node-1'), ...managed]), ...bytes(2, spec)]));
    expect(lease.spec).toEqual({ holderIdentity: 'node-1', leaseDurationSeconds: 0, renewTime: '2026-01-06T09:00:00.123456Z', leaseTransitions: 0 });
    expect((lease.metadata as { managedFields?: unknown }).managedFields).toEqual([{ manager: 'kubectl', operation: 'Apply', fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': {} } }]);
    const badRaw = bytes(17, [...str(1, 'm'), ...bytes(7, [...str(1, '{not json')])]);
    expect(() => decodeKubernetesProtobuf(envelope('coordination.k8s.io/v1', 'Lease', [...bytes(1, badRaw)]))).toThrow(ProtoError);
  });

  it('rejects what is not a Kubernetes protobuf message, truncated bytes and unknown kinds', () => {
    expect(() => decodeKubernetesProtobuf(enc.encode('{"kind":"Pod"}'))).toThrow(/expected prefix \[107 56 115 0\]/);
    const truncated = envelope('v1', 'ConfigMap', meta('x')).slice(0, 20);
    expect(() => decodeKubernetesProtobuf(truncated)).toThrow(ProtoError);
    expect(() => decodeKubernetesProtobuf(envelope('v1', 'Gizmo', []))).toThrow(/no kind "Gizmo" is registered for version "v1"/);
    expect(() => decodeKubernetesProtobuf(new Uint8Array([0x6b, 0x38, 0x73, 0x00, 0x0f]))).toThrow(/illegal wireType 7/);
  });
});
