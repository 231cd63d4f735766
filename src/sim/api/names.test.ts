import { describe, expect, it } from 'vitest';
import { Rng } from '../clock';
import { generateName, validateDNS1035Label, validateDNS1123Label, validateDNS1123Subdomain, validateQualifiedName } from './names';

describe('names', () => {
  it('generateName appends 5 characters from the safe alphabet, deterministically', () => {
    const a = generateName('web-7d4b9c-', new Rng(3));
    expect(a).toMatch(/^web-7d4b9c-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(generateName('web-7d4b9c-', new Rng(3))).toBe(a);
  });

  it('generateName cuts the base to 58 characters', () => {
    const n = generateName('x'.repeat(70), new Rng(1));
    expect(n).toHaveLength(63);
    expect(n.startsWith('x'.repeat(58))).toBe(true);
  });

  it('DNS-1123 subdomain', () => {
    expect(validateDNS1123Subdomain('example.com')).toEqual([]);
    expect(validateDNS1123Subdomain('Web')).toEqual([
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
    expect(validateDNS1123Subdomain('a'.repeat(254))[0]).toBe('must be no more than 253 characters');
  });

  it('DNS-1123 label and DNS-1035 label', () => {
    expect(validateDNS1123Label('1abc')).toEqual([]);
    expect(validateDNS1123Label('a.b')[0]).toContain("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'");
    expect(validateDNS1035Label('1abc')).toEqual([
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(validateDNS1035Label('a'.repeat(64))[0]).toBe('must be no more than 63 characters');
  });

  it('qualified names (label keys)', () => {
    expect(validateQualifiedName('app.kubernetes.io/name')).toEqual([]);
    expect(validateQualifiedName('/name')).toEqual(['prefix part must be non-empty']);
    expect(validateQualifiedName('x'.repeat(64))).toEqual(['name part must be no more than 63 characters']);
  });
});
