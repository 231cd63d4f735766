// Kubernetes protobuf request bodies → the JSON object the same Go struct would marshal to.
// The real kubectl's typed clients (create deployment|configmap|secret…, drain's evictions) and
// helm 4 (release Secrets) send `application/vnd.kubernetes.protobuf`; the rest of the server only
// ever sees JSON. Layout facts come from table.generated.json (scripts/gen-proto-table.ts).
// mirrors k8s.io/apimachinery/pkg/runtime/serializer/protobuf/protobuf.go (the `k8s\0` prefix and
// the runtime.Unknown envelope) and the Go side's encoding/json rules (pointers, omitempty, inline)
import TABLE_JSON from './table.generated.json';
import { BYTES, FIXED32, FIXED64, ProtoError, Reader, VARINT, signed, type RawField } from './wire';

type Entry = [string, string, number];
const TABLE = TABLE_JSON as unknown as Record<string, Record<string, Entry>>;
const REPEATED = 1;
const POINTER = 2;
const OMITEMPTY = 4;
const MAP = 8;

const META = 'k8s.io.apimachinery.pkg.apis.meta.v1';
const MAGIC = [0x6b, 0x38, 0x73, 0x00];
const TIMES = new Set([`${META}.Time`, `${META}.MicroTime`]);

/** API group → the protobuf package its kinds live in */
const PACKAGES: Record<string, string> = {
  '': 'k8s.io.api.core',
  apps: 'k8s.io.api.apps',
  batch: 'k8s.io.api.batch',
  policy: 'k8s.io.api.policy',
  'coordination.k8s.io': 'k8s.io.api.coordination',
  autoscaling: 'k8s.io.api.autoscaling',
  'discovery.k8s.io': 'k8s.io.api.discovery',
  'networking.k8s.io': 'k8s.io.api.networking',
  'storage.k8s.io': 'k8s.io.api.storage',
  'rbac.authorization.k8s.io': 'k8s.io.api.rbac',
  'meta.k8s.io': 'k8s.io.apimachinery.pkg.apis.meta',
};

export { ProtoError };

export function isKubernetesProtobuf(body: Uint8Array): boolean {
  return body.length >= 4 && MAGIC.every((b, i) => body[i] === b);
}

/** Decode a whole request body: prefix, envelope, then the object its TypeMeta names. */
export function decodeKubernetesProtobuf(body: Uint8Array): Record<string, unknown> {
  if (!isKubernetesProtobuf(body)) throw new ProtoError(`provided data does not appear to be a protobuf message, expected prefix [${MAGIC.join(' ')}]`);
  let apiVersion = '';
  let kind = '';
  let raw: Uint8Array | undefined;
  for (const f of Reader.fields(body.subarray(4))) {
    if (f.number === 1 && f.value instanceof Uint8Array) {
      for (const t of Reader.fields(f.value)) {
        if (t.number === 1) apiVersion = text(t);
        if (t.number === 2) kind = text(t);
      }
    } else if (f.number === 2 && f.value instanceof Uint8Array) raw = f.value;
  }
  if (!kind) throw new ProtoError('Object \'Kind\' is missing in protobuf message');
  const message = messageFor(apiVersion, kind);
  if (!message) throw new ProtoError(`no kind "${kind}" is registered for version "${apiVersion}"`);
  return { apiVersion, kind, ...decodeMessage(message, raw ?? new Uint8Array()) };
}

function messageFor(apiVersion: string, kind: string): string | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const pkg = PACKAGES[group];
  const candidates = [pkg && `${pkg}.${version}.${kind}`, `${META}.${kind}`];
  return candidates.find((c) => c && TABLE[c]);
}

function text(f: RawField): string {
  if (!(f.value instanceof Uint8Array)) throw new ProtoError(`proto: wrong wireType = ${f.wire} for a string field`);
  return new TextDecoder('utf-8').decode(f.value);
}

function base64(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('base64');
}

function rfc3339(seconds: number, nanos: number, micro: boolean): string {
  const iso = new Date(seconds * 1000).toISOString().slice(0, 19);
  return micro ? `${iso}.${String(Math.floor(nanos / 1000)).padStart(6, '0')}Z` : `${iso}Z`;
}

