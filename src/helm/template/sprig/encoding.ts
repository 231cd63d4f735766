// sprig's encodings, digests and random values; randomness comes from the injected seeded RNG
// (src/sim/clock.ts Rng), so the same seed renders the same uuidv4/randAlphaNum.
import { def, type FuncMap } from '../funcs';
import { adler32, sha1Hex, sha256Hex } from './digest';

export interface TemplateRng {
  int(n: number): number;
  uuid(): string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export function b64encode(s: string, alphabet = B64, padded = true): string {
  const b = new TextEncoder().encode(s);
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((sh) => alphabet[(n >> sh) & 63]);
    const keep = i + 1 >= b.length ? 2 : i + 2 >= b.length ? 3 : 4;
    out += chars.slice(0, keep).join('') + (padded ? '='.repeat(4 - keep) : '');
  }
  return out;
}

/** base64.StdEncoding.DecodeString; sprig returns the error text on bad input */
export function b64decode(s: string, alphabet = B64): string {
  const clean = s.replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = alphabet.indexOf(clean[i]);
    if (v < 0 || (s.length % 4 !== 0 && alphabet === B64)) return `illegal base64 data at input byte ${v < 0 ? i : s.length - (s.length % 4)}`;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; bytes.push((acc >> bits) & 0xff); }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ASCII = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');

export function encodingFuncs(rng: TemplateRng): FuncMap {
  const rand = (alphabet: string) => (n: bigint) => Array.from({ length: Number(n) }, () => alphabet[rng.int(alphabet.length)]).join('');
  return {
    b64enc: def(['string'], (s: string) => b64encode(s)),
    b64dec: def(['string'], (s: string) => b64decode(s)),
    sha256sum: def(['string'], sha256Hex),
    sha1sum: def(['string'], sha1Hex),
    adler32sum: def(['string'], (s: string) => String(adler32(s))),
    uuidv4: def([], () => rng.uuid()),
    randAlphaNum: def(['int'], rand(ALNUM)),
    randAlpha: def(['int'], rand(ALPHA)),
    randNumeric: def(['int'], rand('0123456789')),
    randAscii: def(['int'], rand(ASCII)),
    randInt: def(['int', 'int'], (lo: bigint, hi: bigint) => lo + BigInt(rng.int(Number(hi - lo)))),
  };
}
