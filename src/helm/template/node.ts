// The parse tree of a Go template (mirrors text/template/parse/node.go): the node kinds and their
// String() forms, which exec errors quote as `at <.Values.x.y>`.
export interface Pos {
  pos: number;
}
export interface ListNode extends Pos { kind: 'list'; nodes: Node[] }
export interface TextNode extends Pos { kind: 'text'; text: string }
export interface CommentNode extends Pos { kind: 'comment'; text: string }
export interface ActionNode extends Pos { kind: 'action'; pipe: PipeNode }
export interface BranchNode extends Pos { kind: 'if' | 'range' | 'with'; pipe: PipeNode; list: ListNode; elseList: ListNode | null }
export interface TemplateNode extends Pos { kind: 'template'; name: string; pipe: PipeNode | null }
export interface BreakNode extends Pos { kind: 'break' }
export interface ContinueNode extends Pos { kind: 'continue' }
export type Node = ListNode | TextNode | CommentNode | ActionNode | BranchNode | TemplateNode | BreakNode | ContinueNode;

export interface PipeNode extends Pos { kind: 'pipe'; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
export interface CommandNode extends Pos { kind: 'command'; args: ArgNode[] }
export interface FieldNode extends Pos { kind: 'field'; ident: string[] }
export interface VariableNode extends Pos { kind: 'variable'; ident: string[] }
export interface ChainNode extends Pos { kind: 'chain'; node: ArgNode; field: string[] }
export interface IdentifierNode extends Pos { kind: 'identifier'; name: string }
export interface DotNode extends Pos { kind: 'dot' }
export interface NilNode extends Pos { kind: 'nil' }
export interface BoolNode extends Pos { kind: 'bool'; val: boolean }
/** a numeric constant; `value` is bigint for Go's int (ideal integer) and number for float64 */
export interface NumberNode extends Pos { kind: 'number'; text: string; value: bigint | number }
export interface StringNode extends Pos { kind: 'string'; quoted: string; text: string }
export type ArgNode =
  | FieldNode | VariableNode | ChainNode | IdentifierNode | DotNode | NilNode | BoolNode | NumberNode | StringNode | PipeNode;

/** Go's Node.String() for the nodes an error can point at */
export function nodeString(n: Node | ArgNode | CommandNode): string {
  switch (n.kind) {
    case 'field': return n.ident.map((i) => '.' + i).join('');
    case 'variable': return n.ident.join('.');
    case 'chain': {
      const inner = n.node.kind === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node);
      return inner + n.field.map((f) => '.' + f).join('');
    }
    case 'identifier': return n.name;
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'bool': return String(n.val);
    case 'number': return n.text;
    case 'string': return n.quoted;
    case 'command': return n.args.map((a) => (a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'pipe': {
      const decl = n.decl.length ? n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ') : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
    case 'action': return `{{${nodeString(n.pipe)}}}`;
    case 'text': return n.text;
    case 'comment': return `{{${n.text}}}`;
    case 'list': return n.nodes.map(nodeString).join('');
    case 'if': case 'range': case 'with': {
      const els = n.elseList ? `{{else}}${nodeString(n.elseList)}` : '';
      return `{{${n.kind} ${nodeString(n.pipe)}}}${nodeString(n.list)}${els}{{end}}`;
    }
    case 'template': return n.pipe ? `{{template ${JSON.stringify(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${JSON.stringify(n.name)}}}`;
    case 'break': return '{{break}}';
    case 'continue': return '{{continue}}';
  }
}
