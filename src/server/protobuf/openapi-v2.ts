// /openapi/v2 as protobuf: the gnostic openapi_v2.Document that client-go's discovery client asks
// for (`Accept: application/com.github.proto-openapi.spec.v2@v1.0+protobuf`) and kube-openapi parses
// into the models `kubectl explain --output=plaintext-openapiv2` walks. Only the parts of the
// message a Kubernetes document uses are written: swagger, info, paths, definitions, and in each
// Schema $ref, format, description, required, enum, additionalProperties, type, items, allOf,
// properties and the x- vendor extensions (as YAML, which is how gnostic keeps them).
// field numbers from github.com/google/gnostic-models openapiv2/OpenAPIv2.proto
import { stringify } from 'yaml';

type Json = { [k: string]: unknown };

export const OPENAPI_V2_PROTOBUF = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';

const enc = new TextEncoder();

class Writer {
  private chunks: Uint8Array[] = [];
  private pending: number[] = [];
  length = 0;

  private byte(b: number): void {
    this.pending.push(b);
    this.length++;
  }

  varint(n: number): void {
    let v = n;
    while (v > 0x7f) {
      this.byte((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }

  private raw(b: Uint8Array): void {
    if (this.pending.length) this.chunks.push(Uint8Array.from(this.pending));
    this.pending = [];
    this.chunks.push(b);
    this.length += b.length;
  }

  bytes(field: number, b: Uint8Array): void {
    this.varint((field << 3) | 2);
    this.varint(b.length);
    this.raw(b);
  }

  string(field: number, s: string): void {
    this.bytes(field, enc.encode(s));
  }

  bool(field: number, v: boolean): void {
    this.varint(field << 3);
    this.varint(v ? 1 : 0);
  }

  message(field: number, fill: (w: Writer) => void): void {
    const inner = new Writer();
    fill(inner);
    this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    if (this.pending.length) this.chunks.push(Uint8Array.from(this.pending));
    this.pending = [];
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** openapi_v2.Any: a value kept as its YAML text */
function any(w: Writer, field: number, value: unknown): void {
  w.message(field, (a) => a.string(2, stringify(value)));
}

function schema(w: Writer, s: Json): void {
  if (typeof s.$ref === 'string') w.string(1, s.$ref);
  if (typeof s.format === 'string') w.string(2, s.format);
  if (typeof s.description === 'string') w.string(4, s.description);
  for (const r of (s.required as string[] | undefined) ?? []) w.string(19, r);
  for (const e of (s.enum as unknown[] | undefined) ?? []) any(w, 20, e);
  const ap = s.additionalProperties;
  if (typeof ap === 'boolean') w.message(21, (x) => x.bool(2, ap));
  else if (ap && typeof ap === 'object') w.message(21, (x) => x.message(1, (y) => schema(y, ap as Json)));
  if (s.type !== undefined) w.message(22, (x) => ([] as unknown[]).concat(s.type).forEach((t) => x.string(1, String(t))));
  if (s.items && typeof s.items === 'object') w.message(23, (x) => x.message(1, (y) => schema(y, s.items as Json)));
  for (const sub of (s.allOf as Json[] | undefined) ?? []) w.message(24, (x) => schema(x, sub));
  if (s.properties && typeof s.properties === 'object') {
    w.message(25, (x) => {
      for (const [name, p] of Object.entries(s.properties as Record<string, Json>)) named(x, 1, name, p);
    });
  }
  for (const [k, v] of Object.entries(s)) if (k.startsWith('x-')) w.message(31, (x) => (x.string(1, k), any(x, 2, v)));
}

function named(w: Writer, field: number, name: string, s: Json): void {
  w.message(field, (x) => {
    x.string(1, name);
    x.message(2, (y) => schema(y, s));
  });
}

const cache = new WeakMap<object, Uint8Array>();

/** The protobuf encoding of a Swagger 2.0 document (../../sim/api/openapi-v2.ts), built once. */
export function encodeOpenApiV2(doc: Json): Uint8Array {
  const hit = cache.get(doc);
  if (hit) return hit;
  const w = new Writer();
  w.string(1, String(doc.swagger ?? '2.0'));
  const info = (doc.info ?? {}) as Json;
  w.message(2, (x) => {
    x.string(1, String(info.title ?? ''));
    x.string(2, String(info.version ?? ''));
  });
  w.message(8, () => {});
  w.message(9, (x) => {
    for (const [name, def] of Object.entries((doc.definitions ?? {}) as Record<string, Json>)) named(x, 1, name, def);
  });
  const out = w.finish();
  cache.set(doc, out);
  return out;
}
