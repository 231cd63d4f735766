// Helm's release encoding (pkg/storage/driver/util.go): JSON, gzipped, base64. The Secret's data
// holds that string, so the API shows it base64 once more. Compression streams are built into
// browsers and Node 18+, so the worker and `kubeplay serve` share this code with no dependency.
import type { Release } from './types';

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const input = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
  const reader = input.pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    size += r.value.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** a Release as the string Helm puts under the Secret's data.release */
export async function encodeRelease(rel: Release): Promise<string> {
  const { labels: _labels, ...json } = rel;
  // --set integers are int64 (bigint here); json.Marshal writes them as plain numbers
  const bytes = new TextEncoder().encode(JSON.stringify(json, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)));
  return toBase64(await pipe(bytes, new CompressionStream('gzip')));
}

/** the inverse; like Helm, a record that is not gzipped is read as plain JSON */
export async function decodeRelease(data: string): Promise<Release> {
  let bytes = fromBase64(data);
  if (bytes.length > 3 && GZIP_MAGIC.every((b, i) => bytes[i] === b)) bytes = await pipe(bytes, new DecompressionStream('gzip'));
  return JSON.parse(new TextDecoder().decode(bytes)) as Release;
}
