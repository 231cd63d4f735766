// The rest of sprig v3 that charts call: the must* forms (the same functions, which already return
// errors here), path helpers, pluck, shuffle and base32.
import { def, type FuncMap } from '../funcs';
import { Int64, isMap, type GoValue } from '../value';
import { listFuncs } from './lists';
import { dictFuncs } from './dicts';
import { regexFuncs } from './regex';
import type { TemplateRng } from './encoding';
import { strval } from './conv';

/** path.Clean */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(seg);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}
const base = (p: string) => {
  if (p === '') return '.';
  const t = p.replace(/\/+$/, '');
  if (t === '') return '/';
  return t.slice(t.lastIndexOf('/') + 1);
};
const dir = (p: string) => {
  const i = p.lastIndexOf('/');
  return cleanPath(p.slice(0, i + 1));
};
const ext = (p: string) => {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
};

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32encode(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) { out += B32[(acc >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  return out + '='.repeat((8 - (out.length % 8)) % 8);
}

const MUST = ['first', 'last', 'rest', 'initial', 'append', 'push', 'prepend', 'uniq', 'without', 'has', 'compact', 'reverse', 'slice', 'chunk', 'merge', 'mergeOverwrite', 'deepCopy', 'regexMatch', 'regexFind', 'regexFindAll', 'regexReplaceAll', 'regexReplaceAllLiteral', 'regexSplit'];
const all: FuncMap = { ...listFuncs, ...dictFuncs, ...regexFuncs };
/** sprig's mustX: here the same function as X, whose errors already stop the render */
const mustFuncs: FuncMap = Object.fromEntries(MUST.map((n) => [`must${n[0].toUpperCase()}${n.slice(1)}`, all[n]]));

/** the remaining functions that need no clock or RNG */
export const moreStatic: FuncMap = {
  ...mustFuncs,
  base: def(['string'], base),
    osBase: def(['string'], base),
    dir: def(['string'], dir),
    osDir: def(['string'], dir),
    ext: def(['string'], ext),
    osExt: def(['string'], ext),
    clean: def(['string'], cleanPath),
    osClean: def(['string'], cleanPath),
    isAbs: def(['string'], (p: string) => p.startsWith('/')),
    osIsAbs: def(['string'], (p: string) => p.startsWith('/')),
    pluck: def(['string'], (k: string, ...ds: GoValue[]) => ds.filter((d) => isMap(d) && k in d).map((d) => (d as Record<string, GoValue>)[k]), 'map'),
    b32enc: def(['string'], b32encode),
    toDecimal: def(['any'], (v: GoValue) => {
      const n = Number.parseInt(strval(v), 8);
      return new Int64(Number.isNaN(n) ? 0n : BigInt(n));
    }),
};

export function moreFuncs(rng: TemplateRng): FuncMap {
  return {
    shuffle: def(['string'], (s: string) => {
      const cs = [...s];
      for (let i = cs.length - 1; i > 0; i--) { const j = rng.int(i + 1); [cs[i], cs[j]] = [cs[j], cs[i]]; }
      return cs.join('');
    }),
  };
}
