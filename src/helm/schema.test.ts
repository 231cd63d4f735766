import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseSetInto } from './strvals';
import { schemaErrors, schemaFailure } from './schema';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../scripts/oracle.mjs';

const SCHEMA = JSON.stringify({
  type: 'object', required: ['a', 'zz', 'yy'], additionalProperties: false,
  properties: {
    a: { type: 'string' }, f: { type: ['integer', 'boolean'] }, l: { type: 'array', items: { type: 'string' }, minItems: 3, maxItems: 1 },
    e: { enum: [1, 'x', true, null] }, c: { const: 'k' }, m: { exclusiveMinimum: 5, multipleOf: 2 }, s: { maxLength: 2 }, o: { type: 'object', minProperties: 2 },
    p: { type: 'integer', maximum: 65535 }, z: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?Gi$' },
  },
});
const VALUES = 'a: 1\nf: 1.5\nl: [1,2]\n';

describe('values.schema.json', () => {
  it('fails values as the real helm 4.1 does, line for line (helm prints properties in random order)', async () => {
    const { helm } = (await oracle()) as { helm: string };
    const dir = mkdtempSync(join(tmpdir(), 'kubeplay-schema-'));
    mkdirSync(join(dir, 'c', 'templates'), { recursive: true });
    writeFileSync(join(dir, 'c', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'c', 'templates', 'a.yaml'), 'x: 1\n');
    writeFileSync(join(dir, 'c', 'values.yaml'), VALUES);
    writeFileSync(join(dir, 'c', 'values.schema.json'), SCHEMA);
    const set = 'e=2,c=j,m=5,s=abc,o.p=1,q=1,p=70000,z=abc';
    let real = '';
    try {
      execFileSync(helm, ['template', 'r', join(dir, 'c'), '--set', set], { stdio: 'pipe' });
    } catch (e) {
      real = String((e as { stderr: Buffer }).stderr);
    }
    const values = parse(VALUES) as Record<string, unknown>;
    parseSetInto(set, values);
    const ours = `Error: ${schemaFailure([{ chart: 'c', lines: schemaErrors(SCHEMA, values) }])}\n`;
    // compare the failures (a location's nested causes travel with it), not Go's map order
    const blocks = (text: string) => text.split(/\n(?=- )/).map((b) => b.trim()).sort();
    expect(blocks(ours)).toEqual(blocks(real));
    expect(real.split('\n').slice(0, 2)).toEqual(["Error: values don't meet the specifications of the schema(s) in the following chart(s):", 'c:']);
  });

  it('passes the values that meet each keyword', () => {
    // zz and yy are required yet not allowed by additionalProperties: this schema fails every object
    expect(schemaErrors(SCHEMA, { a: 'x', zz: 1, yy: 2, f: 3n, l: ['a'], e: 'x', c: 'k', m: 8, s: 'ab', o: { a: 1, b: 2 }, p: 80, z: '10Gi' })).toEqual(["- at '/l': minItems: got 1, want 3", "- at '': additional properties 'zz', 'yy' not allowed"]);
    expect(schemaErrors(JSON.stringify({ properties: { n: { type: 'integer' } } }), { n: 2, m: 'free' })).toEqual([]);
    expect(schemaFailure([{ chart: 'c', lines: [] }])).toBeUndefined();
  });
});
