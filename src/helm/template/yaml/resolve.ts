// Which plain scalars YAML 1.1 (go-yaml v2 resolve.go) reads as something other than a string:
// the encoder must quote such strings ("true", "1.5", "2001-12-14", "~", "") to keep them strings.
const SPECIAL = new Set([
  '', '~', 'null', 'Null', 'NULL',
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE',
  'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE',
  '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN',
]);
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$/;
const BIN = /^[-+]?0b[01]+$/;
// the layouts go-yaml v2 tries for timestamps (time.Parse with 2006-1-2 …)
const TIMESTAMP = [
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
  /^\d{4}-\d{1,2}-\d{1,2}$/,
];

/** true when go-yaml v2 would resolve the plain scalar `s` to a non-string (or base-60 float) */
export function resolvesToNonString(s: string): boolean {
  if (SPECIAL.has(s)) return true;
  const c = s[0];
  // resolve.go's hint table: only '.', signs and digits start a number
  if (c === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s); // strconv.ParseFloat on the text as is
  if (!/[-+0-9]/.test(c)) return false;
  const plain = s.replace(/_/g, '');
  if (INT.test(plain) && !/^[-+]?0[0-9]*[89]/.test(plain)) return true;
  if (BIN.test(s)) return true;
  if (FLOAT.test(plain)) return true;
  if (BASE60.test(s)) return true;
  if (/[0-9]/.test(c) && TIMESTAMP.some((r) => r.test(s)) && validDate(s)) return true;
  return false;
}

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s)!;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= dim;
}
