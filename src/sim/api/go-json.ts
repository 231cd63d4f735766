// JSON syntax errors worded as Go's encoding/json reports them, for the api-server's "error decoding
// patch: …" and the like: `invalid character 'b' looking for beginning of object key string`,
// `unexpected end of JSON input`. JSON.parse does the parsing; this only finds the first error again.
// mirrors encoding/json/scanner.go (the step functions' error contexts)

function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const code = c.codePointAt(0)!;
  if (code < 0x20) return `'\\x${code.toString(16).padStart(2, '0')}'`;
  return `'${c}'`;
}

class Scan {
  i = 0;
  constructor(readonly s: string) {}
  ws(): void {
    while (this.i < this.s.length && ' \t\r\n'.includes(this.s[this.i])) this.i++;
  }
  fail(context: string): never {
    if (this.i >= this.s.length) throw new Error('unexpected end of JSON input');
    throw new Error(`invalid character ${quoteChar(this.s[this.i])} ${context}`);
  }
  value(): void {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const lit of ['true', 'false', 'null']) {
      if (c === lit[0]) {
        for (let k = 1; k < lit.length; k++) {
          this.i++;
          if (this.s[this.i] !== lit[k]) this.fail(`in literal ${lit} (expecting '${lit[k]}')`);
        }
        this.i++;
        return;
      }
    }
    this.fail('looking for beginning of value');
  }
  object(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('looking for beginning of object key string');
      this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('after object key');
      this.i++;
      this.value();
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return;
      }
      this.fail('after object key:value pair');
    }
  }
  array(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return;
      }
      this.fail('after array element');
    }
  }
  string(): void {
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') {
        this.i++;
        const e = this.s[this.i];
        if (e === undefined) break;
        if (!'"\\/bfnrtu'.includes(e)) this.fail('in string escape code');
      } else if (c.charCodeAt(0) < 0x20) this.fail('in string literal');
      this.i++;
    }
    this.fail('in string literal');
  }
  number(): void {
    if (this.s[this.i] === '-') this.i++;
    if (this.s[this.i] === '0') this.i++;
    else if (this.s[this.i] >= '1' && this.s[this.i] <= '9') while (this.s[this.i] >= '0' && this.s[this.i] <= '9') this.i++;
    else this.fail('in numeric literal');
    if (this.s[this.i] === '.') {
      this.i++;
      if (!(this.s[this.i] >= '0' && this.s[this.i] <= '9')) this.fail('after decimal point in numeric literal');
      while (this.s[this.i] >= '0' && this.s[this.i] <= '9') this.i++;
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (!(this.s[this.i] >= '0' && this.s[this.i] <= '9')) this.fail('in exponent of numeric literal');
      while (this.s[this.i] >= '0' && this.s[this.i] <= '9') this.i++;
    }
  }
}

/** JSON.parse, throwing Go's wording for a syntax error */
export function parseJsonGo(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const sc = new Scan(text);
    sc.value();
    sc.ws();
    if (sc.i < text.length) sc.fail('after top-level value');
    throw new Error('invalid JSON');
  }
}
