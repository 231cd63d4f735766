// coreutils base64: encodes (lines wrapped at 76 columns; -w N, -w 0 for none) or decodes (-d,
// newlines ignored) the UTF-8 bytes of its input; bad input ends with GNU's `base64: invalid input`
// after what decoded so far. Secrets' data is base64: encoding, not encryption.
import type { CommandResult, Workspace } from '../../types';
import { isError, parseOptions, readInputs, usageError } from './options';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** the bytes, and whether all of the text was valid base64 */
export function decodeBase64(text: string): { bytes: Uint8Array; ok: boolean } {
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  let count = 0;
  let padding = 0;
  for (const c of text) {
    if (c === '\n') continue;
    if (c === '=' && count % 4 >= 2) {
      padding++;
      count++;
      continue;
    }
    const v = ALPHABET.indexOf(c);
    if (v < 0 || padding > 0) return { bytes: Uint8Array.from(out), ok: false };
    acc = (acc << 6) | v;
    bits += 6;
    count++;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 255);
    }
  }
  return { bytes: Uint8Array.from(out), ok: count % 4 === 0 };
}

export function base64(args: string[], stdin: string | undefined, ws: Workspace): CommandResult {
  const p = parseOptions('base64', args, { flags: 'di', withArg: 'w', long: { decode: 'd', 'ignore-garbage': 'i', wrap: 'w' } });
  if (isError(p)) return p;
  if (p.operands.length > 1) return usageError('base64', `extra operand \u2018${p.operands[1]}\u2019`);
  const { inputs, errors } = readInputs(p.operands, stdin, ws, (f) => `base64: ${f}: No such file or directory\n`, () => `base64: read error: Is a directory\n`);
  if (errors) return { stdout: '', stderr: errors, exitCode: 1 };
  const text = inputs[0]?.text ?? '';
  if (p.opts.has('d')) {
    const cleaned = p.opts.has('i') ? [...text].filter((c) => ALPHABET.includes(c) || c === '=').join('') : text;
    const { bytes, ok } = decodeBase64(cleaned);
    const stdout = new TextDecoder().decode(bytes);
    return ok ? { stdout, stderr: '', exitCode: 0 } : { stdout, stderr: 'base64: invalid input\n', exitCode: 1 };
  }
  const wrapText = p.opts.get('w') ?? '76';
  if (!/^\d+$/.test(wrapText)) return { stdout: '', stderr: `base64: invalid wrap size: \u2018${wrapText}\u2019\n`, exitCode: 1 };
  const wrap = Number(wrapText);
  const encoded = encodeBase64(new TextEncoder().encode(text));
  if (wrap === 0) return { stdout: encoded, stderr: '', exitCode: 0 };
  const lines = encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? [];
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
}
