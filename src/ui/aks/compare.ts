// The compare view's runs: the same workload upgraded with max surge 1, 33% and 100% and with
// maxUnavailable 1, one worker request each (the worker serves the live cluster in between).
import type { ScenarioOptions, ScenarioResult } from '../../sim/aks/scenario';
import type { UpgradeSettings } from '../../sim/aks/types';

export interface CompareSetting {
  id: string;
  /** as the learner would type it */
  label: string;
  settings: UpgradeSettings;
}

export const SETTINGS: CompareSetting[] = [
  { id: 'surge1', label: 'max surge 1', settings: { maxSurge: '1' } },
  { id: 'surge33', label: 'max surge 33%', settings: { maxSurge: '33%' } },
  { id: 'surge100', label: 'max surge 100%', settings: { maxSurge: '100%' } },
  { id: 'unavailable1', label: 'max unavailable 1', settings: { maxSurge: '0', maxUnavailable: '1' } },
];

export interface CompareInput {
  nodes: number;
  replicas: number;
  /** a PodDisruptionBudget minAvailable over the workload, or none */
  pdb?: string;
}

export const NODE_RANGE = [3, 20] as const;
export const REPLICA_RANGE = [2, 60] as const;

export function clampInput(i: CompareInput): CompareInput {
  const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, Math.round(Number.isFinite(v) ? v : lo)));
  return { nodes: clamp(i.nodes, NODE_RANGE), replicas: clamp(i.replicas, REPLICA_RANGE), pdb: i.pdb };
}

export interface CompareRow {
  setting: CompareSetting;
  result: ScenarioResult;
}

/** run every setting in turn; `onRow` sees each result as it comes (progress) */
export async function runCompare(input: CompareInput, run: (o: ScenarioOptions) => Promise<ScenarioResult>, onRow: (row: CompareRow, done: number) => void): Promise<CompareRow[]> {
  const { nodes, replicas, pdb } = clampInput(input);
  const rows: CompareRow[] = [];
  for (const setting of SETTINGS) {
    // seed 1 for all: the same cluster and workload each time, only the setting differs
    const result = await run({ seed: 1, nodes, replicas, settings: setting.settings, sampleMs: 15_000, ...(pdb ? { pdbMinAvailable: pdb } : {}) });
    rows.push({ setting, result });
    onRow({ setting, result }, rows.length);
  }
  return rows;
}
