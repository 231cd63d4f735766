// sprig's semver/semverCompare over the project's Masterminds semver v3 port (helm/repo/version.ts).
import { GoError } from '../errors';
import { GoStruct } from '../value';
import { constraint, parseSemVer } from '../../repo/version';

function version(s: string) {
  const v = parseSemVer(s);
  if (!v) throw new GoError('Invalid Semantic Version');
  return v;
}

/** sprig semverCompare: the version checked against the constraint (errors for bad input) */
export function satisfies(c: string, v: string): boolean {
  version(v);
  return constraint(c)(v);
}

/** sprig semver: a *semver.Version with Major, Minor, Patch, Prerelease, Metadata, Original() */
export function semverStruct(s: string): GoStruct {
  const v = version(s);
  const meta = /\+([0-9A-Za-z.-]+)$/.exec(s)?.[1] ?? '';
  const text = `${v.major}.${v.minor}.${v.patch}${v.pre ? '-' + v.pre : ''}${meta ? '+' + meta : ''}`;
  const st = new GoStruct('*semver.Version', {
    Major: BigInt(v.major), Minor: BigInt(v.minor), Patch: BigInt(v.patch), Prerelease: v.pre, Metadata: meta,
    Original: () => s, String: () => text,
  });
  st.goString = () => text;
  return st;
}
