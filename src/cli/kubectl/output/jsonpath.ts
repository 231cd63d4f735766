// -o jsonpath=TEMPLATE and --sort-by: the subset of client-go's JSONPath (util/jsonpath) learners use:
// `{.a.b}`, `{.items[0]}`, `{.items[*].metadata.name}`, `{..image}`, `{.a['k.with.dots']}`,
// `{.status.conditions[?(@.type=="Ready")].status}`, `{range .items[*]}…{end}`, `{"\n"}`.
// Missing keys print nothing (kubectl's --allow-missing-template-keys=true).
import { toGoJsonCompact } from './json';

type Step =
  | { kind: 'field'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'all' }
  | { kind: 'recursive'; name: string }
  | { kind: 'filter'; path: Step[]; op?: '==' | '!='; value?: string | number | boolean };

type Node = { kind: 'text'; text: string } | { kind: 'path'; steps: Step[] } | { kind: 'range'; steps: Step[]; body: Node[] };

export class JsonPathError extends Error {}

function parseLiteral(s: string): string | number | boolean {
  const t = s.trim();
  if (/^(['"]).*\1$/.test(t)) return t.slice(1, -1);
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  throw new JsonPathError(`unrecognized literal ${t}`);
}

export function parsePath(src: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const s = src.trim();
  if (s.startsWith('$')) i = 1;
  const ident = (): string => {
    let name = '';
    while (i < s.length && !'.[ '.includes(s[i])) {
      if (s[i] === '\\' && i + 1 < s.length) i++;
      name += s[i++];
    }
    return name;
  };
  while (i < s.length) {
    if (s.startsWith('..', i)) {
      i += 2;
      steps.push({ kind: 'recursive', name: ident() });
    } else if (s[i] === '.') {
      i++;
      if (s[i] === '*') {
        i++;
        steps.push({ kind: 'all' });
      } else {
        const name = ident();
        if (name !== '') steps.push({ kind: 'field', name });
      }
    } else if (s[i] === '[') {
      const close = s[i + 1] === '?' ? s.indexOf(')]', i) + 1 : s.indexOf(']', i);
      if (close <= i) throw new JsonPathError(`unclosed [ in ${src}`);
      const inner = s.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === '*') steps.push({ kind: 'all' });
      else if (/^-?\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else if (/^(['"]).*\1$/.test(inner)) steps.push({ kind: 'field', name: inner.slice(1, -1) });
      else if (inner.startsWith('?(') && inner.endsWith(')')) {
        const m = /^@((?:\.[^=!<>\s]+)*)\s*(?:(==|!=)\s*(.+))?$/.exec(inner.slice(2, -1).trim());
        if (!m) throw new JsonPathError(`unsupported filter ${inner}`);
        steps.push({ kind: 'filter', path: parsePath(m[1]), op: m[2] as '==' | '!=' | undefined, value: m[3] !== undefined ? parseLiteral(m[3]) : undefined });
      } else throw new JsonPathError(`unsupported subscript [${inner}]`);
    } else if (s[i] === ' ') i++;
    else steps.push({ kind: 'field', name: ident() });
  }
  return steps;
}

function children(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null) return Object.keys(v).sort().map((k) => (v as Record<string, unknown>)[k]);
  return [];
}

function descend(v: unknown, name: string, out: unknown[]): void {
  if (typeof v !== 'object' || v === null) return;
  if (!Array.isArray(v) && name in (v as object)) out.push((v as Record<string, unknown>)[name]);
  for (const c of children(v)) descend(c, name, out);
}

export function evaluate(steps: Step[], input: unknown[]): unknown[] {
  let cur = input;
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of cur) {
      if (step.kind === 'field') {
        if (typeof v === 'object' && v !== null && !Array.isArray(v) && step.name in v) next.push((v as Record<string, unknown>)[step.name]);
      } else if (step.kind === 'index') {
        if (Array.isArray(v)) {
          const idx = step.index < 0 ? v.length + step.index : step.index;
          if (idx >= 0 && idx < v.length) next.push(v[idx]);
        }
      } else if (step.kind === 'all') next.push(...children(v));
      else if (step.kind === 'recursive') descend(v, step.name, next);
      else if (Array.isArray(v)) {
        for (const item of v) {
          const found = evaluate(step.path, [item]);
          if (step.op === undefined ? found.length > 0 : found.some((f) => f === step.value) === (step.op === '==')) next.push(item);
        }
      }
    }
    cur = next;
  }
  return cur;
}

function parseTemplate(tpl: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  const ranges: Array<Extract<Node, { kind: 'range' }>> = [];
  let i = 0;
  while (i < tpl.length) {
    const open = tpl.indexOf('{', i);
    if (open < 0) {
      stack[stack.length - 1].push({ kind: 'text', text: tpl.slice(i) });
      break;
    }
    if (open > i) stack[stack.length - 1].push({ kind: 'text', text: tpl.slice(i, open) });
    const close = tpl.indexOf('}', open);
    if (close < 0) throw new JsonPathError(`unclosed action`);
    const expr = tpl.slice(open + 1, close).trim();
    i = close + 1;
    if (/^(['"]).*\1$/s.test(expr)) {
      stack[stack.length - 1].push({ kind: 'text', text: expr.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t') });
    } else if (expr.startsWith('range ')) {
      const node = { kind: 'range' as const, steps: parsePath(expr.slice(6)), body: [] as Node[] };
      stack[stack.length - 1].push(node);
      ranges.push(node);
      stack.push(node.body);
    } else if (expr === 'end') {
      if (ranges.length === 0) throw new JsonPathError('not in range, nothing to end');
      ranges.pop();
      stack.pop();
    } else {
      stack[stack.length - 1].push({ kind: 'path', steps: parsePath(expr) });
    }
  }
  return root;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return toGoJsonCompact(v);
}

function run(nodes: Node[], data: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'path') out += evaluate(n.steps, [data]).map(text).join(' ');
    else for (const item of evaluate(n.steps, [data])) out += run(n.body, item);
  }
  return out;
}

/** Executes a kubectl jsonpath template (`{.spec.clusterIP}`) against `data`. */
export function executeJsonPath(template: string, data: unknown): string {
  return run(parseTemplate(template), data);
}
