// Chart version constraints as Helm reads `--version` (Masterminds/semver v3 constraints): exact
// versions, comparisons (= != > >= < <=), ~ and ^ ranges, x/* wildcards, hyphen ranges, `,` or
// spaces for AND and `||` for OR. Pre-releases match only a constraint that names one.

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  pre: string;
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseSemVer(s: string): SemVer | undefined {
  const m = VERSION.exec(s.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2] ?? 0), patch: Number(m[3] ?? 0), pre: m[4] ?? '' };
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function compareSemVer(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre);
}

type Check = (v: SemVer) => boolean;

/** one `op version` term: the parts left out or written x/* are wildcards */
function term(op: string, raw: string): Check {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(raw);
  if (!m) throw new Error(`improper constraint: ${op}${raw}`);
  const wild = (p: string | undefined) => p === undefined || /^[xX*]$/.test(p);
  const major = wild(m[1]) ? undefined : Number(m[1]);
  const minor = major === undefined || wild(m[2]) ? undefined : Number(m[2]);
  const patch = minor === undefined || wild(m[3]) ? undefined : Number(m[3]);
  const base: SemVer = { major: major ?? 0, minor: minor ?? 0, patch: patch ?? 0, pre: m[4]?.slice(1) ?? '' };
  const cmp = (v: SemVer) => compareSemVer(v, base);
  const next = (): SemVer => (minor === undefined ? { major: base.major + 1, minor: 0, patch: 0, pre: '' } : { major: base.major, minor: base.minor + 1, patch: 0, pre: '' });
  const inRange = (v: SemVer) => major === undefined || (cmp(v) >= 0 && compareSemVer(v, next()) < 0);
  switch (op) {
    case '':
    case '=':
      return patch !== undefined ? (v) => cmp(v) === 0 : inRange;
    case '!=':
      return patch !== undefined ? (v) => cmp(v) !== 0 : (v) => !inRange(v);
    case '>':
      return patch !== undefined ? (v) => cmp(v) > 0 : (v) => major !== undefined && compareSemVer(v, next()) >= 0;
    case '>=':
      return (v) => cmp(v) >= 0;
    case '<':
      return (v) => cmp(v) < 0;
    case '<=':
      return patch !== undefined ? (v) => cmp(v) <= 0 : (v) => compareSemVer(v, next()) < 0;
    case '~':
    case '~>': {
      const upper: SemVer = minor === undefined ? { major: base.major + 1, minor: 0, patch: 0, pre: '' } : { major: base.major, minor: base.minor + 1, patch: 0, pre: '' };
      return (v) => cmp(v) >= 0 && compareSemVer(v, upper) < 0;
    }
    case '^': {
      const upper: SemVer = base.major > 0 || minor === undefined ? { major: base.major + 1, minor: 0, patch: 0, pre: '' } : { major: 0, minor: base.minor + 1, patch: 0, pre: '' };
      return (v) => cmp(v) >= 0 && compareSemVer(v, upper) < 0;
    }
  }
  throw new Error(`improper constraint: ${op}${raw}`);
}

/** compiles a constraint; throws `improper constraint: …` as Masterminds does */
export function constraint(text: string): (version: string) => boolean {
  const alternatives = text.split('||').map((alt) => {
    const t = alt.trim().replace(/\s*-\s+/g, ' - ');
    const hyphen = /^(\S+) - (\S+)$/.exec(t);
    if (hyphen) {
      const lo = term('>=', hyphen[1]!);
      const hi = term('<=', hyphen[2]!);
      return { checks: [lo, hi], pre: /-/.test(hyphen[1]! + hyphen[2]!) };
    }
    const parts = t.split(/\s*,\s*|\s+(?=[=!<>~^v\d*xX])/).filter(Boolean);
    if (parts.length === 0) throw new Error(`improper constraint: ${text}`);
    const checks = parts.map((p) => {
      const m = /^(=|!=|>=|<=|>|<|~>|~|\^)?\s*(.+)$/.exec(p);
      if (!m) throw new Error(`improper constraint: ${text}`);
      return term(m[1] ?? '', m[2]!);
    });
    return { checks, pre: parts.some((p) => /\d-/.test(p)) };
  });
  return (version) => {
    const v = parseSemVer(version);
    if (!v) return false;
    return alternatives.some((a) => (v.pre === '' || a.pre) && a.checks.every((c) => c(v)));
  };
}
