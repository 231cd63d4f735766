import { describe, expect, it } from 'vitest';
import { parseJsonGo } from './go-json';

// each message as Go 1.23's encoding/json prints it for the same input
const CASES: Array<[string, string]> = [
  ['{bad', "invalid character 'b' looking for beginning of object key string"],
  ['', 'unexpected end of JSON input'],
  ['{"a":1', 'unexpected end of JSON input'],
  ['{"a" 1}', "invalid character '1' after object key"],
  ['{"a":1 "b":2}', "invalid character '\"' after object key:value pair"],
  ['[1 2]', "invalid character '2' after array element"],
  ['tru', 'unexpected end of JSON input'],
  ['trux', "invalid character 'x' in literal true (expecting 'e')"],
  ['x', "invalid character 'x' looking for beginning of value"],
  ['{"a":1}}', "invalid character '}' after top-level value"],
  ['1.', 'unexpected end of JSON input'],
  ['1.x', "invalid character 'x' after decimal point in numeric literal"],
  ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
];

describe('parseJsonGo', () => {
  it.each(CASES)('%j fails as Go says', (input, message) => {
    expect(() => parseJsonGo(input)).toThrow(message);
  });
  it('parses what is valid', () => {
    expect(parseJsonGo('{"a":[1,true,null]}')).toEqual({ a: [1, true, null] });
  });
});
