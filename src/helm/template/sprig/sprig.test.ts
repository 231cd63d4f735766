import { describe, expect, it } from 'vitest';
import { renderOne } from '../testing';

// outputs checked against helm 4.1.4 (tests/helm/corpus/sprig covers the same functions end to end)
describe('sprig through the engine', () => {
  it('string functions take the subject last', () => {
    expect(renderOne('{{ "banana" | replace "a" "o" }} {{ trunc 3 "abcdef" }} {{ trunc -2 "abcdef" }} {{ substr 1 3 "abcdef" }} {{ abbrev 5 "abcdefgh" }}'))
      .toBe('bonono abc ef bc ab...');
    expect(renderOne('{{ quote "a" 1 nil }} {{ squote "b" }} {{ "x\\ny" | indent 2 }}')).toBe('"a" "1" \'b\'   x\n  y');
  });
  it('default treats empty values as unset; required and fail stop with Helm\'s message', () => {
    expect(renderOne('{{ default "d" "" }} {{ default "d" 0 }} {{ default "d" "v" }}')).toBe('d d v');
    expect(renderOne('{{ required "need x" .Values.x }}')).toBe('Error: execution error at (c/templates/a.yaml:1:3): need x');
    expect(renderOne('{{ fail "boom" }}')).toBe('Error: execution error at (c/templates/a.yaml:1:3): boom');
  });
  it('integer math returns int64 and truncates floats; division by zero is an error', () => {
    expect(renderOne('{{ add 1 2.9 }} {{ div 7 2 }} {{ mod -7 3 }} {{ max 1 5 3 }} {{ round 2.555 2 }} {{ floor 1.5 }}')).toBe('3 3 -1 5 2.56 1');
    expect(renderOne('{{ div 1 0 }}')).toBe('Error: template: c/templates/a.yaml:1:3: executing "c/templates/a.yaml" at <div 1 0>: error calling div: runtime error: integer divide by zero');
  });
  it('lists and dicts', () => {
    expect(renderOne('{{ list 3 1 2 | sortAlpha }} {{ has 2 (list 1 2) }} {{ without (list 1 2 1) 1 }} {{ until 3 }} {{ dict "b" 1 "a" 2 }} {{ keys (dict "b" 1 "a" 2) | sortAlpha }}'))
      .toBe('[1 2 3] true [2] [0 1 2] map[a:2 b:1] [a b]');
  });
  it('digests, encodings and the seeded uuid/rand', () => {
    expect(renderOne('{{ sha256sum "hello" }} {{ b64enc "hi!" }} {{ b64dec "aGkh" }} {{ adler32sum "hello" }}'))
      .toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 aGkh hi! 103547413');
    expect(renderOne('{{ uuidv4 }} {{ randAlphaNum 4 }}')).toBe('11111111-2222-4333-8444-555555555555 ABCD');
  });
  it('regexes use Go replacement syntax', () => {
    expect(renderOne('{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }} {{ regexReplaceAll "a(x*)b" "-ab-axxb-" "$1W" }}')).toBe('-W-xxW- ---');
  });
  it('semverCompare as Masterminds semver v3', () => {
    expect(renderOne('{{ semverCompare ">=1.21-0" "v1.35.0" }} {{ semverCompare "^1.2" "1.3.0" }} {{ semverCompare "~1.2.0" "1.3.0" }} {{ semverCompare "<1.0" "1.0.0-rc1" }}'))
      .toBe('true true false false');
  });
  it('dates from the injected clock', () => {
    expect(renderOne('{{ now | date "2006-01-02T15:04:05Z07:00" }} {{ now | unixEpoch }} {{ toDate "2006-01-02" "2024-03-05" | date "Jan 2, 2006" }}'))
      .toBe('2025-01-06T09:00:00Z 1736154000 Mar 5, 2024');
  });
});
