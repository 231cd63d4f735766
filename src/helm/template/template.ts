// A set of parsed templates sharing names (text/template's Template with its associated
// templates): files parsed in order, a later `define` replacing an earlier one, as Go does.
import { builtinFuncs } from './builtins';
import { compareFuncs } from './compare';
import { execute, type MissingKey } from './exec';
import { funcLayer, type FuncMap } from './funcs';
import { parse, type Tree } from './parse';
import type { GoValue } from './value';

/** text/template's predefined functions; and/or are evaluated lazily by exec.ts (listed for parsing) */
export const BASE_FUNCS: FuncMap = funcLayer(null, { ...builtinFuncs, ...compareFuncs, and: builtinFuncs.not, or: builtinFuncs.not });

export class TemplateSet {
  readonly trees = new Map<string, Tree>();
  readonly funcs: FuncMap;

  /** `funcs` are added over the builtins; `layer` (a funcLayer over BASE_FUNCS) is used as is */
  constructor(funcs: FuncMap = {}, readonly missingKey: MissingKey = 'zero', layer?: FuncMap) {
    this.funcs = layer ?? funcLayer(BASE_FUNCS, funcs);
  }

  /** parse results to reuse, for sets whose function names never change (Helm's) */
  parseCache: Map<string, Map<string, Tree>> | undefined;

  /** parses `text` as the template `name` (and its defines); throws ParseError */
  parse(name: string, text: string): this {
    const key = `${name}\0${text}`;
    let trees = this.parseCache?.get(key);
    if (!trees) {
      trees = parse(name, text, (f) => f in this.funcs);
      if (this.parseCache) {
        if (this.parseCache.size >= 2000) this.parseCache.delete(this.parseCache.keys().next().value!);
        this.parseCache.set(key, trees);
      }
    }
    for (const [n, t] of trees) {
      // parse.go AddParseTree/associate: an empty body does not replace an existing definition
      const existing = this.trees.get(n);
      if (existing && isEmpty(t) && n !== name) continue;
      this.trees.set(n, t);
    }
    return this;
  }

  /** a copy sharing the parsed trees (Template.Clone), for tpl */
  clone(funcs: FuncMap = {}): TemplateSet {
    const c = new TemplateSet({}, this.missingKey, funcLayer(this.funcs, funcs));
    for (const [n, t] of this.trees) c.trees.set(n, t);
    return c;
  }

  has(name: string): boolean {
    return this.trees.has(name);
  }

  execute(name: string, data: GoValue): string {
    return execute({ trees: this.trees, funcs: this.funcs, missingKey: this.missingKey }, name, data);
  }
}

function isEmpty(t: Tree): boolean {
  return t.root.nodes.every((n) => (n.kind === 'text' && n.text.trim() === '') || n.kind === 'comment');
}
