// The function table: each function declares Go parameter types so that calls are checked as
// text/template checks them (exec.go evalCall/validateType), with Go's messages.
import type { GoValue } from './value';

export type ParamType = 'any' | 'string' | 'int' | 'bool' | 'float64' | 'list' | 'map';

export interface FuncSpec {
  fn: (...args: never[]) => GoValue;
  params: ParamType[];
  /** the type of any further arguments (a Go variadic parameter) */
  variadic?: ParamType;
}
export type FuncMap = Record<string, FuncSpec>;

/** declares a function: `def(['string','any'], (s, v) => …)` */
export function def<A extends unknown[]>(params: ParamType[], fn: (...args: A) => GoValue, variadic?: ParamType): FuncSpec {
  return { fn: fn as unknown as FuncSpec['fn'], params, variadic };
}

/** a function map layered over `parent` (prototype chain ending in null, so no Object.prototype
 * names like "constructor" pass for functions); layers make per-render maps cheap */
export function funcLayer(parent: FuncMap | null, own: FuncMap = {}): FuncMap {
  return Object.assign(Object.create(parent) as FuncMap, own);
}

export const GO_TYPE: Record<ParamType, string> = {
  any: 'interface {}', string: 'string', int: 'int', bool: 'bool', float64: 'float64',
  list: '[]interface {}', map: 'map[string]interface {}',
};
