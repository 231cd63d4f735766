import { describe, expect, it } from 'vitest';
import { QUANTITY_FORMAT_ERROR, canonicalQuantity, formatQuantity, milliValue, parseQuantity } from './quantity';

describe('quantity', () => {
  it('parses cpu and memory', () => {
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('1.5')).toBe(1.5);
    expect(parseQuantity('128Mi')).toBe(128 * 1024 * 1024);
    expect(parseQuantity('1G')).toBe(1e9);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('-1k')).toBe(-1000);
    expect(parseQuantity('.5')).toBe(0.5);
  });

  it('rejects bad syntax with the upstream message', () => {
    for (const bad of ['', ' 1', '1 ', 'abc', '1Q', '1.5.5', 'Mi', '+']) expect(() => parseQuantity(bad), bad).toThrow(QUANTITY_FORMAT_ERROR);
  });

  it('canonical forms per reference §3', () => {
    expect(canonicalQuantity('1.5')).toBe('1500m');
    expect(canonicalQuantity('1.5Gi')).toBe('1536Mi');
    expect(canonicalQuantity('1024Mi')).toBe('1Gi');
    expect(canonicalQuantity('0.5')).toBe('500m');
    expect(canonicalQuantity('0')).toBe('0');
    expect(canonicalQuantity('0Mi')).toBe('0');
    expect(canonicalQuantity('1000m')).toBe('1');
    expect(canonicalQuantity('1500k')).toBe('1500k');
    expect(canonicalQuantity('2000k')).toBe('2M');
    expect(canonicalQuantity('0.5Ki')).toBe('512');
    expect(canonicalQuantity('1e3')).toBe('1e3');
  });

  it('rounds up below nano', () => {
    expect(canonicalQuantity('0.0000000001')).toBe('1n');
    expect(milliValue('0.0001')).toBe(1);
  });

  it('milliValue and formatQuantity', () => {
    expect(milliValue('250m')).toBe(250);
    expect(milliValue('1')).toBe(1000);
    expect(formatQuantity(0.25)).toBe('250m');
    expect(formatQuantity(1073741824, 'BinarySI')).toBe('1Gi');
    expect(formatQuantity(3)).toBe('3');
  });
});
