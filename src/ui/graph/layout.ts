// A hand-rolled layout: deterministic, O(n), and stable as pods come and go. It reads top to bottom
// like the architecture slide: the control plane; the API objects that ask for pods (Deployments with
// their ReplicaSets below them, Services); the Pending area; then the worker nodes in a grid with
// their pods inside. Sizes are fixed so that nothing needs measuring before it can be placed.

export const POD_W = 136;
export const POD_H = 42;
export const GAP = 8;
export const POD_COLS = 2;
export const PAD = 10;
export const HEAD = 56;

export const GROUP_W = PAD * 2 + POD_COLS * POD_W + (POD_COLS - 1) * GAP;
/** height of an aggregated node (counts by status) */
export const AGG_H = HEAD + 84;
export const GROUP_GAP = 30;
/** vertical space between the bands (control plane, objects, Pending, nodes) */
export const BAND_GAP = 44;

export const COMPONENT_W = 124;
export const COMPONENT_H = 60;
export const CP_W = PAD * 2 + 5 * COMPONENT_W + 4 * GAP;
export const CP_H = 40 + COMPONENT_H + PAD + 20; // title, components, caption

export const WORKLOAD_W = 168;
export const WORKLOAD_H = 56;
/** between a Deployment and the row of its ReplicaSets */
export const WORKLOAD_ROW_GAP = 30;
export const WORKLOAD_GAP = 12;
/** between one owner's block and the next */
export const BLOCK_GAP = 28;

export const PENDING_ROWS = 2;
export const PENDING_HEAD = 40;

export function rowsHeight(rows: number, head = HEAD): number {
  return head + Math.max(1, rows) * (POD_H + GAP) - GAP + PAD;
}

/** Where the pod in `slot` sits inside its group. */
export function slotPosition(slot: number, cols = POD_COLS, head = HEAD): { x: number; y: number } {
  return { x: PAD + (slot % cols) * (POD_W + GAP), y: head + Math.floor(slot / cols) * (POD_H + GAP) };
}

export function groupHeight(maxSlot: number, aggregated: boolean): number {
  if (aggregated) return AGG_H;
  return rowsHeight(Math.ceil((maxSlot + 1) / POD_COLS));
}

/** How many worker nodes a row holds: three for small clusters, a square-ish grid for large ones. */
export function nodeColumns(nodeCount: number): number {
  return Math.max(3, Math.ceil(Math.sqrt(nodeCount)));
}

/** Width of the node grid, which sets the width of the Pending band and where objects wrap. */
export function clusterWidth(nodeCount: number, cols = nodeColumns(nodeCount)): number {
  const used = Math.min(Math.max(nodeCount, 1), cols);
  return Math.max(CP_W, used * (GROUP_W + GROUP_GAP) - GROUP_GAP);
}

/** Everything above the node grid, roughly: control plane, one band of objects, Pending. */
const BANDS_H = CP_H + BAND_GAP + 2 * (WORKLOAD_H + WORKLOAD_ROW_GAP) + BAND_GAP + HEAD + 2 * (POD_H + GAP) + BAND_GAP;

/**
 * Node columns that make the whole picture largest in a viewport of the given aspect ratio
 * (width / height): a tall panel gets fewer, wider-apart rows; a wide one more columns. Without an
 * aspect, the default grid. `heights` are the nodes' box heights in display order.
 */
export function chooseColumns(heights: readonly number[], aspect: number | undefined): number {
  const n = heights.length;
  const fallback = nodeColumns(n);
  if (!aspect || n <= 1) return fallback;
  let best = fallback;
  let bestScale = 0;
  const maxCols = Math.min(n, Math.max(3, Math.ceil(Math.sqrt(n) * 2)));
  for (let cols = 1; cols <= maxCols; cols++) {
    let h = BANDS_H;
    for (let r = 0; r * cols < n; r++) h += Math.max(...heights.slice(r * cols, r * cols + cols)) + GROUP_GAP;
    const scale = Math.min(aspect / clusterWidth(n, cols), 1 / h);
    if (scale > bestScale * 1.0001) {
      bestScale = scale;
      best = cols;
    }
  }
  return best;
}

/** Pods per row in the Pending band of a given width. */
export function pendingColumns(width: number): number {
  return Math.max(1, Math.floor((width - 2 * PAD + GAP) / (POD_W + GAP)));
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
