// Label selectors: the string syntax (`app=web,tier in (a,b)`) and metav1.LabelSelector.
// mirrors staging/src/k8s.io/apimachinery/pkg/labels/selector.go and apis/meta/v1/helpers.go
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { badRequest } from './status';
import { validateLabelValue, validateQualifiedName } from './names';

export type Labels = Readonly<Record<string, string>> | undefined;
export type LabelSelectorFn = ((labels: Labels) => boolean) & { readonly requirements: readonly Requirement[]; readonly empty: boolean };

export type Operator = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';
export interface Requirement {
  key: string;
  op: Operator;
  values: string[];
}

function matches(r: Requirement, labels: Labels): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = has ? labels![r.key] : undefined;
  switch (r.op) {
    case '=':
    case '==':
    case 'in':
      return has && r.values.includes(v!);
    case '!=':
    case 'notin':
      return !has || !r.values.includes(v!);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt':
    case 'lt': {
      if (!has || !/^-?\d+$/.test(v!)) return false;
      const n = Number(v);
      const bound = Number(r.values[0]);
      return r.op === 'gt' ? n > bound : n < bound;
    }
  }
}

function makeSelector(reqs: Requirement[]): LabelSelectorFn {
  const fn = ((labels: Labels) => reqs.every((r) => matches(r, labels))) as LabelSelectorFn;
  return Object.assign(fn, { requirements: reqs, empty: reqs.length === 0 });
}

/** Matches every object. */
export const everything: LabelSelectorFn = makeSelector([]);
/** Matches no object (a nil LabelSelector). */
export const nothing: LabelSelectorFn = Object.assign(((_l: Labels) => false) as unknown as LabelSelectorFn, { requirements: [], empty: false });