/** one singular value of a scalar kind */
function scalar(kind: string, f: RawField): unknown {
  switch (kind) {
    case 'string':
      return text(f);
    case 'bytes':
      if (!(f.value instanceof Uint8Array) || f.wire !== BYTES) throw new ProtoError(`proto: wrong wireType = ${f.wire} for a bytes field`);
      return base64(f.value);
    case 'bool':
      return expectVarint(f) !== 0n;
    case 'int':
      return signed(expectVarint(f));
    case 'sint': {
      const v = expectVarint(f);
      return Number((v >> 1n) ^ -(v & 1n));
    }
    case 'double':
    case 'fixed64':
      if (f.wire !== FIXED64 || !(f.value instanceof Uint8Array)) throw new ProtoError(`proto: wrong wireType = ${f.wire} for a 64-bit field`);
      return kind === 'double' ? new DataView(f.value.buffer, f.value.byteOffset, 8).getFloat64(0, true) : Number(new DataView(f.value.buffer, f.value.byteOffset, 8).getBigUint64(0, true));
    case 'float':
    case 'fixed32':
      if (f.wire !== FIXED32 || !(f.value instanceof Uint8Array)) throw new ProtoError(`proto: wrong wireType = ${f.wire} for a 32-bit field`);
      return kind === 'float' ? new DataView(f.value.buffer, f.value.byteOffset, 4).getFloat32(0, true) : new DataView(f.value.buffer, f.value.byteOffset, 4).getUint32(0, true);
    default:
      if (!(f.value instanceof Uint8Array) || f.wire !== BYTES) throw new ProtoError(`proto: wrong wireType = ${f.wire} for field of type ${kind}`);
      return decodeMessage(kind, f.value);
  }
}

function expectVarint(f: RawField): bigint {
  if (f.wire !== VARINT || typeof f.value !== 'bigint') throw new ProtoError(`proto: wrong wireType = ${f.wire} for a varint field`);
  return f.value;
}

const isScalar = (kind: string) => ['string', 'bytes', 'bool', 'int', 'sint', 'double', 'float', 'fixed64', 'fixed32'].includes(kind);

/** a packed repeated scalar field carries several values in one BYTES field */
function unpack(kind: string, f: RawField): RawField[] {
  if (f.wire !== BYTES || kind === 'string' || kind === 'bytes' || !isScalar(kind) || !(f.value instanceof Uint8Array)) return [f];
  const r = new Reader(f.value);
  const out: RawField[] = [];
  const wire = kind === 'double' || kind === 'fixed64' ? FIXED64 : kind === 'float' || kind === 'fixed32' ? FIXED32 : VARINT;
  while (!r.done()) out.push({ number: f.number, wire, value: wire === VARINT ? r.varint() : r.bytes(wire === FIXED64 ? 8 : 4) });
  return out;
}

/** The well-known types whose JSON form is not their message shape. */
function special(type: string, buf: Uint8Array): { value: unknown; zero: boolean } | undefined {
  const fields = () => Reader.fields(buf);
  switch (type) {
    case `${META}.Time`:
    case `${META}.MicroTime`: {
      let s = 0;
      let n = 0;
      for (const f of fields()) {
        if (f.number === 1) s = signed(expectVarint(f));
        if (f.number === 2) n = signed(expectVarint(f));
      }
      return { value: s === 0 && n === 0 ? null : rfc3339(s, n, type.endsWith('MicroTime')), zero: s === 0 && n === 0 };
    }
    case `${META}.Duration`: {
      let ns = 0;
      for (const f of fields()) if (f.number === 1) ns = signed(expectVarint(f));
      return { value: goDuration(ns), zero: ns === 0 };
    }
    case 'k8s.io.apimachinery.pkg.api.resource.Quantity': {
      let s = '';
      for (const f of fields()) if (f.number === 1) s = text(f);
      return { value: s || '0', zero: s === '' };
    }
    case 'k8s.io.apimachinery.pkg.util.intstr.IntOrString': {
      let t = 0;
      let i = 0;
      let s = '';
      for (const f of fields()) {
        if (f.number === 1) t = signed(expectVarint(f));
        if (f.number === 2) i = signed(expectVarint(f));
        if (f.number === 3) s = text(f);
      }
      return t === 1 ? { value: s, zero: false } : { value: i, zero: i === 0 };
    }
    case 'k8s.io.apimachinery.pkg.runtime.RawExtension':
    case `${META}.FieldsV1`: {
      let raw: Uint8Array | undefined;
      for (const f of fields()) if (f.number === 1 && f.value instanceof Uint8Array) raw = f.value;
      if (!raw || raw.length === 0) return { value: null, zero: true };
      try {
        return { value: JSON.parse(new TextDecoder().decode(raw)), zero: false };
      } catch {
        throw new ProtoError('raw JSON in a protobuf message is not valid JSON');
      }
    }
    default:
      return undefined;
  }
}

