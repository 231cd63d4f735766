// Helm's rendering engine (mirrors pkg/engine/engine.go): every chart template parsed into one
// set, partials (_*.tpl) not rendered, include/tpl/required/fail/lookup bound per render,
// `<no value>` stripped, and errors reworded as Helm words them.
import { def, funcLayer, type FuncMap } from './funcs';
import { ExecError, GoError, unwrapChain } from './errors';
import { ParseError, type Tree } from './parse';
import { BASE_FUNCS, TemplateSet } from './template';
import { sprigDynamic, sprigStatic, type TemplateRng } from './sprig';
import { fromJson, fromJsonArray, marshalJson } from './yaml/json';
import { fromYaml, fromYamlArray, toYaml } from './yaml/toyaml';
import type { GoMap, GoValue } from './value';

/** lookup(apiVersion, kind, namespace, name): the object, a {items:[…]} list, or {} */
export type LookupFn = (apiVersion: string, kind: string, namespace: string, name: string) => GoMap;

export interface EngineOptions {
  rng: TemplateRng;
  /** the virtual clock's now, in ms since the epoch */
  now: () => number;
  lookup?: LookupFn;
  /** missingkey=error, as `helm template --strict`/lint --strict */
  strict?: boolean;
  /** lint mode: required/fail only warn */
  lintMode?: boolean;
}

export interface Renderable {
  /** the template's full name, e.g. mychart/templates/deployment.yaml */
  name: string;
  text: string;
  /** the top-level data (.Values, .Release, .Chart, .Capabilities, .Files) for this template */
  vals: GoMap;
  /** the chart's templates folder, e.g. mychart/templates */
  basePath: string;
}

const WARN = /HELM_ERR_START((?:.|\n)*)HELM_ERR_END/;
const warnWrap = (s: string) => `HELM_ERR_START${s}HELM_ERR_END`;
const MAX_INCLUDE = 1000;
/** parsed files by name and text: a chart re-rendered as the user types reparses only what changed */
const HELM_PARSE_CACHE = new Map<string, Map<string, Tree>>();

/** engine.go sortTemplates: deepest paths first, then reverse lexical order */
export function sortTemplates(names: string[]): string[] {
  const depth = new Map(names.map((s) => [s, s.split('/').length]));
  return [...names].sort((a, b) => (depth.get(a) !== depth.get(b) ? depth.get(b)! - depth.get(a)! : a < b ? 1 : a > b ? -1 : 0));
}

/** sprig and Helm's functions that do not depend on the render, built once */
const HELM_STATIC: FuncMap = funcLayer(BASE_FUNCS, {
  ...sprigStatic,
  toYaml: def(['any'], toYaml),
  toYamlPretty: def(['any'], toYaml),
  mustToYaml: def(['any'], toYaml),
  fromYaml: def(['string'], fromYaml),
  fromYamlArray: def(['string'], fromYamlArray),
  toJson: def(['any'], (v: GoValue) => marshalJson(v)),
  mustToJson: def(['any'], (v: GoValue) => marshalJson(v)),
  toPrettyJson: def(['any'], (v: GoValue) => marshalJson(v, true, '  ')),
  toRawJson: def(['any'], (v: GoValue) => marshalJson(v, false)),
  fromJson: def(['string'], fromJson),
  fromJsonArray: def(['string'], fromJsonArray),
  getHostByName: def(['string'], () => ''),
});

/** helm's helper functions over sprig (pkg/engine/funcs.go funcMap), per render */
function helmFuncs(opts: EngineOptions): FuncMap {
  return funcLayer(HELM_STATIC, {
    ...sprigDynamic(opts.rng, opts.now),
    required: def(['string', 'any'], (warn: string, v: GoValue) => {
      if ((v === null || v === undefined || v === '') && !opts.lintMode) throw new GoError(warnWrap(warn));
      return v ?? (opts.lintMode ? '' : null);
    }),
    fail: def(['string'], (msg: string) => {
      if (opts.lintMode) return '';
      throw new GoError(warnWrap(msg));
    }),
    lookup: def(['string', 'string', 'string', 'string'], (a: string, k: string, ns: string, n: string) => (opts.lookup ? opts.lookup(a, k, ns, n) : {})),
    include: def(['string', 'any'], () => ''),
    tpl: def(['string', 'any'], () => ''),
  });
}

