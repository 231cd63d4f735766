// The surge arithmetic of an AKS node pool upgrade (azure-aks-docs upgrade-aks-node-pools-rolling.md,
// "Customize node surge upgrade"): maxSurge is a node count or a percent of the pool's node count,
// percent rounded UP, and never more than the nodes left to upgrade; maxUnavailable drains nodes in
// place (no surge node) and is not allowed on System pools. Pure, so the UI can show the plan.

export interface SurgeSettings {
  maxSurge?: string; // '1', '33%', '0'
  maxUnavailable?: string; // '0', '1', '10%'
}

/** parse '3' or '33%' against `count` nodes: percent rounds up. undefined when malformed. */
export function resolveCount(value: string | undefined, count: number, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  const pct = /^(\d+)%$/.exec(value);
  if (pct) {
    const p = Number(pct[1]);
    if (p > 100) return undefined;
    return Math.ceil((count * p) / 100);
  }
  if (!/^\d+$/.test(value)) return undefined;
  return Number(value);
}

export interface BatchPlan {
  /** surge nodes added for each batch (≤ nodes left) */
  surge: number;
  /** nodes drained in place each batch without a replacement */
  unavailable: number;
  /** nodes upgraded per batch (surge + unavailable, ≥ 1) */
  perBatch: number;
  /** how many nodes each batch upgrades, in order */
  batches: number[];
  /** the most nodes the pool ever has */
  peakNodes: number;
}

/** validation the CLI/RP does before an upgrade starts; the error text or undefined */
export function surgeError(s: SurgeSettings, mode: 'System' | 'User'): string | undefined {
  if (resolveCount(s.maxSurge, 1, 0) === undefined) return `(InvalidParameter) The value of parameter agentPoolProfile.upgradeSettings.maxSurge is invalid. Error details: maxSurge must be an integer or a percentage between 0% and 100%.`;
  if (resolveCount(s.maxUnavailable, 1, 0) === undefined) return `(InvalidParameter) The value of parameter agentPoolProfile.upgradeSettings.maxUnavailable is invalid. Error details: maxUnavailable must be an integer or a percentage between 0% and 100%.`;
  const unav = resolveCount(s.maxUnavailable, 1, 0) ?? 0;
  if (mode === 'System' && unav > 0) return `(InvalidParameter) The value of parameter agentPoolProfile.upgradeSettings.maxUnavailable is invalid. Error details: maxUnavailable is not supported for System mode node pools.`;
  const surge = resolveCount(s.maxSurge, 1, 1) ?? 1;
  if (surge === 0 && unav === 0) return `(InvalidParameter) The value of parameter agentPoolProfile.upgradeSettings is invalid. Error details: maxSurge and maxUnavailable cannot both be 0.`;
  return undefined;
}

/**
 * The batches for upgrading `count` nodes. An unset maxSurge means one node, as the course and the
 * AKS docs of its time say (newer API versions write 10% into new pools; a percent rounds up).
 */
export function planBatches(count: number, s: SurgeSettings): BatchPlan {
  const surgeWanted = resolveCount(s.maxSurge, count, 1) ?? 1;
  const unavWanted = resolveCount(s.maxUnavailable, count, 0) ?? 0;
  const surge = Math.min(surgeWanted, count);
  const unavailable = Math.min(unavWanted, count - surge);
  const perBatch = Math.max(1, surge + unavailable);
  const batches: number[] = [];
  for (let left = count; left > 0; left -= perBatch) batches.push(Math.min(perBatch, left));
  // surge nodes exist from the first batch; later batches are capped by the nodes left
  const peakNodes = count + Math.min(surge, batches[0] ?? 0);
  return { surge, unavailable, perBatch, batches, peakNodes };
}
