// Go literals in templates: numbers (parse.go newNumber + exec.go idealConstant: an integer
// constant is an int, one with '.', 'e' or 'p' is a float64) and strconv.Unquote for strings.

/** bigint for Go's int, number for float64; null when the text is no Go number */
export function parseNumber(text: string): bigint | number | null {
  const t = text.replace(/_/g, '');
  if (t.endsWith('i')) return null; // complex constants are not supported by charts
  const neg = t.startsWith('-');
  const body = t.replace(/^[+-]/, '');
  const isHex = /^0[xX]/.test(body);
  if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[oO]?[0-7]+$/.test(body) || /^0[bB][01]+$/.test(body) || /^[1-9][0-9]*$|^0$/.test(body)) {
    const digits = /^0[0-7]+$/.test(body) ? '0o' + body.slice(1) : body.replace(/^0O/, '0o').replace(/^0B/, '0b').replace(/^0X/, '0x');
    const v = BigInt(digits);
    const r = neg ? -v : v;
    if (r > 9223372036854775807n || r < -9223372036854775808n) return Number(r);
    return r;
  }
  if (isHex) {
    // hex float 0x1p-2
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(body);
    if (!m) return null;
    const mant = parseInt((m[1] || '0') + (m[2] ?? ''), 16) / 16 ** (m[2]?.length ?? 0);
    const v = mant * 2 ** Number(m[3]);
    return neg ? -v : v;
  }
  if (!/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return null;
  const v = Number(body);
  return neg ? -v : v;
}

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** strconv.Unquote for "…" and `…`; null when malformed */
export function unquoteString(q: string): string | null {
  if (q.startsWith('`')) return q.slice(1, -1).replace(/\r/g, '');
  if (q.length < 2 || q[0] !== '"' || q[q.length - 1] !== '"') return null;
  return unescape(q.slice(1, -1), '"');
}

/** a character constant 'x' is an int (rune) in Go */
export function unquoteChar(q: string): bigint | null {
  const s = unescape(q.slice(1, -1), "'");
  if (s === null || [...s].length !== 1) return null;
  return BigInt(s.codePointAt(0)!);
}

function unescape(s: string, quote: string): string | null {
  let out = '';
  const bytes: number[] = [];
  const flush = () => {
    if (bytes.length) { out += new TextDecoder().decode(new Uint8Array(bytes)); bytes.length = 0; }
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') {
      if (c === quote) return null;
      flush();
      out += c;
      continue;
    }
    const e = s[++i];
    if (e === undefined) return null;
    if (e in SIMPLE) {
      if ((e === "'" || e === '"') && e !== quote) return null;
      flush();
      out += SIMPLE[e];
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return null;
      i += n;
      if (e === 'x') bytes.push(parseInt(hex, 16));
      else { flush(); out += String.fromCodePoint(parseInt(hex, 16)); }
    } else if (/[0-7]/.test(e)) {
      const oct = s.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct)) return null;
      i += 2;
      bytes.push(parseInt(oct, 8));
    } else return null;
  }
  flush();
  return out;
}