/** binds include/tpl to a template set (engine.go includeFun/tplFun) */
function bindIncludeTpl(set: TemplateSet, included: Map<string, number>, opts: EngineOptions) {
  set.funcs.include = def(['string', 'any'], (name: string, data: GoValue) => {
    const n = included.get(name) ?? 0;
    if (n > MAX_INCLUDE) throw new GoError(`rendering template has a nested reference name: ${name}: unable to execute template`);
    included.set(name, n + 1);
    try {
      return set.execute(name, data);
    } finally {
      included.set(name, (included.get(name) ?? 1) - 1);
    }
  });
  set.funcs.tpl = def(['string', 'any'], (text: string, vals: GoValue) => {
    const clone = set.clone();
    bindIncludeTpl(clone, included, opts);
    // engine.go parses the text as a new template named after the root set, "gotpl"
    const name = 'gotpl';
    try {
      clone.parse(name, text);
    } catch (e) {
      throw new GoError(`cannot parse template ${JSON.stringify(text)}: ${(e as Error).message}`, e as Error);
    }
    try {
      return clone.execute(name, vals).replaceAll('<no value>', '');
    } catch (e) {
      throw new GoError(`error during tpl function execution for ${JSON.stringify(text)}: ${(e as Error).message}`, e as Error);
    }
  });
}

/** Renders the chart's templates; partials (base name starting with _) are parsed but not rendered. */
export function renderTemplates(templates: Renderable[], opts: EngineOptions): Record<string, string> {
  const set = new TemplateSet({}, opts.strict ? 'error' : 'zero', helmFuncs(opts));
  set.parseCache = HELM_PARSE_CACHE;
  bindIncludeTpl(set, new Map(), opts);
  const byName = new Map(templates.map((t) => [t.name, t]));
  const keys = sortTemplates([...byName.keys()]);
  for (const name of keys) {
    try {
      set.parse(name, byName.get(name)!.text);
    } catch (e) {
      throw cleanupParseError(name, e as Error);
    }
  }
  const out: Record<string, string> = {};
  for (const name of keys) {
    if (name.split('/').pop()!.startsWith('_')) continue;
    const r = byName.get(name)!;
    const vals: GoMap = { ...r.vals, Template: { Name: name, BasePath: r.basePath } };
    try {
      out[name] = set.execute(name, vals).replaceAll('<no value>', '');
    } catch (e) {
      throw reformatExecError(name, e as Error);
    }
  }
  return out;
}

/** engine.go cleanupParseError: "parse error at (FILE:LINE): MSG" */
export function cleanupParseError(filename: string, err: Error): Error {
  const tokens = err.message.split(': ');
  if (tokens.length === 1) return new GoError(`parse error in (${filename}): ${err.message}`, err);
  if (err instanceof ParseError) return new GoError(`parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`, err);
  return new GoError(`parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`, err);
}

interface Traceable { location: string; message: string; executed: string }

function parseTraceable(s: string): Traceable | null {
  if (!s.startsWith('template: ')) return null;
  const rest = s.slice('template: '.length);
  if (rest.startsWith('no template ')) return { location: '', message: s, executed: '' };
  const at = rest.indexOf(': executing ');
  if (at >= 0) {
    const after = rest.slice(at + ': executing '.length);
    if (after[0] !== '"') return null;
    const endQuote = after.indexOf('"', 1);
    if (endQuote < 0) return null;
    const fn = after.slice(1, endQuote);
    const afterFn = after.slice(endQuote + 1);
    if (!afterFn.startsWith(' at <')) return null;
    const body = afterFn.slice(' at <'.length);
    const sep = body.indexOf('>: ');
    if (sep < 0) return null;
    let msg = body.slice(sep + 3);
    const cut = msg.indexOf(' template:');
    if (cut >= 0) msg = msg.slice(0, cut);
    return { location: rest.slice(0, at), message: msg, executed: `executing "${fn}" at <${body.slice(0, sep)}>:` };
  }
  const sep = rest.lastIndexOf(': ');
  if (sep < 0) return null;
  let msg = rest.slice(sep + 2);
  const cut = msg.indexOf(' template:');
  if (cut >= 0) msg = msg.slice(0, cut);
  return { location: rest.slice(0, sep), message: msg, executed: '' };
}

const traceString = (t: Traceable) =>
  (t.location ? `${t.location}\n  ` : '') + (t.executed ? `${t.executed}\n    ` : '') + (t.message ? `${t.message}\n` : '');

/** engine.go reformatExecErrorMsg: required/fail as "execution error at (LOC): MSG", else traced */
export function reformatExecError(filename: string, err: Error): Error {
  if (!(err instanceof ExecError)) return err;
  const tokens = splitN(err.message, ': ', 3);
  if (tokens.length !== 3) return new GoError(`execution error in (${filename}): ${err.message}`, err);
  const warn = WARN.exec(tokens[2]);
  if (warn) return new GoError(`execution error at (${tokens[1]}): ${warn[1]}`, err);
  const locations: Traceable[] = [];
  for (const e of unwrapChain(err)) {
    const t = parseTraceable(e.message);
    if (!t) return err;
    const last = locations[locations.length - 1];
    if (!last || last.location !== t.location || last.message !== t.message || last.executed !== t.executed) locations.push(t);
  }
  return new GoError(locations.map(traceString).join('').trim(), err);
}

function splitN(s: string, sep: string, n: number): string[] {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