/** time.Duration.String() for whole seconds and above, as metav1.Duration marshals */
function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  const s = ns / 1e9;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = +(s % 60).toFixed(9);
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${sec}s`;
}

function isZero(v: unknown): boolean {
  return v === '' || v === 0 || v === false || v === null || (Array.isArray(v) && v.length === 0);
}

/** Decode one message into a JSON object as Go's encoding/json would write the struct. */
export function decodeMessage(type: string, buf: Uint8Array): Record<string, unknown> {
  const spec = special(type, buf);
  if (spec) return spec.value as Record<string, unknown>;
  const fields = TABLE[type];
  if (!fields) throw new ProtoError(`kubeplay cannot decode protobuf message ${type}`);
  const out: Record<string, unknown> = {};
  const seen = new Map<number, unknown>();
  for (const f of Reader.fields(buf)) {
    const entry = fields[f.number];
    if (!entry) continue; // a field newer than our table: ignored, as Go's decoder does
    const [, kind, flags] = entry;
    if (flags & MAP) {
      const [, keyKind, valueKind] = kind.split(':');
      const m = (seen.get(f.number) as Record<string, unknown> | undefined) ?? {};
      if (!(f.value instanceof Uint8Array)) throw new ProtoError('proto: map entry is not length-delimited');
      let key: unknown = '';
      let value: unknown = isScalar(valueKind) ? (valueKind === 'string' || valueKind === 'bytes' ? '' : 0) : valueOf(valueKind, new Uint8Array());
      for (const e of Reader.fields(f.value)) {
        if (e.number === 1) key = scalar(keyKind, e);
        if (e.number === 2) value = isScalar(valueKind) ? scalar(valueKind, e) : valueOf(valueKind, e.value as Uint8Array);
      }
      m[String(key)] = value;
      seen.set(f.number, m);
    } else if (flags & REPEATED) {
      const arr = (seen.get(f.number) as unknown[] | undefined) ?? [];
      for (const one of unpack(kind, f)) arr.push(isScalar(kind) ? scalar(kind, one) : valueOf(kind, one.value as Uint8Array));
      seen.set(f.number, arr);
    } else {
      seen.set(f.number, isScalar(kind) ? scalar(kind, f) : valueOf(kind, f.value as Uint8Array));
    }
  }
  for (const [number, value] of seen) {
    const [json, kind, flags] = fields[number];
    if (!(flags & POINTER) && !(flags & REPEATED) && !(flags & MAP)) {
      // a zero non-pointer value: omitempty drops it; special types (Time, IntOrString) marshal to
      // null or 0 and mean "unset", so they are dropped too
      // (a zero metav1.Time is the exception: Go writes `creationTimestamp: null`, and so do we)
      if (isZero(value) && ((flags & OMITEMPTY) || !isScalar(kind)) && !(value === null && TIMES.has(kind))) continue;
    }
    if ((flags & (REPEATED | MAP)) && (Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0)) continue;
    if (json === '') Object.assign(out, value as object); // an inline struct (Volume's VolumeSource…)
    else out[json] = value;
  }
  return out;
}

function valueOf(kind: string, buf: Uint8Array): unknown {
  if (!(buf instanceof Uint8Array)) throw new ProtoError(`proto: wrong wireType for field of type ${kind}`);
  const spec = special(kind, buf);
  return spec ? spec.value : decodeMessage(kind, buf);
}
