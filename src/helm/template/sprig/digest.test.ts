import { it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256Hex, sha1Hex, adler32 } from './digest';
it('d', () => {
  for (const s of ['', 'abc', 'x'.repeat(1000), 'héllo wörld ✓', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64)]) {
    expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'));
    expect(sha1Hex(s)).toBe(createHash('sha1').update(s).digest('hex'));
  }
  expect(adler32('Wikipedia')).toBe(300286872);
});
