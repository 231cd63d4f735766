// A hand-rolled grid layout: deterministic, O(n), and stable as pods come and go.
// Columns from left to right: pod owners (Deployments…), ReplicaSets, the cluster (control plane,
// Pending area, then the worker nodes in a grid), Services. Sizes are fixed so that nothing needs
// measuring before it can be placed.

export const POD_W = 140;
export const POD_H = 44;
export const GAP = 8;
export const POD_COLS = 3;
export const PAD = 12;
export const HEAD = 58;

export const GROUP_W = PAD * 2 + POD_COLS * POD_W + (POD_COLS - 1) * GAP;
/** height of an aggregated node (counts by status) */
export const AGG_H = HEAD + 84;

export const COMPONENT_W = 150;
export const COMPONENT_H = 56;
export const CP_W = PAD * 2 + 5 * COMPONENT_W + 4 * GAP;
export const CP_H = HEAD + COMPONENT_H + PAD + 18; // + caption line

/** The Pending area always has room for this many pod boxes; more pending pods show as counts. */
export const PENDING_ROWS = 3;
export const PENDING_MAX = PENDING_ROWS * POD_COLS;

export const WORKLOAD_W = 210;
export const WORKLOAD_H = 62;
export const WORKLOAD_GAP = 16;
export const RS_X = WORKLOAD_W + 50;
export const CLUSTER_X = RS_X + WORKLOAD_W + 90;
export const GROUP_GAP = 40;

export const SERVICE_W = 210;
export const SERVICE_H = 66;

export function rowsHeight(rows: number): number {
  return HEAD + Math.max(1, rows) * (POD_H + GAP) - GAP + PAD;
}

export const BAND_H = Math.max(CP_H, rowsHeight(PENDING_ROWS));
/** y of the first row of worker nodes, relative to the top of the cluster */
export const NODES_Y = BAND_H + GROUP_GAP;

/** Where the pod in `slot` sits inside its group. */
export function slotPosition(slot: number): { x: number; y: number } {
  return { x: PAD + (slot % POD_COLS) * (POD_W + GAP), y: HEAD + Math.floor(slot / POD_COLS) * (POD_H + GAP) };
}

export function groupHeight(maxSlot: number, aggregated: boolean): number {
  if (aggregated) return AGG_H;
  return rowsHeight(Math.ceil((maxSlot + 1) / POD_COLS));
}

/** How many worker nodes a row holds: three for small clusters, a square-ish grid for large ones. */
export function nodeColumns(nodeCount: number): number {
  return Math.max(3, Math.ceil(Math.sqrt(nodeCount)));
}

/**
 * Remembers which slot each pod holds in its group, so that a pod keeps its place while others come
 * and go: a new pod takes the lowest free slot, a deleted pod frees its slot. Deterministic for a
 * given sequence of calls.
 */
export class SlotAllocator {
  private groups = new Map<string, Map<string, number>>();
  private seen = new Set<string>();

  /** Slots for `keys` in `group`; `order` ranks new keys (older pods first). */
  assign(group: string, keys: readonly string[], order: (a: string, b: string) => number): Map<string, number> {
    this.seen.add(group);
    const prev = this.groups.get(group) ?? new Map<string, number>();
    const next = new Map<string, number>();
    const fresh: string[] = [];
    for (const k of keys) {
      const s = prev.get(k);
      if (s === undefined) fresh.push(k);
      else next.set(k, s);
    }
    if (fresh.length > 0) {
      fresh.sort(order);
      const used = new Set(next.values());
      let free = 0;
      for (const k of fresh) {
        while (used.has(free)) free++;
        next.set(k, free);
        used.add(free);
      }
    }
    this.groups.set(group, next);
    return next;
  }

  /** Forget a group, e.g. when it switches to counts. */
  drop(group: string): void {
    this.groups.delete(group);
  }

  /** Call after each full derivation: forgets groups that were not used in it. */
  sweep(): void {
    for (const g of this.groups.keys()) if (!this.seen.has(g)) this.groups.delete(g);
    this.seen.clear();
  }
}
