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
import { moreFuncs, moreStatic } from './more';

export type { TemplateRng };

/** the functions that need neither the clock nor the RNG */
export const sprigStatic: FuncMap = {
  ...stringFuncs,
  ...listFuncs,
  ...dictFuncs,
  ...mathFuncs,
  ...regexFuncs,
  ...moreStatic,
  semver: def(['string'], semverStruct),
  semverCompare: def(['string', 'string'], satisfies),
  typeOf: def(['any'], (v: GoValue) => typeName(v)),
  kindOf: def(['any'], (v: GoValue) => goKind(v)),
  kindIs: def(['string', 'any'], (k: string, v: GoValue) => goKind(v) === k),
  typeIs: def(['string', 'any'], (t: string, v: GoValue) => typeName(v) === t),
  deepEqual: def(['any', 'any'], (a: GoValue, b: GoValue) => JSON.stringify(a, big) === JSON.stringify(b, big)),
};

/** the functions bound to a render's clock and RNG */
export const sprigDynamic = (rng: TemplateRng, now: () => number): FuncMap => ({ ...encodingFuncs(rng), ...timeFuncs(now), ...moreFuncs(rng) });

export const sprigFuncs = (rng: TemplateRng, now: () => number): FuncMap => ({ ...sprigStatic, ...sprigDynamic(rng, now) });
const big = (_k: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);
