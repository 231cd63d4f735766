// Masterminds/semver v3 as sprig's semver/semverCompare use it: lenient versions ("v1.2",
// "1.21-0"), constraints with , (and) and || (or), ~ ^ x-ranges and hyphen ranges.
import { GoError } from '../errors';
import { GoStruct } from '../value';

export interface Version { major: number; minor: number; patch: number; pre: string; meta: string; original: string }
const VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

export function parseVersion(s: string): Version {
  const m = VERSION.exec(s);
  if (!m) throw new GoError('Invalid Semantic Version');
  return { major: Number(m[1]), minor: m[2] ? Number(m[2].slice(1)) : 0, patch: m[3] ? Number(m[3].slice(1)) : 0, pre: m[5] ?? '', meta: m[8] ?? '', original: s };
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = /^\d+$/.test(pa[i]);
    const nb = /^\d+$/.test(pb[i]);
    if (na && nb && Number(pa[i]) !== Number(pb[i])) return Number(pa[i]) < Number(pb[i]) ? -1 : 1;
    if (na !== nb) return na ? -1 : 1;
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}

export function compareVersions(a: Version, b: Version): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return comparePre(a.pre, b.pre);
}

const CONSTRAINT = /^\s*(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*v?([0-9xX*]+)(\.[0-9xX*]+)?(\.[0-9xX*]+)?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\s*$/;

function check(op: string, c: string, v: Version): boolean {
  const m = CONSTRAINT.exec(c);
  if (!m) throw new GoError(`improper constraint: ${c}`);
  const wild = (x: string | undefined) => x === undefined || /^[xX*]$/.test(x.replace('.', ''));
  const num = (x: string | undefined) => (wild(x) ? 0 : Number(x!.replace('.', '')));
  const cv: Version = { major: num(m[2]), minor: num(m[3]), patch: num(m[4]), pre: m[5]?.slice(1) ?? '', meta: '', original: c };
  const dirty = wild(m[2]) ? 0 : wild(m[3]) ? 1 : wild(m[4]) ? 2 : 3;
  // a version with a prerelease only matches constraints that carry one (semver v3)
  if (v.pre !== '' && cv.pre === '') return false;
  const cmp = compareVersions(v, cv);
  const next = (level: number): Version => ({ ...cv, pre: '', major: level === 0 ? cv.major + 1 : cv.major, minor: level === 1 ? cv.minor + 1 : level === 0 ? 0 : cv.minor, patch: 0 });
  switch (op || '=') {
    case '=': if (dirty < 3) return cmp >= 0 && (dirty === 0 || compareVersions(v, next(dirty - 1)) < 0); return cmp === 0;
    case '!=': return dirty < 3 ? !(cmp >= 0 && (dirty === 0 || compareVersions(v, next(dirty - 1)) < 0)) : cmp !== 0;
    case '>': return dirty < 3 ? compareVersions(v, next(Math.max(0, dirty - 1))) >= 0 : cmp > 0;
    case '>=': case '=>': return cmp >= 0;
    case '<': return cmp < 0;
    case '<=': case '=<': return dirty < 3 ? compareVersions(v, next(Math.max(0, dirty - 1))) < 0 : cmp <= 0;
    case '~': case '~>': return cmp >= 0 && compareVersions(v, next(dirty <= 1 ? 0 : 1)) < 0;
    case '^': return cmp >= 0 && compareVersions(v, next(cv.major > 0 || dirty <= 1 ? 0 : cv.minor > 0 || dirty === 2 ? 1 : 2)) < 0;
  }
  return false;
}

export function satisfies(constraint: string, version: string): boolean {
  const v = parseVersion(version);
  return constraint.split('||').some((group) => {
    const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(group);
    const parts = hyphen ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`] : group.split(/,|\s+(?=[<>=!~^])/).map((x) => x.trim()).filter(Boolean);
    return parts.every((p) => {
      const m = /^(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?(.*)$/.exec(p)!;
      return check(m[1] ?? '', m[2], v);
    });
  });
}

/** sprig semver: a *semver.Version with Major, Minor, Patch, Prerelease, Metadata and Original */
export function semverStruct(s: string): GoStruct {
  const v = parseVersion(s);
  return new GoStruct('*semver.Version', {
    Major: BigInt(v.major), Minor: BigInt(v.minor), Patch: BigInt(v.patch), Prerelease: v.pre, Metadata: v.meta,
    Original: () => v.original, String: () => `${v.major}.${v.minor}.${v.patch}${v.pre ? '-' + v.pre : ''}${v.meta ? '+' + v.meta : ''}`,
  });
}
