// One scheduling attempt as a pure function: filter every node, score the feasible ones, pick the
// best (ties broken by the seeded rng, as upstream's reservoir sampling does), and explain it all.
// mirrors pkg/scheduler/schedule_one.go (findNodesThatFitPod, prioritizeNodes, selectHost) and
// framework/types.go (FitError.Error)
import type { Rng } from '../../clock';
import type { NodeVerdict, SchedulingDecision as Decision_ } from '../../explain';

/** a decision plus how many nodes were looked at (where the next attempt starts) */
export type SchedulingDecision = Decision_ & { visited: number };
import type { NodeInfo, PodToSchedule } from './node-info';
import { FILTERS, tolerates, type FilterPlugin } from './plugins/filters';
import { SCORES, type ScorePlugin } from './plugins/scores';

export interface Profile {
  filters: readonly FilterPlugin[];
  scores: readonly ScorePlugin[];
}

export const DEFAULT_PROFILE: Profile = { filters: FILTERS, scores: SCORES };

function countsPhrase(total: number, reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts].map(([r, c]) => `${c} ${r}`).sort();
  return `0/${total} nodes are available: ${parts.join(', ')}.`;
}

/**
 * `0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption
 * victims found for incoming pod.` The simulator has no pod priorities, so preemption never finds victims.
 */
export function fitErrorMessage(total: number, rejected: Array<{ reasons: readonly string[]; unresolvable: boolean }>): string {
  if (total === 0) return 'no nodes available to schedule pods';
  const main = countsPhrase(total, rejected.flatMap((r) => r.reasons));
  const preemption = countsPhrase(
    total,
    rejected.map((r) => (r.unresolvable ? 'Preemption is not helpful for scheduling' : 'No preemption victims found for incoming pod')),
  );
  return `${main} preemption: ${preemption}`;
}

/**
 * numFeasibleNodesToFind: in big clusters the scheduler stops filtering once it has found enough
 * feasible nodes — 50% minus 1% per 125 nodes, at least 5% and at least 100 nodes.
 */
export function feasibleNodesToFind(total: number): number {
  if (total < 100) return total;
  const pct = Math.max(5, 50 - Math.floor(total / 125));
  return Math.max(100, Math.floor((total * pct) / 100));
}

/**
 * The default filters fused into one test for a pod without a node name, node selector or required
 * affinity (nearly every pod): true when the node passes them all. A node it refuses goes through
 * the plugins one by one, which name the reason. Upstream runs the plugins; the answer is the same.
 */
function quickFit(p: PodToSchedule): ((n: NodeInfo) => boolean) | undefined {
  const spec = p.pod.spec;
  if (spec?.nodeName || spec?.nodeSelector || spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution) return undefined;
  const tolerations = spec?.tolerations;
  const r = p.resources;
  return (n) => {
    const ns = n.node.spec;
    if (ns?.unschedulable) return false;
    if (ns?.taints) for (const t of ns.taints) if ((t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(tolerations, t)) return false;
    if (n.pods.size + 1 > n.allocatable.pods) return false;
    if (r.milliCPU > 0 && r.milliCPU > n.allocatable.milliCPU - n.requested.milliCPU) return false;
    if (r.memory > 0 && r.memory > n.allocatable.memory - n.requested.memory) return false;
    return true;
  };
}

/**
 * A decision whose per-node verdicts are built only when asked for (the inspector asks about one pod;
 * building ~230 verdict objects for each of 10,000 pods was a tenth of a big rollout's time).
 */
class Decision implements SchedulingDecision {
  private built: NodeVerdict[] | undefined;
  constructor(
    readonly at: number,
    readonly visited: number,
    readonly node: string | undefined,
    private readonly rejected: NodeVerdict[],
    private readonly feasible: readonly NodeInfo[],
    private readonly scores: readonly ScorePlugin[],
    private readonly perPlugin: readonly number[][],
    private readonly totals: readonly number[],
  ) {}

  get verdicts(): NodeVerdict[] {
    if (this.built) return this.built;
    const out = this.rejected.slice();
    this.feasible.forEach((n, i) => {
      const scores: Record<string, number> = {};
      this.scores.forEach((s, j) => (scores[s.name] = this.perPlugin[j][i]));
      out.push({ node: n.name, scores, total: this.totals[i] });
    });
    return (this.built = out);
  }
}

/** A decision as plain data (what crosses to the UI). */
export function plainDecision(d: Decision_): Decision_ {
  const out: Decision_ = { at: d.at, verdicts: d.verdicts };
  if (d.node !== undefined) out.node = d.node;
  if (d.message !== undefined) out.message = d.message;
  return out;
}

export function scheduleOne(p: PodToSchedule, nodes: readonly NodeInfo[], rng: Rng, now: number, profile: Profile = DEFAULT_PROFILE, startIndex = 0): SchedulingDecision {
  const rejectedVerdicts: NodeVerdict[] = [];
  const feasible: NodeInfo[] = [];
  const rejected: Array<{ reasons: readonly string[]; unresolvable: boolean }> = [];
  const enough = feasibleNodesToFind(nodes.length);
  // nodes are visited round-robin from where the last attempt stopped (nextStartNodeIndex)
  const fast = profile === DEFAULT_PROFILE ? quickFit(p) : undefined;
  for (let k = 0; k < nodes.length && feasible.length < enough; k++) {
    const n = nodes[(startIndex + k) % nodes.length];
    if (fast?.(n)) {
      feasible.push(n);
      continue;
    }
    let failed = false;
    for (const f of profile.filters) {
      const reasons = f.filter(p, n);
      if (reasons.length > 0) {
        rejectedVerdicts.push({ node: n.name, rejectedBy: { plugin: f.name, reason: reasons.join(', ') } });
        rejected.push({ reasons, unresolvable: f.unresolvable });
        failed = true;
        break;
      }
    }
    if (!failed) feasible.push(n);
  }
  if (feasible.length === 0) return { at: now, message: fitErrorMessage(nodes.length, rejected), verdicts: rejectedVerdicts, visited: nodes.length };

  const perPlugin = profile.scores.map((s) => {
    const raw = feasible.map((n) => s.score(p, n));
    s.normalize?.(raw);
    return raw;
  });
  const totals: number[] = new Array(feasible.length);
  let best = -1;
  let chosen = 0;
  let ties = 0;
  for (let i = 0; i < feasible.length; i++) {
    let total = 0;
    for (let j = 0; j < profile.scores.length; j++) total += perPlugin[j][i] * profile.scores[j].weight;
    totals[i] = total;
    if (total > best) {
      best = total;
      chosen = i;
      ties = 1;
    } else if (total === best) {
      ties++;
      if (rng.int(ties) === 0) chosen = i; // reservoir sampling among equal scores
    }
  }
  return new Decision(now, rejectedVerdicts.length + feasible.length, feasible[chosen].name, rejectedVerdicts, feasible, profile.scores, perPlugin, totals);
}
