// Base64 for Secret data, over UTF-8, without Node's Buffer (the simulator also runs in a worker).

export function encodeBase64(s: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(s)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** The first offending byte offset, as Go's base64 decoder reports it, or -1 when valid. */
export function invalidBase64At(s: string): number {
  const body = s.replace(/=+$/, '');
  for (let i = 0; i < body.length; i++) if (!/[A-Za-z0-9+/]/.test(body[i])) return i;
  if (s.length % 4 !== 0) return Math.floor(s.length / 4) * 4;
  return -1;
}

export function decodeBase64(s: string): string {
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}
