import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSetInto } from './strvals';
import { Int64 } from './template/value';

const i64 = (n: number) => new Int64(BigInt(n));
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../scripts/oracle.mjs';

const parse = (s: string, asString = false) => {
  const v: Record<string, unknown> = {};
  parseSetInto(s, v, asString);
  return v;
};

describe('--set (pkg/strvals)', () => {
  it('nests keys, types scalars as Helm does, and keeps floats and zero-led numbers as strings', () => {
    expect(parse('replicaCount=2,image.tag=1.27,service.type=LoadBalancer')).toEqual({ replicaCount: i64(2), image: { tag: '1.27' }, service: { type: 'LoadBalancer' } });
    expect(parse('a=true,b=False,c=null,d=0,e=007,f=-3,g=')).toEqual({ a: true, b: false, c: null, d: i64(0), e: '007', f: i64(-3), g: '' });
  });
  it('lists by index and by braces; a backslash escapes a comma or a dot', () => {
    expect(parse('hosts[1]=b,hosts[0]=a')).toEqual({ hosts: ['a', 'b'] });
    expect(parse('ports[0].name=http,ports[0].port=80')).toEqual({ ports: [{ name: 'http', port: i64(80) }] });
    expect(parse('tags={x,y,3}')).toEqual({ tags: ['x', 'y', i64(3)] });
    expect(parse('annotations.kubernetes\\.io/ingress=nginx,msg=a\\,b')).toEqual({ annotations: { 'kubernetes.io/ingress': 'nginx' }, msg: 'a,b' });
  });
  it('--set-string keeps every value a string', () => {
    expect(parse('port=80,on=true', true)).toEqual({ port: '80', on: 'true' });
  });
  it('merges into values already set, and rejects malformed input with Helm\'s words', () => {
    const v: Record<string, unknown> = { image: { repository: 'nginx' } };
    parseSetInto('image.tag=1.27', v);
    expect(v).toEqual({ image: { repository: 'nginx', tag: '1.27' } });
    expect(() => parse('name')).toThrow('key "name" has no value');
    expect(() => parse('a,b=1')).toThrow('key "a" has no value (cannot end with ,)');
    expect(() => parse('a[x]=1')).toThrow('error parsing index: strconv.Atoi: parsing "x": invalid syntax');
    expect(() => parse('a={x,y')).toThrow("list must terminate with '}'");
    expect(() => parse('a[-1]=1')).toThrow('negative -1 index not allowed');
  });
});

describe('--set against the real helm 4.1', () => {
  it('gives the values the real helm gives', async () => {
    const { helm } = (await oracle()) as { helm: string };
    const dir = mkdtempSync(join(tmpdir(), 'kubeplay-strvals-'));
    mkdirSync(join(dir, 'c', 'templates'), { recursive: true });
    writeFileSync(join(dir, 'c', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'c', 'templates', 'v.yaml'), 'values: {{ toJson .Values }}\n');
    const cases = [['a.b=1,c[1]=x,d={1,two},e=1.5,f=007,g=null,h=TRUE'], ['x.z=1', 'x.y=2'], ['p\\.q=1,list[0].name=n,list[1]=3']];
    for (const sets of cases) {
      const out = execFileSync(helm, ['template', 'r', join(dir, 'c'), ...sets.flatMap((s) => ['--set', s])], { encoding: 'utf8' });
      const real = JSON.parse(/^values: (.*)$/m.exec(out)![1]!);
      const ours: Record<string, unknown> = {};
      for (const s of sets) parseSetInto(s, ours);
      expect(JSON.parse(JSON.stringify(ours, (_k, v) => v))).toEqual(real);
    }
    // a scalar then a map under it: Helm's parser panics on the type assertion and reports it
    expect(() => execFileSync(helm, ['template', 'r', join(dir, 'c'), '--set', 'x=1', '--set', 'x.y=2'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(
      'Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}',
    );
    expect(() => parseSetInto('x.y=2', { x: i64(1) })).toThrow('unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}');
  });
});
