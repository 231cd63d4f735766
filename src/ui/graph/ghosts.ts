// Pods that just disappeared stay on screen for a moment, fading out, so that a deletion is seen
// rather than missed. Pure bookkeeping: the caller supplies the clock and re-renders when asked.
import type { GraphNode, PodNode } from './graph-types';

export const GHOST_MS = 450;
/** beyond this many pods (or removals at once) nothing lingers: at scale it is noise */
const MAX_GHOSTS = 50;

export class Ghosts {
  private leaving = new Map<string, { node: PodNode; until: number }>();

  /** `next` plus the pods that were in `prev` but are gone, as long as their box still exists. */
  apply(prev: readonly GraphNode[], next: GraphNode[], now: number): GraphNode[] {
    const ids = new Set(next.map((n) => n.id));
    for (const [id, g] of this.leaving) if (g.until <= now || ids.has(id) || !ids.has(g.node.parentId ?? '')) this.leaving.delete(id);
    if (next.length < 2000) {
      for (const n of prev) {
        if (n.type !== 'pod' || n.data.leaving || ids.has(n.id) || this.leaving.has(n.id) || !ids.has(n.parentId ?? '') || this.leaving.size >= MAX_GHOSTS) continue;
        this.leaving.set(n.id, { node: { ...n, data: { ...n.data, leaving: true } }, until: now + GHOST_MS });
      }
    }
    if (this.leaving.size === 0) return next;
    return [...next, ...[...this.leaving.values()].map((g) => g.node)];
  }

  /** When the next ghost should go, or undefined when none is left. */
  nextExpiry(): number | undefined {
    let t: number | undefined;
    for (const g of this.leaving.values()) t = t === undefined ? g.until : Math.min(t, g.until);
    return t;
  }
}
