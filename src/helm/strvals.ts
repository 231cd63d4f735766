// `--set` and `--set-string` values: pkg/strvals/parser.go. `a.b=c,list[0]=x,tags={a,b}`, a
// backslash escapes the next character, and (without --set-string) true/false/null and integers
// without a leading zero are typed — as Go's int64 (the engine's Int64; values files give float64,
// JS numbers) — while floats stay strings, as in Helm.
import { Int64, isMap } from './template/value';
type Values = Record<string, unknown>;

const MAX_INDEX = 65536;
const MAX_NESTED = 30;

class Eof extends Error {}

/** Go's name for a value's dynamic type, for the type-assertion panics Helm turns into errors */
function goType(v: unknown): string {
  if (v === null) return 'nil';
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof Int64) return 'int64';
  if (typeof v === 'object') return 'map[string]interface {}';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float64';
  return typeof v === 'boolean' ? 'bool' : 'string';
}

/** key() recovers a type-assertion panic as "unable to parse key: …" */
function notA(v: unknown, want: string): Error {
  return new Error(`unable to parse key: interface conversion: interface {} is ${goType(v)}, not ${want}`);
}
class NotList extends Error {}

class Scanner {
  private i = 0;
  constructor(private readonly s: string) {}
  read(): string | undefined {
    return this.i < this.s.length ? this.s[this.i++] : undefined;
  }
  unread(): void {
    this.i--;
  }
  /** runes until one of `stop` (consumed); throws Eof with what was read when the input ends */
  until(stop: string): { text: string; last: string } {
    let text = '';
    for (;;) {
      const r = this.read();
      if (r === undefined) throw Object.assign(new Eof(), { text });
      if (stop.includes(r)) return { text, last: r };
      if (r === '\\') {
        const next = this.read();
        if (next === undefined) throw Object.assign(new Eof(), { text });
        text += next;
      } else text += r;
    }
  }
}

function typed(v: string, asString: boolean): unknown {
  if (asString) return v;
  const l = v.toLowerCase();
  if (l === 'true') return true;
  if (l === 'false') return false;
  if (l === 'null') return null;
  if (v === '0') return new Int64(0n);
  if (v !== '' && v[0] !== '0' && /^[+-]?\d+$/.test(v)) {
    const n = BigInt(v);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return new Int64(n);
  }
  return v;
}

class Parser {
  constructor(
    private readonly sc: Scanner,
    private readonly asString: boolean,
  ) {}

  parse(data: Values): void {
    for (;;) {
      try {
        this.key(data, 0);
      } catch (e) {
        if (e instanceof Eof) return;
        throw e;
      }
    }
  }

  private key(data: Values, level: number): void {
    let k: string;
    let last: string;
    try {
      ({ text: k, last } = this.sc.until('=[,.'));
    } catch (e) {
      const text = (e as { text?: string }).text ?? '';
      if (e instanceof Eof && text === '') throw e;
      throw new Error(`key "${text}" has no value`);
    }
    if (last === '[') {
      const i = this.index();
      const existing = data[k];
      if (k in data && !Array.isArray(existing)) throw notA(existing, '[]interface {}');
      const list = this.listItem(Array.isArray(existing) ? existing : [], i, level);
      if (k) data[k] = list;
      return;
    }
    if (last === '=') {
      try {
        const vl = this.valList();
        if (k) data[k] = vl;
      } catch (e) {
        if (e instanceof Eof) {
          if (k) data[k] = '';
          throw e;
        }
        if (!(e instanceof NotList)) throw e;
        let text = '';
        try {
          text = this.sc.until(',').text;
        } catch (err) {
          if (!(err instanceof Eof)) throw err;
          text = (err as { text?: string }).text ?? '';
          if (k) data[k] = typed(text, this.asString);
          throw err;
        }
        if (k) data[k] = typed(text, this.asString);
      }
      return;
    }
    if (last === ',') {
      if (k) data[k] = '';
      throw new Error(`key "${k}" has no value (cannot end with ,)`);
    }
    // '.'
    if (level + 1 > MAX_NESTED) throw new Error(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED}`);
    const prev = data[k];
    if (k in data && goType(prev) !== 'map[string]interface {}') throw notA(prev, 'map[string]interface {}');
    const inner: Values = isMap(prev as never) ? (prev as Values) : {};
    let err: unknown;
    try {
      this.key(inner, level + 1);
    } catch (e) {
      err = e;
    }
    if (err === undefined && Object.keys(inner).length === 0) throw new Error(`key map "${k}" has no value`);
    if (Object.keys(inner).length && k) data[k] = inner;
    if (err !== undefined) throw err;
  }

  private index(): number {
    const { text } = this.sc.until(']');
    if (!/^[+-]?\d+$/.test(text)) throw new Error(`error parsing index: strconv.Atoi: parsing "${text}": invalid syntax`);
    return Number(text);
  }

  private setIndex(list: unknown[], i: number, v: unknown): unknown[] {
    if (i < 0) throw new Error(`negative ${i} index not allowed`);
    if (i > MAX_INDEX) throw new Error(`index of ${i} is greater than maximum supported index of ${MAX_INDEX}`);
    const out = list.slice();
    while (out.length <= i) out.push(null);
    out[i] = v;
    return out;
  }

  private listItem(list: unknown[], i: number, level: number): unknown[] {
    if (i < 0) throw new Error(`negative ${i} index not allowed`);
    const { text, last } = this.sc.until('[.=');
    if (text.length > 0) throw new Error(`unexpected data at end of array index: "${text}"`);
    if (last === '=') {
      try {
        return this.setIndex(list, i, this.valList());
      } catch (e) {
        if (e instanceof Eof) return this.setIndex(list, i, '');
        if (!(e instanceof NotList)) throw e;
        let v = '';
        try {
          v = this.sc.until(',').text;
        } catch (err) {
          if (!(err instanceof Eof)) throw err;
          v = (err as { text?: string }).text ?? '';
        }
        return this.setIndex(list, i, typed(v, this.asString));
      }
    }
    if (last === '[') {
      const next = this.index();
      const existing = list[i];
      return this.setIndex(list, i, this.listItem(Array.isArray(existing) ? existing : [], next, level));
    }
    const prev = list[i];
    const inner: Values = isMap(prev as never) ? (prev as Values) : {};
    try {
      this.key(inner, level);
    } catch (e) {
      // the end of the text after `a[0].b=x` still sets the item (helm gives {a: [{b: x}]})
      if (!(e instanceof Eof)) throw e;
    }
    return this.setIndex(list, i, inner);
  }

  private valList(): unknown[] {
    const r = this.sc.read();
    if (r === undefined) throw new Eof();
    if (r !== '{') {
      this.sc.unread();
      throw new NotList();
    }
    const list: unknown[] = [];
    for (;;) {
      let part: { text: string; last: string };
      try {
        part = this.sc.until(',}');
      } catch (e) {
        if (e instanceof Eof) throw new Error("list must terminate with '}'");
        throw e;
      }
      if (part.last === '}') {
        const after = this.sc.read();
        if (after !== undefined && after !== ',') this.sc.unread();
        list.push(typed(part.text, this.asString));
        return list;
      }
      list.push(typed(part.text, this.asString));
    }
  }
}

/** merge one `--set` (or `--set-string`) argument into `into` */
export function parseSetInto(s: string, into: Values, asString = false): void {
  new Parser(new Scanner(s), asString).parse(into);
}
