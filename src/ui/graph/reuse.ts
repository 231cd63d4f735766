// Structural sharing between successive graphs: a node or edge whose content did not change keeps
// its previous object, so memoised node components and React Flow's own diffing skip it. With
// 10,000 pods a watch batch usually touches a handful; everything else is reused.
import type { GraphEdge, GraphNode } from './graph-types';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameShallow(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') return sameShallow(a, b);
  return false;
}

function sameShallow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function sameNode(a: GraphNode, b: GraphNode): boolean {
  return a.type === b.type && a.parentId === b.parentId && a.width === b.width && a.height === b.height
    && a.position.x === b.position.x && a.position.y === b.position.y && sameShallow(a.data, b.data);
}

function sameEdge(a: GraphEdge, b: GraphEdge): boolean {
  return a.source === b.source && a.target === b.target && a.sourceHandle === b.sourceHandle && a.targetHandle === b.targetHandle && a.className === b.className;
}

function reuseList<T extends { id: string }>(prev: readonly T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  const old = new Map(prev.map((x) => [x.id, x]));
  let changed = prev.length !== next.length;
  const out = next.map((x, i) => {
    const p = old.get(x.id);
    if (p && same(p, x)) {
      if (prev[i] !== p) changed = true;
      return p;
    }
    changed = true;
    return x;
  });
  return changed ? out : (prev as T[]);
}

export function reuseNodes(prev: readonly GraphNode[], next: GraphNode[]): GraphNode[] {
  return reuseList(prev, next, sameNode);
}

export function reuseEdges(prev: readonly GraphEdge[], next: GraphEdge[]): GraphEdge[] {
  return reuseList(prev, next, sameEdge);
}
