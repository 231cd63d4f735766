// eq/ne/lt/le/gt/ge with Go's type rules (mirrors text/template/funcs.go): values of different
// basic kinds are "incompatible types for comparison", nil compares unequal to anything but nil.
import { def, type FuncMap } from './funcs';
import { GoError } from './errors';
import { Int64, typeName, isMap, type GoValue } from './value';

const plain = (v: GoValue): GoValue => (v instanceof Int64 ? v.v : v);

type Kind = 'bool' | 'int' | 'float' | 'string' | 'nil' | 'other';
const kindOf = (v: GoValue): Kind =>
  v === null || v === undefined ? 'nil'
    : typeof v === 'boolean' ? 'bool'
      : typeof v === 'bigint' || v instanceof Int64 ? 'int'
        : typeof v === 'number' ? 'float'
          : typeof v === 'string' ? 'string' : 'other';

function eq(a: GoValue, ...rest: GoValue[]): boolean {
  if (rest.length === 0) throw new GoError('missing argument for comparison');
  const k1 = kindOf(a);
  for (const b of rest) {
    const k2 = kindOf(b);
    let truth = false;
    if (k1 !== k2) {
      if (k1 !== 'nil' && k2 !== 'nil') throw new GoError(`incompatible types for comparison: ${typeName(a)} and ${typeName(b)}`);
    } else if (k1 === 'other') {
      if (Array.isArray(a) || isMap(a) || Array.isArray(b) || isMap(b)) {
        throw new GoError(`non-comparable type ${typeName(b)}: ${typeName(b)}`);
      }
      truth = a === b;
    } else {
      truth = k1 === 'nil' || plain(a) === plain(b);
    }
    if (truth) return true;
  }
  return false;
}

function lt(a: GoValue, b: GoValue): boolean {
  const k1 = kindOf(a);
  const k2 = kindOf(b);
  if (k1 === 'nil' || k1 === 'other' || k2 === 'nil' || k2 === 'other') throw new GoError('invalid type for comparison');
  if (k1 !== k2) throw new GoError(`incompatible types for comparison: ${typeName(a)} and ${typeName(b)}`);
  if (k1 === 'bool') throw new GoError('invalid type for comparison');
  return (plain(a) as number | bigint | string) < (plain(b) as number | bigint | string);
}

export const compareFuncs: FuncMap = {
  eq: def(['any'], eq, 'any'),
  ne: def(['any', 'any'], (a: GoValue, b: GoValue) => !eq(a, b)),
  lt: def(['any', 'any'], lt),
  le: def(['any', 'any'], (a: GoValue, b: GoValue) => lt(a, b) || eq(a, b)),
  gt: def(['any', 'any'], (a: GoValue, b: GoValue) => !(lt(a, b) || eq(a, b))),
  ge: def(['any', 'any'], (a: GoValue, b: GoValue) => !lt(a, b)),
};
