// The sprig function map Helm installs (sprig.TxtFuncMap without env/expandenv, which Helm
// removes), built per render around the injected clock and RNG.
import { def, type FuncMap } from '../funcs';
import { dictFuncs } from './dicts';
import { encodingFuncs, type TemplateRng } from './encoding';
import { listFuncs } from './lists';
import { mathFuncs } from './math';
import { regexFuncs } from './regex';
import { satisfies, semverStruct } from './semver';
import { stringFuncs } from './strings';
import { timeFuncs } from './time';
import { typeName, type GoValue } from '../value';
import { goKind } from './conv';
import { moreFuncs } from './more';

export type { TemplateRng };

export function sprigFuncs(rng: TemplateRng, now: () => number): FuncMap {
  return {
    ...stringFuncs,
    ...listFuncs,
    ...dictFuncs,
    ...mathFuncs,
    ...regexFuncs,
    ...encodingFuncs(rng),
    ...timeFuncs(now),
    ...moreFuncs(rng),
    semver: def(['string'], semverStruct),
    semverCompare: def(['string', 'string'], satisfies),
    typeOf: def(['any'], (v: GoValue) => typeName(v)),
    kindOf: def(['any'], (v: GoValue) => goKind(v)),
    kindIs: def(['string', 'any'], (k: string, v: GoValue) => goKind(v) === k),
    typeIs: def(['string', 'any'], (t: string, v: GoValue) => typeName(v) === t),
    deepEqual: def(['any', 'any'], (a: GoValue, b: GoValue) => JSON.stringify(a, big) === JSON.stringify(b, big)),
  };
}
const big = (_k: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);
