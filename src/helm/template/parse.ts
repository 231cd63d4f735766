// The parser of Go's text/template (mirrors text/template/parse/parse.go): one Tree per template
// name, `define`/`block` adding trees, and Go's error texts ("unexpected EOF", "function %q not
// defined", "undefined variable %q", ...), thrown as `template: NAME:LINE: MSG`.
import { lex, type Item } from './lex';
import type {
  ArgNode, BranchNode, CommandNode, ListNode, Node, PipeNode, TemplateNode, VariableNode,
} from './node';
import { parseNumber, unquoteChar, unquoteString } from './literals';

export interface Tree {
  name: string;
  /** the file the tree was parsed from (its text locates error lines and columns) */
  parseName: string;
  text: string;
  root: ListNode;
}

export class ParseError extends Error {
  constructor(readonly parseName: string, readonly line: number, readonly detail: string) {
    super(`template: ${parseName}:${line}: ${detail}`);
  }
}

/** Go's item.String(): how an unexpected token is quoted in errors */
function itemString(i: Item): string {
  if (i.type === 'eof') return 'EOF';
  if (i.type === 'error') return i.val;
  if (i.type === 'keyword') return `<${i.val}>`;
  if ([...i.val].length > 10) return `${goQuote([...i.val].slice(0, 10).join(''))}...`;
  return goQuote(i.val);
}
const goQuote = (s: string) => JSON.stringify(s);

const END = 'end';
const ELSE = 'else';
type Ctl = { kind: typeof END | typeof ELSE; item: Item };

