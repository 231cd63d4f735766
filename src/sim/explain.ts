// "Why is this pod where it is?": what the inspector shows for a pod.
// The scheduler records one SchedulingDecision per attempt; ownership comes from ownerReferences.

export interface NodeVerdict {
  node: string;
  /** the filter plugin that rejected the node and its upstream reason, e.g. 'Insufficient cpu' */
  rejectedBy?: { plugin: string; reason: string };
  /** 0–100 per score plugin, and the weighted total, for nodes that passed every filter */
  scores?: Record<string, number>;
  total?: number;
}

export interface SchedulingDecision {
  at: number; // virtual ms
  /** the chosen node, or undefined when the pod could not be scheduled */
  node?: string;
  /** the FailedScheduling message, upstream format: `0/3 nodes are available: 3 Insufficient cpu.` */
  message?: string;
  verdicts: NodeVerdict[];
}

export interface OwnerLink {
  kind: string;
  name: string;
  uid: string;
}

export interface PodExplanation {
  scheduling?: SchedulingDecision;
  /** from the pod up: ReplicaSet, then Deployment … */
  owners: OwnerLink[];
  /** plain-language notes where the simulator simplifies upstream behaviour */
  fidelityNotes: string[];
}
