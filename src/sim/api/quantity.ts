// resource.Quantity: `500m`, `1.5`, `128Mi`, `1e3`. Exact arithmetic in nano units (BigInt), so
// canonical forms match upstream: 1.5 → 1500m, 1.5Gi → 1536Mi, 1024Mi → 1Gi.
// mirrors staging/src/k8s.io/apimachinery/pkg/api/resource/{quantity.go,suffix.go}

export type QuantityFormat = 'BinarySI' | 'DecimalSI' | 'DecimalExponent';

export const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

export interface ParsedQuantity {
  /** the value in units of 10^-9, rounded up below that (as upstream does) */
  nano: bigint;
  format: QuantityFormat;
}

const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const NUMBER_RE = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/;
const NANO = 1_000_000_000n;

const pow10 = (n: number): bigint => 10n ** BigInt(n);

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n === b > 0n ? q + 1n : q;
}

/** Parse a quantity exactly; throws Error(QUANTITY_FORMAT_ERROR) on bad syntax ('' and spaces included). */
export function parseQuantityExact(s: string): ParsedQuantity {
  const m = NUMBER_RE.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(QUANTITY_FORMAT_ERROR);
  const [, sign, whole, frac = '', suffix] = m;
  let num = BigInt((whole || '0') + frac);
  if (sign === '-') num = -num;
  let exp10 = -frac.length; // value = num * 10^exp10 * 1024^exp2
  let exp2 = 0;
  let format: QuantityFormat;
  if (suffix in BINARY) {
    exp2 = BINARY[suffix];
    format = 'BinarySI';
  } else if (suffix in DECIMAL) {
    exp10 += DECIMAL[suffix];
    format = 'DecimalSI';
  } else if (/^[eE][+-]?\d+$/.test(suffix)) {
    exp10 += Number(suffix.slice(1));
    format = 'DecimalExponent';
  } else {
    throw new Error(QUANTITY_FORMAT_ERROR);
  }
  let scaled = num * 1024n ** BigInt(exp2);
  const e = exp10 + 9; // into nano units
  scaled = e >= 0 ? scaled * pow10(e) : ceilDiv(scaled, pow10(-e));
  return { nano: scaled, format };
}

/** cpu → cores (0.5 for `500m`); memory → bytes. */
export function parseQuantity(s: string): number {
  const { nano } = parseQuantityExact(s);
  return nano % NANO === 0n ? Number(nano / NANO) : Number(nano) / 1e9;
}

/** The value in thousandths, rounded up (MilliValue): `500m` → 500, `1` → 1000. */
export function milliValue(s: string): number {
  return Number(ceilDiv(parseQuantityExact(s).nano, 1_000_000n));
}

const DECIMAL_SUFFIXES: Array<[number, string]> = [
  [18, 'E'],
  [15, 'P'],
  [12, 'T'],
  [9, 'G'],
  [6, 'M'],
  [3, 'k'],
  [0, ''],
  [-3, 'm'],
  [-6, 'u'],
  [-9, 'n'],
];
const BINARY_SUFFIXES: Array<[number, string]> = [
  [6, 'Ei'],
  [5, 'Pi'],
  [4, 'Ti'],
  [3, 'Gi'],
  [2, 'Mi'],
  [1, 'Ki'],
];

/** Canonical string of an exact value in a family (Quantity.String / CanonicalizeBytes). */
export function formatNano(nano: bigint, format: QuantityFormat): string {
  if (nano === 0n) return '0';
  const abs = nano < 0n ? -nano : nano;
  const sign = nano < 0n ? '-' : '';
  // binary only for whole numbers of bytes of at least 1Ki; otherwise upstream falls back to decimal
  if (format === 'BinarySI' && abs % NANO === 0n && abs >= 1024n * NANO) {
    const v = abs / NANO;
    for (const [k, suffix] of BINARY_SUFFIXES) {
      const unit = 1024n ** BigInt(k);
      if (v % unit === 0n) return `${sign}${v / unit}${suffix}`;
    }
    return `${sign}${v}`;
  }
  for (const [e, suffix] of DECIMAL_SUFFIXES) {
    const unit = pow10(e + 9);
    if (abs % unit === 0n) {
      const mantissa = abs / unit;
      if (format === 'DecimalExponent') return e === 0 ? `${sign}${mantissa}` : `${sign}${mantissa}e${e}`;
      return `${sign}${mantissa}${suffix}`;
    }
  }
  return `${sign}${abs}n`;
}

/** The canonical form of a quantity string: `1024Mi` → `1Gi`, `0.5` → `500m`. */
export function canonicalQuantity(s: string): string {
  const q = parseQuantityExact(s);
  return formatNano(q.nano, q.format);
}

/** Print a number (cores or bytes) as a quantity of the given family: 0.25 → `250m`, 1073741824 → `1Gi`. */
export function formatQuantity(value: number, format: QuantityFormat = 'DecimalSI'): string {
  const nano = Number.isInteger(value) ? BigInt(value) * NANO : BigInt(Math.ceil(value * 1e9));
  return formatNano(nano, format);
}