/** Parses `text` (the file `name`) into trees: the file's own and one per `define`/`block`. */
export function parse(name: string, text: string, hasFunction: (name: string) => boolean): Map<string, Tree> {
  const items = lex(text);
  const trees = new Map<string, Tree>();
  let i = 0;
  let vars: string[] = ['$'];
  let rangeDepth = 0;
  let actionLine = 0;
  const lastLine = () => items[Math.max(0, i - 1)]?.line ?? 1;

  const errorf = (msg: string, line = lastLine()): never => { throw new ParseError(name, line, msg); };
  const next = (): Item => items[i++] ?? items[items.length - 1];
  const peek = (): Item => items[i] ?? items[items.length - 1];
  const backup = (n = 1) => { i -= n; };
  const nextNonSpace = (): Item => { let t = next(); while (t.type === 'space') t = next(); return t; };
  const peekNonSpace = (): Item => { const t = nextNonSpace(); backup(); return t; };
  const unexpected = (t: Item, context: string): never => {
    if (t.type === 'error') {
      let extra = actionLine !== 0 && actionLine !== t.line ? ` in action started at ${name}:${actionLine}` : '';
      if (extra && t.val.endsWith(' action')) extra = extra.slice(' in action'.length); // parse.go: no "action in action"
      return errorf(`${t.val}${extra}`, t.line);
    }
    return errorf(`unexpected ${itemString(t)} in ${context}`, t.line);
  };
  const expect = (type: Item['type'], context: string): Item => {
    const t = nextNonSpace();
    if (t.type !== type) unexpected(t, context);
    return t;
  };
  const list = (pos: number): ListNode => ({ kind: 'list', pos, nodes: [] });

  function itemList(): { list: ListNode; ctl: Ctl } {
    const l = list(peekNonSpace().pos);
    while (peekNonSpace().type !== 'eof') {
      const n = textOrAction();
      if (isCtl(n)) return { list: l, ctl: n };
      if (n) l.nodes.push(n);
    }
    // Go reports the line of the token it peeked: the EOF
    return errorf('unexpected EOF', peek().line);
  }
  const isCtl = (n: Node | Ctl | null): n is Ctl => n !== null && (n.kind === END || n.kind === ELSE);

  function textOrAction(): Node | Ctl | null {
    const t = nextNonSpace();
    switch (t.type) {
      case 'text': return { kind: 'text', pos: t.pos, text: t.val };
      case 'leftDelim': {
        actionLine = t.line;
        try { return action(); } finally { actionLine = 0; }
      }
      case 'comment': return { kind: 'comment', pos: t.pos, text: t.val };
      default: return unexpected(t, 'input');
    }
  }

  function action(): Node | Ctl {
    const t = nextNonSpace();
    if (t.type === 'keyword') {
      switch (t.val) {
        case 'block': return blockControl();
        case 'break': case 'continue': {
          if (rangeDepth === 0) errorf(`{{${t.val}}} outside {{range}}`);
          expect('rightDelim', `{{${t.val}}}`);
          return { kind: t.val, pos: t.pos };
        }
        case 'else': {
          const p = peekNonSpace();
          if (!(p.type === 'keyword' && (p.val === 'if' || p.val === 'with'))) expect('rightDelim', 'else');
          return { kind: ELSE, item: t };
        }
        case 'end': expect('rightDelim', 'end'); return { kind: END, item: t };
        case 'if': case 'range': case 'with': return control(t.val, t);
        case 'template': return templateControl();
      }
    }
    backup();
    const p = peek();
    return { kind: 'action', pos: p.pos, pipe: pipeline('command', 'rightDelim') };
  }

  function control(kind: 'if' | 'range' | 'with', t: Item): BranchNode {
    const mark = vars.length;
    const pipe = pipeline(kind, 'rightDelim');
    if (kind === 'range') rangeDepth++;
    const body = itemList();
    if (kind === 'range') rangeDepth--;
    let elseList: ListNode | null = null;
    if (body.ctl.kind === ELSE) {
      const p = peek();
      if ((kind === 'if' || kind === 'with') && p.type !== 'rightDelim' && peekNonSpace().val === kind) {
        // `{{else if x}}` is `{{else}}{{if x}}…{{end}}{{end}}` sharing the end (parse.go)
        const kw = nextNonSpace();
        elseList = list(kw.pos);
        elseList.nodes.push(control(kind, kw));
      } else {
        const e = itemList();
        if (e.ctl.kind !== END) errorf(`expected end; found {{else}}`);
        elseList = e.list;
      }
    }
    vars = vars.slice(0, mark);
    return { kind, pos: t.pos, pipe, list: body.list, elseList };
  }

  function templateName(t: Item, context: string): string {
    if (t.type === 'string' || t.type === 'rawString') return unquoteString(t.val) ?? errorf(`invalid syntax`);
    return unexpected(t, context);
  }

  function templateControl(): TemplateNode {
    const t = nextNonSpace();
    const n = templateName(t, 'template clause');
    let pipe: PipeNode | null = null;
    if (nextNonSpace().type !== 'rightDelim') { backup(); pipe = pipeline('template', 'rightDelim'); }
    return { kind: 'template', pos: t.pos, name: n, pipe };
  }

  function blockControl(): TemplateNode {
    const t = nextNonSpace();
    const n = templateName(t, 'block clause');
    const pipe = pipeline('block', 'rightDelim');
    const outer = vars;
    vars = ['$'];
    const body = itemList();
    if (body.ctl.kind !== END) errorf(`unexpected {{else}} in block clause`);
    trees.set(n, { name: n, parseName: name, text, root: body.list });
    vars = outer;
    return { kind: 'template', pos: t.pos, name: n, pipe };
  }

  function definition(): void {
    const n = templateName(nextNonSpace(), 'define clause');
    expect('rightDelim', 'define clause');
    vars = ['$'];
    const body = itemList();
    if (body.ctl.kind !== END) errorf(`unexpected {{else}} in define clause`);
    trees.set(n, { name: n, parseName: name, text, root: body.list });
    vars = ['$'];
  }

  function pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const pipe: PipeNode = { kind: 'pipe', pos: peekNonSpace().pos, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = peekNonSpace();
      if (v.type !== 'variable') break;
      next();
      const afterVar = peek();
      const n = peekNonSpace();
      if (n.type === 'assign' || n.type === 'declare') {
        pipe.isAssign = n.type === 'assign';
        nextNonSpace();
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: [v.val] });
        vars.push(v.val);
      } else if (n.type === 'comma') {
        nextNonSpace();
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: [v.val] });
        vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = peekNonSpace();
          if (p.type === 'variable' || p.type === 'rightDelim' || p.type === 'rightParen') continue decls;
          errorf(`range can only initialize variables`);
        }
        errorf(`too many declarations in ${context}`);
      } else if (afterVar.type === 'space') {
        backup(2);
      } else {
        backup();
      }
      break;
    }
    for (;;) {
      const t = nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0) errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, k) => {
          const first = c.args[0].kind;
          if (first === 'bool' || first === 'dot' || first === 'nil' || first === 'number' || first === 'string') {
            errorf(`non executable command in pipeline stage ${k + 2}`);
          }
        });
        return pipe;
      }
      if (['bool', 'char', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen'].includes(t.type)) {
        backup();
        pipe.cmds.push(command());
      } else unexpected(t, context);
    }
  }

  function command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: peekNonSpace().pos, args: [] };
    for (;;) {
      peekNonSpace();
      const op = operand();
      if (op) cmd.args.push(op);
      const t = next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') backup();
      else if (t.type !== 'pipe') unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) errorf('empty command');
    return cmd;
  }

  function operand(): ArgNode | null {
    const node = term();
    if (!node) return null;
    if (peek().type !== 'field') return node;
    // Go gives the chain (and the field or variable made of it) the position of its first `.x`
    const pos = peek().pos;
    const fields: string[] = [];
    while (peek().type === 'field') fields.push(next().val.slice(1));
    switch (node.kind) {
      case 'field': return { kind: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable': return { kind: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool': case 'string': case 'number': case 'nil': case 'dot':
        return errorf(`unexpected . after term ${goQuote(node.kind === 'string' ? node.quoted : node.kind === 'bool' ? String(node.val) : node.kind === 'number' ? node.text : node.kind === 'nil' ? 'nil' : '.')}`);
      default: return { kind: 'chain', pos, node, field: fields };
    }
  }

  function term(): ArgNode | null {
    const t = nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!hasFunction(t.val)) errorf(`function ${goQuote(t.val)} not defined`);
        return { kind: 'identifier', pos: t.pos, name: t.val };
      case 'dot': return { kind: 'dot', pos: t.pos };
      case 'nil': return { kind: 'nil', pos: t.pos };
      case 'variable': {
        const ident = t.val.split('.');
        if (!vars.includes(ident[0])) errorf(`undefined variable ${goQuote(ident[0])}`);
        return { kind: 'variable', pos: t.pos, ident };
      }
      case 'field': return { kind: 'field', pos: t.pos, ident: [t.val.slice(1)] };
      case 'bool': return { kind: 'bool', pos: t.pos, val: t.val === 'true' };
      case 'char': case 'number': {
        const value = t.type === 'char' ? unquoteChar(t.val) : parseNumber(t.val);
        if (value === null) return errorf(`illegal number syntax: ${goQuote(t.val)}`);
        return { kind: 'number', pos: t.pos, text: t.val, value };
      }
      case 'leftParen': return pipeline('parenthesized pipeline', 'rightParen');
      case 'string': case 'rawString': {
        const s = unquoteString(t.val);
        if (s === null) return errorf(`invalid syntax`);
        return { kind: 'string', pos: t.pos, quoted: t.val, text: s };
      }
      default: backup(); return null;
    }
  }

  // the top level: text, actions and definitions (parse.go Tree.parse)
  const root = list(0);
  while (peek().type !== 'eof') {
    if (peek().type === 'leftDelim') {
      const d = next();
      if (nextNonSpace().type === 'keyword' && items[i - 1].val === 'define') {
        actionLine = d.line;
        definition();
        actionLine = 0;
        continue;
      }
      i = items.indexOf(d);
    }
    const n = textOrAction();
    if (isCtl(n)) errorf(`unexpected {{${n.kind}}}`, n.item.line);
    else if (n) root.nodes.push(n);
  }
  trees.set(name, { name, parseName: name, text, root });
  return trees;
}

export type { VariableNode };
