// The executor of Go's text/template (mirrors text/template/exec.go): walks a Tree with dot and
// variables, evaluates pipelines and calls functions with Go's argument checks and error texts.
import type { ArgNode, BranchNode, CommandNode, FieldNode, ListNode, Node, PipeNode, VariableNode } from './node';
import { nodeString } from './node';
import { position } from './lex';
import type { Tree } from './parse';
import { ExecError, GoError } from './errors';
import { GO_TYPE, type FuncMap, type FuncSpec, type ParamType } from './funcs';
import { GoStruct, formatV, intOf, isMap, isTrue, typeName, type GoValue } from './value';
import { compareFuncs } from './compare';

export type MissingKey = 'zero' | 'error' | 'default';
const MAX_DEPTH = 100000;

export interface ExecEnv {
  trees: Map<string, Tree>;
  funcs: FuncMap;
  missingKey: MissingKey;
}

class BreakSignal {}
class ContinueSignal {}
interface Variable { name: string; value: GoValue }

/** Executes the template `name` with `data`; throws ExecError as Go does. */
export function execute(env: ExecEnv, name: string, data: GoValue): string {
  const tree = env.trees.get(name);
  if (!tree) throw new GoError(`template: no template "${name}" associated with template "gotpl"`);
  const s = new State(env, tree, [{ name: '$', value: data }], 0);
  s.walk(data, tree.root);
  return s.out.join('');
}

class State {
  out: string[] = [];
  node: { pos: number } | null = null;
  /** dot is a range element (an interface {} value in Go) */
  dotIface = false;
  constructor(readonly env: ExecEnv, readonly tree: Tree, public vars: Variable[], readonly depth: number) {}

  at(n: { pos: number }) { this.node = n; }

  errorf(msg: string, cause?: Error): never {
    const n = this.node;
    if (!n) throw new ExecError(this.tree.name, `template: ${this.tree.name}: ${msg}`, cause);
    const { line, col } = position(this.tree.text, n.pos);
    const ctx = nodeString(n as never);
    throw new ExecError(this.tree.name, `template: ${this.tree.parseName}:${line}:${col}: executing "${this.tree.name}" at <${ctx}>: ${msg}`, cause);
  }

