// sprig's list functions (sprig v3 list.go): the non-"must" forms panic on a non-list, which
// text/template turns into "error calling X: Cannot X on type T".
import { def, type FuncMap } from '../funcs';
import { GoError } from '../errors';
import { type GoValue } from '../value';
import { asList, deepEqual, goKind, strval, toInt64 } from './conv';

/** sprig's reflect.TypeOf(list).Kind() panics on nil, which text/template reports as this */
const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';
const list = (v: GoValue, what: string): GoValue[] => {
  const l = asList(v, what);
  if (l === null) throw new GoError(NIL_DEREF);
  return l;
};

function uniq(v: GoValue): GoValue[] {
  const out: GoValue[] = [];
  for (const x of list(v, 'find uniq')) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}

function has(needle: GoValue, haystack: GoValue): boolean {
  if (haystack === null || haystack === undefined) return false;
  if (!Array.isArray(haystack)) throw new GoError(`Cannot find has on type ${goKind(haystack)}`);
  return haystack.some((x) => deepEqual(x, needle));
}

function until(start: number, stop: number, step: number): bigint[] {
  const out: bigint[] = [];
  if (step === 0) return out;
  if (start < stop ? step < 0 : step > 0) return out;
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(BigInt(i));
  return out;
}

/** sprig seq: like GNU seq, 1–3 integer arguments, output joined with spaces */
function seq(...p: GoValue[]): string {
  const n = p.map((x) => Number(toInt64(x)));
  let [start, step, end] = [1, 1, 0];
  if (n.length === 1) end = n[0];
  else if (n.length === 2) { start = n[0]; end = n[1]; step = start <= end ? 1 : -1; }
  else if (n.length === 3) { start = n[0]; step = n[1]; end = n[2]; }
  else return '';
  if (n.length < 3 && n.length === 1) { if (end < 1) { step = -1; } }
  if (n.length === 1 && end === 0) return '1 0';
  const out: number[] = [];
  if (step === 0) return '';
  for (let i = start; step > 0 ? i <= end : i >= end; i += step) out.push(i);
  return out.join(' ');
}

function sliceList(v: GoValue, ...idx: GoValue[]): GoValue[] {
  if (v !== null && v !== undefined && !Array.isArray(v)) throw new GoError(`list should be type of slice or array but ${goKind(v)}`);
  const l = list(v, 'slice');
  const is = idx.map((x) => Number(toInt64(x)));
  if (is.length === 0) return l.slice();
  if (is.length === 1) return l.slice(is[0]);
  return l.slice(is[0], is[1]);
}

export const listFuncs: FuncMap = {
  list: def([], (...a: GoValue[]) => a, 'any'),
  tuple: def([], (...a: GoValue[]) => a, 'any'),
  first: def(['any'], (v: GoValue) => list(v, 'find first')[0] ?? null),
  last: def(['any'], (v: GoValue) => { const l = list(v, 'find last'); return l.length ? l[l.length - 1] : null; }),
  rest: def(['any'], (v: GoValue) => { const l = list(v, 'find rest'); return l.length ? l.slice(1) : null; }),
  initial: def(['any'], (v: GoValue) => { const l = list(v, 'find initial'); return l.length ? l.slice(0, -1) : null; }),
  append: def(['any', 'any'], (v: GoValue, x: GoValue) => [...list(v, 'push'), x]),
  push: def(['any', 'any'], (v: GoValue, x: GoValue) => [...list(v, 'push'), x]),
  prepend: def(['any', 'any'], (v: GoValue, x: GoValue) => [x, ...list(v, 'prepend')]),
  concat: def([], (...ls: GoValue[]) => ls.flatMap((l) => (l === null || l === undefined ? [] : list(l, 'concat'))), 'any'),
  uniq: def(['any'], uniq),
  has: def(['any', 'any'], has),
  without: def(['any'], (v: GoValue, ...omit: GoValue[]) => list(v, 'find without').filter((x) => !omit.some((o) => deepEqual(o, x))), 'any'),
  compact: def(['any'], (v: GoValue) => list(v, 'compact').filter((x) => x !== null && x !== undefined && x !== '' && x !== false && x !== 0 && x !== 0n && !(Array.isArray(x) && x.length === 0))),
  reverse: def(['any'], (v: GoValue) => list(v, 'find reverse').slice().reverse()),
  until: def(['int'], (n: bigint) => until(0, Number(n), Number(n) >= 0 ? 1 : -1)),
  untilStep: def(['int', 'int', 'int'], (a: bigint, b: bigint, s: bigint) => until(Number(a), Number(b), Number(s))),
  seq: def([], seq, 'any'),
  slice: def(['any'], sliceList, 'any'),
  chunk: def(['int', 'any'], (size: bigint, v: GoValue) => {
    const l = list(v, 'chunk');
    const out: GoValue[] = [];
    for (let i = 0; i < l.length; i += Number(size)) out.push(l.slice(i, i + Number(size)));
    return out;
  }),
  toStringList: def(['any'], (v: GoValue) => list(v, 'toStringList').map(strval)),
};
