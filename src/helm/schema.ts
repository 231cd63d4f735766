// values.schema.json checked as Helm 4 checks it (pkg/chart/common/util/jsonschema.go, with
// santhosh-tekuri/jsonschema v6): the common keywords of draft 7 / 2020-12, and the errors worded
// and nested as that library prints them — one line per location, several failures at one location
// grouped under "validation failed". Helm lists properties in Go's random map order; here they
// follow the schema.
import { Int64 } from './template/value';

type Schema = Record<string, unknown> | boolean;

export interface SchemaError {
  at: string;
  message: string;
  causes: SchemaError[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Int64);

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'bigint' || v instanceof Int64) return 'number';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? 'number' : 'string';
}

function isInteger(v: unknown): boolean {
  return typeof v === 'bigint' || v instanceof Int64 || (typeof v === 'number' && Number.isInteger(v));
}

function matchesType(v: unknown, t: string): boolean {
  if (t === 'integer') return isInteger(v);
  return typeOf(v) === t;
}

/** numbers as golang.org/x/text prints them: 70,000 */
function num(v: unknown): string {
  const n = v instanceof Int64 ? v.v.toString() : typeof v === 'bigint' ? v.toString() : String(v);
  const [int, frac] = n.split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = int!.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + digits + (frac ? `.${frac}` : '');
}

/** a value as the library quotes it in messages */
function show(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof Int64) return num(v);
  return typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

/** a pattern quoted as Go's strconv.Quote escapes it, in single quotes */
const quotePattern = (p: string) => `'${p.replace(/\\/g, '\\\\')}'`;

const toNumber = (v: unknown) => (v instanceof Int64 ? Number(v.v) : typeof v === 'bigint' ? Number(v) : (v as number));

function equal(a: unknown, b: unknown): boolean {
  const numeric = (x: unknown) => typeof x === 'bigint' || x instanceof Int64 || typeof x === 'number';
  if (numeric(a) && numeric(b)) return toNumber(a) === toNumber(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

function joinTypes(types: string[]): string {
  const t = [...types].sort();
  return t.length <= 1 ? (t[0] ?? '') : `${t.slice(0, -1).join(', ')} or ${t[t.length - 1]}`;
}

function validate(schema: Schema, v: unknown, at: string): SchemaError[] {
  if (schema === true) return [];
  if (schema === false) return [{ at, message: 'false schema', causes: [] }];
  const s = schema;
  const errs: SchemaError[] = [];
  const err = (message: string) => errs.push({ at, message, causes: [] });
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => matchesType(v, t))) {
      err(`got ${typeOf(v)}, want ${joinTypes(types)}`);
      return errs; // the other keywords would only repeat it
    }
  }
  if (s.const !== undefined && !equal(s.const, v)) err(`value must be ${show(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => equal(e, v))) err(`value must be one of ${s.enum.map(show).join(', ')}`);
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof Int64) {
    const n = toNumber(v);
    if (typeof s.minimum === 'number' && n < s.minimum) err(`minimum: got ${num(v)}, want ${num(s.minimum)}`);
    if (typeof s.maximum === 'number' && n > s.maximum) err(`maximum: got ${num(v)}, want ${num(s.maximum)}`);
    if (typeof s.exclusiveMinimum === 'number' && n <= s.exclusiveMinimum) err(`exclusiveMinimum: got ${num(v)}, want ${num(s.exclusiveMinimum)}`);
    if (typeof s.exclusiveMaximum === 'number' && n >= s.exclusiveMaximum) err(`exclusiveMaximum: got ${num(v)}, want ${num(s.exclusiveMaximum)}`);
    if (typeof s.multipleOf === 'number' && !Number.isInteger(n / s.multipleOf)) err(`multipleOf: got ${num(v)}, want ${num(s.multipleOf)}`);
  }
  if (typeof v === 'string') {
    const len = [...v].length;
    if (typeof s.minLength === 'number' && len < s.minLength) err(`minLength: got ${len}, want ${s.minLength}`);
    if (typeof s.maxLength === 'number' && len > s.maxLength) err(`maxLength: got ${len}, want ${s.maxLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) err(`'${v}' does not match pattern ${quotePattern(s.pattern)}`);
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) err(`minItems: got ${v.length}, want ${s.minItems}`);
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) err(`maxItems: got ${v.length}, want ${s.maxItems}`);
    if (s.items !== undefined && !Array.isArray(s.items)) v.forEach((item, i) => errs.push(...validate(s.items as Schema, item, `${at}/${i}`)));
  }
  if (isObj(v)) {
    const keys = Object.keys(v);
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties) err(`minProperties: got ${keys.length}, want ${s.minProperties}`);
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) err(`maxProperties: got ${keys.length}, want ${s.maxProperties}`);
    const missing = (Array.isArray(s.required) ? (s.required as string[]) : []).filter((k) => !(k in v));
    if (missing.length) errs.unshift({ at, message: `missing ${missing.length === 1 ? 'property' : 'properties'} ${missing.map((k) => `'${k}'`).join(', ')}`, causes: [] });
    const props = isObj(s.properties) ? s.properties : {};
    for (const [k, sub] of Object.entries(props)) if (k in v) errs.push(...group(validate(sub as Schema, v[k], `${at}/${k}`), `${at}/${k}`));
    const extra = keys.filter((k) => !(k in props));
    if (s.additionalProperties === false && extra.length) err(`additional properties ${extra.map((k) => `'${k}'`).join(', ')} not allowed`);
    else if (isObj(s.additionalProperties)) for (const k of extra) errs.push(...group(validate(s.additionalProperties, v[k], `${at}/${k}`), `${at}/${k}`));
  }
  return errs;
}

/** several failures at one location become one "validation failed" with them as causes */
function group(errs: SchemaError[], at: string): SchemaError[] {
  return errs.length > 1 ? [{ at, message: 'validation failed', causes: errs }] : errs;
}

/** the failures of `values` against `schema`, as the lines Helm prints under the chart's name */
export function schemaErrors(schemaText: string, values: unknown): string[] {
  const schema = JSON.parse(schemaText) as Schema;
  const lines: string[] = [];
  const print = (e: SchemaError, depth: number) => {
    lines.push(`${'  '.repeat(depth)}- at '${e.at}': ${e.message}`);
    for (const c of e.causes) print(c, depth + 1);
  };
  for (const e of validate(schema, values, '')) print(e, 0);
  return lines;
}

/** Helm's error for the charts whose values fail their schema (charts in the order given) */
export function schemaFailure(failures: Array<{ chart: string; lines: string[] }>): string | undefined {
  const failing = failures.filter((f) => f.lines.length);
  if (!failing.length) return undefined;
  return `values don't meet the specifications of the schema(s) in the following chart(s):\n${failing.map((f) => `${f.chart}:\n${f.lines.join('\n')}\n`).join('')}`;
}