  walk(dot: GoValue, node: Node): void {
    this.at(node);
    switch (node.kind) {
      case 'action': {
        const v = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.out.push(printValue(v));
        return;
      }
      case 'list': for (const n of node.nodes) this.walk(dot, n); return;
      case 'text': this.out.push(node.text); return;
      case 'comment': return;
      case 'if': case 'with': return this.walkIfOrWith(dot, node);
      case 'range': return this.walkRange(dot, node);
      case 'break': throw new BreakSignal();
      case 'continue': throw new ContinueSignal();
      case 'template': {
        const tree = this.env.trees.get(node.name);
        if (!tree) this.errorf(`template ${JSON.stringify(node.name)} not defined`);
        if (this.depth >= MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
        const newDot = node.pipe ? this.evalPipeline(dot, node.pipe) : MISSING;
        const sub = new State(this.env, tree, [{ name: '$', value: newDot }], this.depth + 1);
        sub.out = this.out;
        try {
          sub.walk(newDot, tree.root);
        } catch (e) {
          // JS runs out of stack long before Go's depth limit: report it as Go does
          if (e instanceof RangeError) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
          throw e;
        }
        return;
      }
    }
  }

  private walkIfOrWith(dot: GoValue, node: BranchNode) {
    const mark = this.vars.length;
    const v = this.evalPipeline(dot, node.pipe);
    try {
      if (isTrue(v) && node.kind === 'with') {
        const saved = this.dotIface;
        this.dotIface = false;
        try { this.walk(v, node.list); } finally { this.dotIface = saved; }
      } else if (isTrue(v)) this.walk(dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: GoValue, node: BranchNode) {
    this.at(node);
    const mark = this.vars.length;
    const val = this.evalPipeline(dot, node.pipe);
    const mark2 = this.vars.length;
    const one = (index: GoValue, elem: GoValue): boolean => {
      if (node.pipe.decl.length > 0) {
        if (node.pipe.isAssign) {
          // `{{range $i, $v = …}}` assigns existing variables (Go 1.22)
          if (node.pipe.decl.length > 1) { this.setVar(node.pipe.decl[0].ident[0], index); this.setVar(node.pipe.decl[1].ident[0], elem); }
          else this.setVar(node.pipe.decl[0].ident[0], elem);
        } else {
          this.vars[mark2 - node.pipe.decl.length] = { name: node.pipe.decl[0].ident[0], value: node.pipe.decl.length > 1 ? index : elem };
          if (node.pipe.decl.length > 1) this.vars[mark2 - 1] = { name: node.pipe.decl[1].ident[0], value: elem };
        }
      }
      const saved = this.dotIface;
      this.dotIface = intOf(val) === undefined;
      try {
        this.walk(elem, node.list);
      } catch (e) {
        if (e instanceof BreakSignal) return false;
        if (!(e instanceof ContinueSignal)) throw e;
      } finally {
        this.vars.length = mark2;
        this.dotIface = saved;
      }
      return true;
    };
    try {
      let ran = false;
      if (Array.isArray(val)) {
        for (let i = 0; i < val.length; i++) { ran = true; if (!one(BigInt(i), val[i])) break; }
      } else if (isMap(val) || (val instanceof GoStruct && val.mapView)) {
        const m = isMap(val) ? val : val.mapView!;
        for (const k of Object.keys(m).sort()) { ran = true; if (!one(k, m[k])) break; }
      } else if (intOf(val) !== undefined) {
        // Go 1.22 ranges over an integer: 0 … n-1
        if (node.pipe.decl.length > 1) this.errorf(`can't use ${formatV(val)} to iterate over more than one variable`);
        const n = intOf(val)!;
        for (let i = 0n; i < n; i++) { ran = true; if (!one(i, i)) break; }
      } else if (val === null || val === undefined) {
        // nil: nothing to range over
      } else if (typeof val === 'function') {
        this.errorf(`range over func is not supported`);
      } else {
        this.errorf(`range can't iterate over ${formatV(val)}`);
      }
      if (!ran && node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private setVar(name: string, value: GoValue) {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) { this.vars[i].value = value; return; }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private varValue(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    return this.errorf(`undefined variable: ${name}`);
  }

  evalPipeline(dot: GoValue, pipe: PipeNode): GoValue {
    this.at(pipe);
    let value: GoValue = NO_FINAL;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    // exec.go evalPipeline unwraps an interface: a nil one becomes the invalid value, so a variable
    // holding a missing key is "no value" (and `$x.y` on it is no error)
    if (value === null) value = MISSING;
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.vars.push({ name: v.ident[0], value });
    }
    return value;
  }

  private evalCommand(dot: GoValue, cmd: CommandNode, final: GoValue): GoValue {
    const first = cmd.args[0];
    switch (first.kind) {
      case 'field': return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain': {
        const base = this.evalArgValue(dot, first.node);
        return this.evalFieldChain(dot, base, first, first.field, cmd.args, final);
      }
      case 'identifier': return this.evalFunction(dot, first.name, first, cmd, final);
      case 'pipe': this.notAFunction(cmd.args, final); return this.evalPipeline(dot, first);
      case 'variable': return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    if (first.kind === 'nil') this.errorf('nil is not a command');
    return this.evalArgValue(dot, first);
  }

  private notAFunction(args: ArgNode[], final: GoValue) {
    if (args.length > 1 || final !== NO_FINAL) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  /** the value of an argument node (no type to convert to) */
  evalArgValue(dot: GoValue, n: ArgNode): GoValue {
    this.at(n);
    switch (n.kind) {
      case 'dot': return dot;
      case 'nil': return null;
      case 'bool': return n.val;
      case 'number': return n.value;
      case 'string': return n.text;
      case 'field': return this.evalFieldNode(dot, n, [n], NO_FINAL);
      case 'variable': return this.evalVariableNode(dot, n, [n], NO_FINAL);
      case 'pipe': return this.evalPipeline(dot, n);
      case 'identifier': return this.evalFunction(dot, n.name, n, { kind: 'command', pos: n.pos, args: [n] }, NO_FINAL);
      case 'chain': {
        const base = this.evalArgValue(dot, n.node);
        return this.evalFieldChain(dot, base, n, n.field, [n], NO_FINAL);
      }
    }
  }

  private evalFieldNode(dot: GoValue, field: FieldNode, args: ArgNode[], final: GoValue): GoValue {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  private evalVariableNode(dot: GoValue, v: VariableNode, args: ArgNode[], final: GoValue): GoValue {
    this.at(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) { this.notAFunction(args, final); return value; }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(dot: GoValue, receiver: GoValue, node: { pos: number }, ident: string[], args: ArgNode[], final: GoValue): GoValue {
    const n = ident.length;
    // a value looked up in a map[string]interface{} (or a range element) has static type interface {}
    let iface = receiver === dot && this.dotIface;
    for (let i = 0; i < n - 1; i++) {
      receiver = this.evalField(dot, ident[i], node, [], NO_FINAL, receiver, iface);
      iface = true;
    }
    return this.evalField(dot, ident[n - 1], node, args, final, receiver, iface);
  }

  private evalField(dot: GoValue, name: string, node: { pos: number }, args: ArgNode[], final: GoValue, receiver: GoValue, iface: boolean): GoValue {
    // no s.at here (exec.go): a chain's error points at the last node evaluated, `<1>` in `(1).x`
    const hasArgs = args.length > 1 || final !== NO_FINAL;
    if (receiver === MISSING) {
      if (this.env.missingKey === 'error') this.errorf(`nil data; no entry for key ${JSON.stringify(name)}`);
      return MISSING;
    }
    if (receiver instanceof GoStruct) {
      const f = receiver.fields[name];
      if (typeof f === 'function') {
        const argv = args.slice(1).map((a) => this.evalArgValue(dot, a));
        if (final !== NO_FINAL) argv.push(final);
        this.at(node);
        try {
          return f(...argv);
        } catch (e) {
          if (e instanceof ExecError) throw e;
          return this.errorf(`error calling ${name}: ${(e as Error).message}`, e as Error);
        }
      }
      if (name in receiver.fields) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return receiver.fields[name];
      }
      return this.errorf(`can't evaluate field ${name} in type ${receiver.typeName}`);
    }
    if (isMap(receiver)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      if (Object.prototype.hasOwnProperty.call(receiver, name)) return receiver[name] ?? null;
      if (this.env.missingKey === 'error') this.errorf(`map has no entry for key ${JSON.stringify(name)}`);
      return this.env.missingKey === 'default' ? MISSING : null;
    }
    if (receiver === null || receiver === undefined) this.errorf(`nil pointer evaluating interface {}.${name}`);
    return this.errorf(`can't evaluate field ${name} in type ${iface ? 'interface {}' : typeName(receiver)}`);
  }

  private evalFunction(dot: GoValue, name: string, node: { pos: number }, cmd: CommandNode, final: GoValue): GoValue {
    this.at(node);
    if (name === 'and' || name === 'or') return this.evalAndOr(dot, name, cmd, final);
    const spec = this.env.funcs[name] ?? (compareFuncs as FuncMap)[name];
    if (!spec) return this.errorf(`${JSON.stringify(name)} is not a defined function`);
    return this.evalCall(dot, spec, name, cmd, final);
  }

  /** and/or evaluate their arguments lazily, returning the deciding one (Go 1.18) */
  private evalAndOr(dot: GoValue, name: string, cmd: CommandNode, final: GoValue): GoValue {
    const args = cmd.args.slice(1);
    const total = args.length + (final !== NO_FINAL ? 1 : 0);
    if (total < 1) this.errorf(`wrong number of args for ${name}: want at least 1 got 0`);
    let v: GoValue = null;
    for (let i = 0; i < total; i++) {
      v = i < args.length ? this.evalArgValue(dot, args[i]) : final;
      if (isTrue(v) === (name === 'or')) return v;
    }
    return v;
  }

  private evalCall(dot: GoValue, spec: FuncSpec, name: string, cmd: CommandNode, final: GoValue): GoValue {
    const args = cmd.args.slice(1);
    const numIn = args.length + (final !== NO_FINAL ? 1 : 0);
    const fixed = spec.params.length;
    if (spec.variadic) {
      if (numIn < fixed) this.errorf(`wrong number of args for ${name}: want at least ${fixed} got ${numIn}`);
    } else if (numIn !== fixed) {
      this.errorf(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
    }
    const fnNode = this.node!;
    const argv: GoValue[] = [];
    args.forEach((a, i) => argv.push(this.evalTypedArg(dot, a, i < fixed ? spec.params[i] : spec.variadic!)));
    if (final !== NO_FINAL) {
      this.at(fnNode);
      const t = numIn - 1 < fixed ? spec.params[numIn - 1] : spec.variadic!;
      argv.push(this.validateType(final, t));
    }
    try {
      return (spec.fn as (...a: GoValue[]) => GoValue)(...argv);
    } catch (e) {
      if (e instanceof BreakSignal || e instanceof ContinueSignal) throw e;
      const err = e as Error;
      // only a failed call moves the error position to the command (exec.go evalCall)
      this.at(cmd);
      return this.errorf(`error calling ${name}: ${err.message}`, err);
    }
  }

  private evalTypedArg(dot: GoValue, n: ArgNode, t: ParamType): GoValue {
    this.at(n);
    // constants convert to the parameter's type (exec.go evalArg)
    if (n.kind === 'number' && t !== 'any') {
      if (t === 'int' && typeof n.value === 'bigint') return n.value;
      if (t === 'float64') return Number(n.value);
      if (t === 'int') return this.errorf(`expected integer; found ${n.text}`);
    }
    if (n.kind === 'nil') {
      if (t !== 'any' && t !== 'list' && t !== 'map') this.errorf(`cannot assign nil to ${GO_TYPE[t]}`);
      // Go passes the zero reflect.Value for a literal nil (len says so differently from a nil value)
      return t === 'any' ? MISSING : null;
    }
    if ((t === 'map' || t === 'list') && (n.kind === 'string' || n.kind === 'bool' || n.kind === 'number')) {
      this.errorf(`can't handle ${nodeString(n)} for arg of type ${GO_TYPE[t]}`);
    }
    if (t !== 'any' && (n.kind === 'string' || n.kind === 'bool' || n.kind === 'number')) {
      const ok = (t === 'string' && n.kind === 'string') || (t === 'bool' && n.kind === 'bool');
      if (!ok) {
        const want = t === 'string' ? 'string' : t === 'bool' ? 'bool' : t === 'int' ? 'integer' : t === 'float64' ? 'float' : GO_TYPE[t];
        this.errorf(`expected ${want}; found ${nodeString(n)}`);
      }
    }
    return this.validateType(this.evalArgValue(dot, n), t);
  }

  /** exec.go validateType: a value must be assignable to the parameter's Go type */
  private validateType(v: GoValue, t: ParamType): GoValue {
    if (t === 'any') return v === MISSING ? null : v;
    if (v === null || v === undefined) {
      if ((t === 'list' || t === 'map') && v === undefined) return null;
      // a missing map key is a nil interface {} (typed); a nil pipeline result has no type at all
      if (v === null) return this.errorf(`wrong type for value; expected ${GO_TYPE[t]}; got interface {}`);
      return this.errorf(`invalid value; expected ${GO_TYPE[t]}`);
    }
    const actual = typeName(v);
    if (actual !== GO_TYPE[t]) this.errorf(`wrong type for value; expected ${GO_TYPE[t]}; got ${actual}`);
    return v;
  }
}

/** a value that is not there (Go's invalid reflect.Value): a nil pipeline result, missing keys under missingkey=default */
const MISSING = undefined;
/** "no piped-in value" (exec.go missingVal), distinct from a piped-in invalid value */
const NO_FINAL: GoValue = Object.freeze({}) as GoValue;

/** exec.go printValue: what an action writes */
export function printValue(v: GoValue): string {
  if (v === undefined || v === null) return '<no value>';
  return formatV(v);
}

export type { ListNode };