// --- lexer and parser (selector.go's Lexer and Parser, same grammar and error wording) ---
type TokType = 'id' | 'in' | 'notin' | '=' | '==' | '!=' | '>' | '<' | '!' | '(' | ')' | ',' | 'end' | 'error';
interface Tok {
  t: TokType;
  s: string;
}
const SPECIAL = new Set(['=', '!', '(', ')', ',', '>', '<']);
const SYMBOLS = new Set<string>(['=', '==', '!=', '!', '>', '<', '(', ')', ',']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

function lex(input: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  for (;;) {
    while (i < input.length && isSpace(input[i])) i++;
    if (i >= input.length) break;
    if (SPECIAL.has(input[i])) {
      // longest run of special characters that is still a known symbol
      let j = i;
      let best = '';
      while (j < input.length && SPECIAL.has(input[j])) {
        const cand = input.slice(i, j + 1);
        if (SYMBOLS.has(cand)) best = cand;
        else if (best) break;
        j++;
      }
      if (!best) {
        toks.push({ t: 'error', s: `error expected: keyword found '${input.slice(i, j)}'` });
        i = j;
      } else {
        toks.push({ t: best as TokType, s: best });
        i += best.length;
      }
    } else {
      let j = i;
      while (j < input.length && !SPECIAL.has(input[j]) && !isSpace(input[j])) j++;
      const s = input.slice(i, j);
      toks.push({ t: s === 'in' || s === 'notin' ? s : 'id', s });
      i = j;
    }
  }
  toks.push({ t: 'end', s: '' });
  return toks;
}

const BINARY_OPS = 'in, notin, =, ==, !=, gt, lt';
const OPS: Partial<Record<TokType, Operator>> = { in: 'in', notin: 'notin', '=': '=', '==': '==', '!=': '!=', '>': 'gt', '<': 'lt' };

class ParseError extends Error {}

/** Parse the string syntax; errors are 400 BadRequest with the parser's upstream wording. */
export function parseSelector(s: string): LabelSelectorFn {
  try {
    return makeSelector(parseRequirements(lex(s)));
  } catch (e) {
    if (e instanceof ParseError) throw badRequest(e.message);
    throw e;
  }
}

function parseRequirements(toks: Tok[]): Requirement[] {
  let p = 0;
  // in a value position, `in` and `notin` are plain identifiers
  const asValue = (t: Tok): Tok => (t.t === 'in' || t.t === 'notin' ? { t: 'id', s: t.s } : t);
  const peek = () => asValue(toks[p]);
  const next = () => asValue(toks[p++]);
  const fail = (msg: string): never => {
    throw new ParseError(msg);
  };
  const reqs: Requirement[] = [];
  for (;;) {
    const t = peek();
    if (t.t === 'end') break;
    if (t.t !== 'id' && t.t !== '!') fail(`found '${t.s}', expected: !, identifier, or 'end of string'`);
    try {
      reqs.push(requirement());
    } catch (e) {
      if (e instanceof ParseError) fail(`unable to parse requirement: ${e.message}`);
      throw e;
    }
    const after = next();
    if (after.t === 'end') break;
    if (after.t !== ',') fail(`found '${after.s}', expected: ',' or 'end of string'`);
    const n = peek();
    if (n.t !== 'id' && n.t !== '!') fail(`found '${n.s}', expected: identifier after ','`);
  }
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  function requirement(): Requirement {
    let t = next();
    let op: Operator | undefined;
    if (t.t === '!') {
      op = '!';
      t = next();
    }
    if (t.t !== 'id') fail(`found '${t.s}', expected: identifier`);
    const key = t.s;
    const keyErrs = validateQualifiedName(key);
    if (keyErrs.length) fail(`<nil>: Invalid value: "${key}": ${keyErrs.join('; ')}`);
    const la = peek();
    if (op === '!' || la.t === 'end' || la.t === ',') return { key, op: op ?? 'exists', values: [] };
    const o = toks[p++]; // operators are read without the value-position mapping
    const binary = OPS[o.t];
    if (!binary) return fail(`found '${o.s}', expected: ${BINARY_OPS}`);
    const values = binary === 'in' || binary === 'notin' ? valueSet() : [exactValue()];
    const errs: string[] = [];
    values.forEach((v, i) => {
      if ((binary === 'gt' || binary === 'lt') && !/^[+-]?\d+$/.test(v)) errs.push(`values[${i}]: Invalid value: "${v}": for 'Gt', 'Lt' operators, the value must be an integer`);
      const ve = validateLabelValue(v);
      if (ve.length) errs.push(`values[${i}][${key}]: Invalid value: "${v}": ${ve.join('; ')}`);
    });
    if (errs.length) fail(errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
    return { key, op: binary, values };
  }

  function exactValue(): string {
    const t = peek();
    if (t.t === 'end' || t.t === ',') return '';
    p++;
    if (t.t === 'id') return t.s;
    return fail(`found '${t.s}', expected: identifier`);
  }

  function valueSet(): string[] {
    const open = next();
    if (open.t !== '(') fail(`found '${open.s}' expected: '('`);
    const first = peek();
    if (first.t === ')') {
      p++;
      return [''];
    }
    if (first.t !== 'id' && first.t !== ',') fail(`found '${first.s}', expected: ',', ')' or identifier`);
    const values = new Set<string>();
    for (;;) {
      const t = next();
      if (t.t === 'id') {
        values.add(t.s);
        const n = peek();
        if (n.t === ',') {
          p++;
          if (peek().t === ')') values.add('');
          else continue;
        } else if (n.t !== ')') {
          fail(`found '${n.s}', expected: ',' or ')'`);
        }
        break;
      } else if (t.t === ',') {
        values.add(''); // `(,a)` and `(a,,b)`: empty values are allowed
        if (peek().t === ')') break;
      } else {
        fail(`found '${t.s}', expected: ',', or identifier`);
      }
    }
    const close = next();
    if (close.t !== ')') fail(`found '${close.s}', expected: ')'`);
    return [...values].sort();
  }
}

/** metav1.LabelSelectorAsSelector: nil matches nothing, {} everything. */
export function selectorFromLabelSelector(sel: LabelSelector | undefined | null): LabelSelectorFn {
  if (sel === undefined || sel === null) return nothing;
  const reqs: Requirement[] = [];
  for (const k of Object.keys(sel.matchLabels ?? {}).sort()) reqs.push({ key: k, op: '=', values: [sel.matchLabels![k]] });
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])];
    switch (e.operator) {
      case 'In':
        reqs.push({ key: e.key, op: 'in', values });
        break;
      case 'NotIn':
        reqs.push({ key: e.key, op: 'notin', values });
        break;
      case 'Exists':
        reqs.push({ key: e.key, op: 'exists', values: [] });
        break;
      case 'DoesNotExist':
        reqs.push({ key: e.key, op: '!', values: [] });
        break;
      default:
        throw badRequest(`"${e.operator}" is not a valid label selector operator`);
    }
  }
  return makeSelector(reqs);
}

function requirementString(r: Requirement): string {
  switch (r.op) {
    case 'exists':
      return r.key;
    case '!':
      return `!${r.key}`;
    case 'in':
    case 'notin':
      return `${r.key} ${r.op} (${[...r.values].sort().join(',')})`;
    case 'gt':
      return `${r.key}>${r.values[0]}`;
    case 'lt':
      return `${r.key}<${r.values[0]}`;
    default:
      return `${r.key}${r.op}${r.values[0]}`;
  }
}

/** As kubectl prints SELECTOR: `app=web,tier in (a,b)`; nil → `<none>`, {} → `` (everything). */
export function labelSelectorToString(sel: LabelSelector | undefined | null): string {
  if (sel === undefined || sel === null) return '<none>';
  const s = selectorFromLabelSelector(sel);
  return selectorString(s);
}

/** The canonical string of a parsed selector (requirements sorted by key, as upstream's String()). */
export function selectorString(s: LabelSelectorFn): string {
  return [...s.requirements]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(requirementString)
    .join(',');
}
