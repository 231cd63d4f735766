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

// --- lexer (selector.go's Lexer) ---
type Tok = { t: 'id' | 'op' | '(' | ')' | ',' | '!' | 'end'; s: string };
const SPECIAL = new Set(['=', '!', '(', ')', ',', '>', '<']);

function lex(input: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (SPECIAL.has(c)) {
      let s = c;
      const two = input.slice(i, i + 2);
      if (two === '==' || two === '!=') s = two;
      i += s.length;
      if (s === '(' || s === ')' || s === ',' || s === '!') toks.push({ t: s, s });
      else toks.push({ t: 'op', s });
    } else {
      let j = i;
      while (j < input.length && !SPECIAL.has(input[j]) && !' \t\n\r'.includes(input[j])) j++;
      const s = input.slice(i, j);
      toks.push({ t: s === 'in' || s === 'notin' ? 'op' : 'id', s });
      i = j;
    }
  }
  toks.push({ t: 'end', s: '' });
  return toks;
}

const BINARY_OPS = 'in, notin, =, ==, !=, gt, lt';

/** Parse the string syntax; errors are 400 BadRequest with the parser's upstream wording. */
export function parseSelector(s: string): LabelSelectorFn {
  const toks = lex(s);
  let p = 0;
  const fail = (msg: string): never => {
    throw badRequest(msg);
  };
  const reqs: Requirement[] = [];
  if (toks[0].t === 'end') return everything;
  for (;;) {
    reqs.push(parseRequirement());
    const t = toks[p];
    if (t.t === 'end') break;
    if (t.t !== ',') fail(`found '${t.s}', expected: ',' or 'end of string'`);
    p++;
    const n = toks[p];
    if (n.t === 'end' || n.t === ',') fail(`found '${n.s}', expected: identifier after ','`);
  }
  return makeSelector(reqs);

  function parseRequirement(): Requirement {
    let op: Operator | undefined;
    let t = toks[p++];
    if (t.t === '!') {
      op = '!';
      t = toks[p++];
      if (t.t !== 'id') fail(`found '${t.s}', expected: identifier after '!'`);
    } else if (t.t !== 'id') {
      fail(`found '${t.s}', expected: identifier`);
    }
    const key = t.s;
    checkKey(key);
    const next = toks[p];
    if (next.t === 'end' || next.t === ',') return { key, op: op ?? 'exists', values: [] };
    if (op === '!') fail(`found '${next.s}', expected: ',' or 'end of string'`);
    const o = toks[p++];
    if (o.t !== 'op') fail(`found '${o.s}', expected: ${BINARY_OPS}`);
    const opName = (o.s === '>' ? 'gt' : o.s === '<' ? 'lt' : o.s) as Operator;
    let values: string[];
    if (opName === 'in' || opName === 'notin') values = parseValueSet();
    else values = [parseExactValue()];
    for (const v of values) checkValue(key, v, values.indexOf(v));
    if ((opName === 'gt' || opName === 'lt') && !/^-?\d+$/.test(values[0])) {
      fail(`unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`);
    }
    return { key, op: opName, values };
  }

  function parseExactValue(): string {
    const t = toks[p];
    if (t.t === 'end' || t.t === ',') return '';
    p++;
    if (t.t === 'id' || (t.t === 'op' && (t.s === 'in' || t.s === 'notin'))) return t.s;
    return fail(`found '${t.s}', expected: identifier`);
  }

  function parseValueSet(): string[] {
    const open = toks[p++];
    if (open.t !== '(') fail(`found '${open.s}', expected: '('`);
    const values: string[] = [];
    for (;;) {
      const t = toks[p++];
      if (t.t === 'id') {
        values.push(t.s);
        const n = toks[p++];
        if (n.t === ')') return values;
        if (n.t !== ',') fail(`found '${n.s}', expected: ',' or ')'`);
      } else if (t.t === ',') {
        values.push(''); // `in (,a)`: an empty value, as upstream allows
      } else if (t.t === ')') {
        values.push('');
        return values;
      } else {
        fail(`found '${t.s}', expected: ',', ')' or identifier`);
      }
    }
  }

  function checkKey(key: string): void {
    const errs = validateQualifiedName(key);
    if (errs.length) fail(`unable to parse requirement: <nil>: Invalid value: "${key}": ${errs.join('; ')}`);
  }
  function checkValue(key: string, v: string, i: number): void {
    const errs = validateLabelValue(v);
    if (errs.length) fail(`unable to parse requirement: values[${i}][${key}]: Invalid value: "${v}": ${errs.join('; ')}`);
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
