// The cluster over simulated time, for the AKS panel's live chart: every 10 virtual seconds, how
// many nodes there are (and how many are Ready) and how many replicas each Deployment has available.
// Reads the shared informers' caches (no API calls, no list of pods), so a sample costs the number
// of nodes and Deployments, not pods. Not upstream: a stand-in for a dashboard scraping
// kube-state-metrics (kube_node_info, kube_deployment_status_replicas_available).
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Node } from 'kubernetes-types/core/v1';
import type { Clock } from '../clock';
import { R } from '../api/resources';
import type { InformerFactory, Informer, K } from '../control-plane/controller-manager/informer';
import { keyOf } from '../control-plane/controller-manager/informer';

export const TIMELINE_PERIOD_MS = 10_000;
/** two hours of samples */
export const TIMELINE_CAPACITY = 720;
/** the chart draws this many Deployments at most: the biggest ones */
export const TIMELINE_MAX_DEPLOYMENTS = 6;
/** add-ons and the ingress controller are not what a learner watches */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'ingress-nginx']);

export interface TimelineSample {
  /** virtual epoch ms */
  t: number;
  nodes: number;
  readyNodes: number;
  /** `namespace/name` → available replicas */
  available: Record<string, number>;
}

export interface TimelineSeries {
  periodMs: number;
  samples: TimelineSample[];
  /** the Deployments drawn, biggest first, with their desired replicas now */
  deployments: { key: string; replicas: number }[];
}

function isReady(n: K<Node>): boolean {
  return (n.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

export class Timeline {
  private readonly nodes: Informer<K<Node>>;
  private readonly deployments: Informer<K<Deployment>>;
  // a ring buffer: oldest sample at `head`
  private readonly ring: (TimelineSample | undefined)[] = new Array(TIMELINE_CAPACITY);
  private head = 0;
  private size = 0;

  constructor(
    private readonly clock: Clock,
    informers: InformerFactory,
  ) {
    this.nodes = informers.for<K<Node>>(R.nodes);
    this.deployments = informers.for<K<Deployment>>(R.deployments);
    clock.on('timeline', () => {
      this.sample();
      clock.after(TIMELINE_PERIOD_MS, 'timeline', 'tick');
    });
  }

  /** take the first sample now and one every period from here on */
  start(): void {
    this.sample();
    this.clock.after(TIMELINE_PERIOD_MS, 'timeline', 'tick');
  }

  sample(): void {
    let readyNodes = 0;
    const nodes = this.nodes.list();
    for (const n of nodes) if (isReady(n)) readyNodes++;
    const available: Record<string, number> = {};
    for (const d of this.watched()) available[keyOf(d)] = d.status?.availableReplicas ?? 0;
    const s: TimelineSample = { t: this.clock.now(), nodes: nodes.length, readyNodes, available };
    if (this.size < TIMELINE_CAPACITY) {
      this.ring[(this.head + this.size) % TIMELINE_CAPACITY] = s;
      this.size++;
    } else {
      this.ring[this.head] = s;
      this.head = (this.head + 1) % TIMELINE_CAPACITY;
    }
  }

  /** the samples after `since` (virtual ms; all when omitted), oldest first */
  series(since?: number): TimelineSeries {
    const samples: TimelineSample[] = [];
    for (let i = 0; i < this.size; i++) {
      const s = this.ring[(this.head + i) % TIMELINE_CAPACITY]!;
      if (since === undefined || s.t > since) samples.push(s);
    }
    return { periodMs: TIMELINE_PERIOD_MS, samples, deployments: this.watched().map((d) => ({ key: keyOf(d), replicas: d.spec?.replicas ?? 1 })) };
  }

  private watched(): K<Deployment>[] {
    return this.deployments
      .list()
      .filter((d) => !SYSTEM_NAMESPACES.has(d.metadata.namespace ?? ''))
      .sort((a, b) => (b.spec?.replicas ?? 1) - (a.spec?.replicas ?? 1) || (keyOf(a) < keyOf(b) ? -1 : 1))
      .slice(0, TIMELINE_MAX_DEPLOYMENTS);
  }
}
