import { describe, expect, it } from 'vitest';
import { sortYamlKeys } from './sort';
import { resolvesToNonString } from './resolve';
import { toYaml, unmarshalYaml } from './toyaml';
import { marshalJson } from './json';

// expected texts are what helm 4.1.4's toYaml/toJson printed for the same values
describe('go-yaml v2 encoding as Helm toYaml', () => {
  it('sorts keys naturally (digit runs as numbers, non-letters first)', () => {
    expect(sortYamlKeys(['a10', 'a2', 'a1', 'B', 'b', '_x', '1', '10', '2', 'key with space', 'k:colon', '', 'true']))
      .toEqual(['', '_x', '1', '2', '10', 'B', 'a1', 'a2', 'a10', 'b', 'k:colon', 'key with space', 'true']);
  });
  it('knows which plain scalars YAML 1.1 would not read back as strings', () => {
    for (const s of ['', 'yes', 'Off', 'y', '~', 'null', '123', '0x1F', '1.5', '1e3', '1:20', '2024-01-15', '+12', '.inf', '1_000']) expect(resolvesToNonString(s), s).toBe(true);
    for (const s of ['hello', 'yess', '1.2.3', '10.0.0.1', 'v1.0', '2001-13-45', '<<', 'e1']) expect(resolvesToNonString(s), s).toBe(false);
  });
  it('quotes, folds and blocks strings as go-yaml does', () => {
    expect(toYaml({ s: 'yes', c: 'a: b', e: '', m: 'x\n  y', t: 'a\tb', l: 'line1\nline2\n', u: '✓', emoji: '😀' }))
      .toBe('c: \'a: b\'\ne: ""\nemoji: "\\U0001F600"\nl: |\n  line1\n  line2\nm: |-\n  x\n    y\ns: "yes"\nt: "a\\tb"\nu: ✓');
    const long = 'aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk lll mmm nnn ooo ppp qqq rrr sss ttt uuu vvv';
    expect(toYaml({ long })).toBe('long: aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk lll mmm nnn ooo ppp qqq rrr sss\n  ttt uuu vvv');
  });
  it('writes sequences unindented under keys, empty collections in flow style, numbers through JSON', () => {
    expect(toYaml({ l: [1, 'x', [], {}, null, [1.5, { a: true }]], e: {}, big: 1000000, f: 0.1 }))
      .toBe('big: 1000000\ne: {}\nf: 0.1\nl:\n- 1\n- x\n- []\n- {}\n- null\n- - 1.5\n  - a: true');
  });
  it('writes a multi-line key as a complex key', () => {
    expect(toYaml({ 'a\nb': 1 })).toBe('? |-\n  a\n  b\n: 1');
  });
});

describe('values and JSON', () => {
  it('reads YAML 1.1 as go-yaml v2 (yes is true, numbers float64, dates strings)', () => {
    expect(unmarshalYaml('a: yes\nb: 3\nc: 2024-01-15\nd: 1:20\ne1: x\nf: 0777')).toEqual({ a: true, b: 3, c: '2024-01-15', d: '1:20', e1: 'x', f: 511 });
  });
  it('marshals JSON as encoding/json: sorted keys, HTML-safe, Go floats', () => {
    expect(marshalJson({ b: '<&>', a: 1e-7, c: -0, d: 1e21, e: 3n })).toBe('{"a":1e-7,"b":"\\u003c\\u0026\\u003e","c":-0,"d":1e+21,"e":3}');
    expect(marshalJson([1, { a: [] }], true, '  ')).toBe('[\n  1,\n  {\n    "a": []\n  }\n]');
  });
});
