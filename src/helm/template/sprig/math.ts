// sprig's integer and float math (sprig v3 numeric.go, functions.go): integer functions convert
// with cast.ToInt64 and return int64; Go's integer division truncates and panics on zero.
import { def, type FuncMap } from '../funcs';
import { GoError } from '../errors';
import { Int64, type GoValue } from '../value';
import { toFloat64, toInt64 } from './conv';

/** sprig's integer math returns Go int64 */
const i64 = (v: bigint) => new Int64(BigInt.asIntN(64, v));
function divide(a: GoValue, b: GoValue, mod: boolean): Int64 {
  const d = toInt64(b);
  if (d === 0n) throw new GoError('runtime error: integer divide by zero');
  const n = toInt64(a);
  return i64(mod ? n % d : n / d);
}

/** sprig round: half away from zero at precision p (math.Round on the scaled value) */
function round(a: GoValue, p: bigint, ...r: GoValue[]): number {
  const roundOn = r.length ? toFloat64(r[0]) : 0.5;
  const val = toFloat64(a);
  const pow = 10 ** Number(p);
  const digit = pow * val;
  const [, frac] = [Math.trunc(digit), digit - Math.trunc(digit)];
  const rounded = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
  return rounded / pow;
}

const floats = (vs: GoValue[]) => vs.map(toFloat64);

export const mathFuncs: FuncMap = {
  add: def([], (...a: GoValue[]) => i64(a.reduce<bigint>((s, x) => s + toInt64(x), 0n)), 'any'),
  add1: def(['any'], (a: GoValue) => i64(toInt64(a) + 1n)),
  sub: def(['any', 'any'], (a: GoValue, b: GoValue) => i64(toInt64(a) - toInt64(b))),
  mul: def(['any'], (a: GoValue, ...v: GoValue[]) => i64(v.reduce<bigint>((s, x) => s * toInt64(x), toInt64(a))), 'any'),
  div: def(['any', 'any'], (a: GoValue, b: GoValue) => divide(a, b, false)),
  mod: def(['any', 'any'], (a: GoValue, b: GoValue) => divide(a, b, true)),
  max: def(['any'], (a: GoValue, ...v: GoValue[]) => i64(v.reduce<bigint>((m, x) => (toInt64(x) > m ? toInt64(x) : m), toInt64(a))), 'any'),
  min: def(['any'], (a: GoValue, ...v: GoValue[]) => i64(v.reduce<bigint>((m, x) => (toInt64(x) < m ? toInt64(x) : m), toInt64(a))), 'any'),
  biggest: def(['any'], (a: GoValue, ...v: GoValue[]) => i64(v.reduce<bigint>((m, x) => (toInt64(x) > m ? toInt64(x) : m), toInt64(a))), 'any'),
  floor: def(['any'], (a: GoValue) => Math.floor(toFloat64(a))),
  ceil: def(['any'], (a: GoValue) => Math.ceil(toFloat64(a))),
  round: def(['any', 'int'], round, 'any'),
  int: def(['any'], (a: GoValue) => toInt64(a)),
  int64: def(['any'], (a: GoValue) => i64(toInt64(a))),
  float64: def(['any'], (a: GoValue) => toFloat64(a)),
  addf: def([], (...a: GoValue[]) => floats(a).reduce((s, x) => s + x, 0), 'any'),
  add1f: def(['any'], (a: GoValue) => toFloat64(a) + 1),
  subf: def(['any'], (a: GoValue, ...v: GoValue[]) => floats(v).reduce((s, x) => s - x, toFloat64(a)), 'any'),
  mulf: def(['any'], (a: GoValue, ...v: GoValue[]) => floats(v).reduce((s, x) => s * x, toFloat64(a)), 'any'),
  divf: def(['any'], (a: GoValue, ...v: GoValue[]) => floats(v).reduce((s, x) => s / x, toFloat64(a)), 'any'),
  maxf: def(['any'], (a: GoValue, ...v: GoValue[]) => Math.max(toFloat64(a), ...floats(v)), 'any'),
  minf: def(['any'], (a: GoValue, ...v: GoValue[]) => Math.min(toFloat64(a), ...floats(v)), 'any'),
};
